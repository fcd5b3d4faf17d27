import { Entity } from 'electrodb'
import { fields, service } from './shared'

/**
 * Which snapshot of a namespace's lexical index is current: one item per namespace (a
 * workspace id), swapped only by a write conditional on the version its writer read.
 */
export const lexicalPointerEntity = () =>
  new Entity({
    model: { service, entity: 'lexicalPointer', version: '1' },
    attributes: {
      namespace: { type: 'string', required: true, readOnly: true },
      version: { type: 'number', required: true },
      key: { type: 'string', required: true },
    },
    indexes: {
      byNamespace: {
        pk: { field: fields.primary.pk, composite: ['namespace'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
    },
  })
