import { Entity } from 'electrodb'
import { fields, service, ttl } from './shared'

/**
 * One search a user ran, in the partition of that user in that workspace sorted by `at#id`
 * (newest first read descending; clearing the history is one Query). gsi1 gathers a
 * workspace's entries of every user, for the workspace's deletion. Entries expire through the
 * table's TTL attribute. The filter is kept as JSON: it is shown back, never queried.
 */
export const searchHistoryEntity = () =>
  new Entity({
    model: { service, entity: 'searchHistory', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      userId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      query: { type: 'string', required: true },
      mode: { type: ['hybrid', 'vector', 'lexical'] as const, required: true },
      filterJson: { type: 'string' },
      hits: { type: 'number', required: true },
      expiresAt: { ...ttl, required: true },
    },
    indexes: {
      byUser: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'userId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['at', 'id'], casing: 'none' },
      },
      byWorkspace: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['userId', 'at', 'id'], casing: 'none' },
      },
    },
  })
