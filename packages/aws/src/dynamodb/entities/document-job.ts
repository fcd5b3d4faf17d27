import { documentJobActions, documentJobStatuses } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/**
 * A bulk document job, in its workspace's partition (strongly consistent get, as the job's
 * runner and its status route both read it), listed newest first on gsi1 by `createdAt#id`.
 * `status` is the runners' claim (`queued -> running` by conditional update) and
 * `leaseExpiresAt` how long the claim holds.
 * At most 1,000 document ids and 50 errors keep the item far below DynamoDB's 400 KB.
 */
export const documentJobEntity = () =>
  new Entity({
    model: { service, entity: 'documentJob', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      action: { type: documentJobActions, required: true, readOnly: true },
      documentIds: { type: 'list', required: true, readOnly: true, items: { type: 'string' } },
      tags: { type: 'list', readOnly: true, items: { type: 'string' } },
      rename: {
        type: 'map',
        readOnly: true,
        properties: {
          from: { type: 'string', required: true },
          to: { type: 'string', required: true },
        },
      },
      status: { type: documentJobStatuses, required: true },
      progress: {
        type: 'map',
        required: true,
        properties: {
          done: { type: 'number', required: true },
          failed: { type: 'number', required: true },
          total: { type: 'number', required: true },
        },
      },
      errors: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            documentId: { type: 'string', required: true },
            message: { type: 'string', required: true },
          },
        },
      },
      createdBy: { type: 'string', required: true, readOnly: true },
      finishedAt: { type: 'string' },
      leaseExpiresAt: { type: 'string' },
      ...timestamps,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })
