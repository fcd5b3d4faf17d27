import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/**
 * What a workflow and each of its versions hold. The definition is arbitrary nested JSON (nodes,
 * edges, per-node config), kept as one JSON string: it is only ever read whole, and a string
 * keeps its size plain to see against DynamoDB's 400 KB item limit (the use cases refuse a
 * definition over ~300 KB, leaving room for the rest of the item).
 */
const content = {
  name: { type: 'string', required: true },
  description: { type: 'string' },
  definitionJson: { type: 'string', required: true },
} as const

/**
 * A workflow definition at its current version, in its workspace's partition (strongly
 * consistent get); `version` is what every new version is conditional on.
 */
export const workflowEntity = () =>
  new Entity({
    model: { service, entity: 'workflow', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      ...content,
      version: { type: 'number', required: true },
      createdBy: { type: 'string', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      // The list, newest first.
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * One saved version of a workflow, never changed once written; in the workflow's own partition
 * so its history reads newest first by a Query and deletes with it. The version number is
 * zero-padded in the key so it sorts as a number.
 */
export const workflowVersionEntity = () =>
  new Entity({
    model: { service, entity: 'workflowVersion', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      workflowId: { type: 'string', required: true, readOnly: true },
      version: {
        type: 'number',
        required: true,
        readOnly: true,
        padding: { length: 8, char: '0' },
      },
      ...content,
      createdBy: { type: 'string', required: true, readOnly: true },
      createdAt: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byWorkflow: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'workflowId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['version'] },
      },
    },
  })
