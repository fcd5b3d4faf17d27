import { importFileKinds, importJobStatuses, importSources } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps, ttl } from './shared'

/** How long an import's record lives: as long as its file under `imports/` (7 days). */
export const importJobTtlDays = 7

/**
 * An import of an uploaded export file, in its workspace's partition (strongly consistent get
 * for its runner and its status route), listed per member newest first on gsi1 by
 * `createdAt#id`. `status` is the runner's claim (`queued -> running` by conditional update);
 * the item expires (TTL) with its file.
 */
export const importJobEntity = () =>
  new Entity({
    model: { service, entity: 'importJob', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      source: { type: importSources, required: true, readOnly: true },
      filename: { type: 'string', required: true, readOnly: true },
      kind: { type: importFileKinds, required: true, readOnly: true },
      size: { type: 'number', required: true, readOnly: true },
      status: { type: importJobStatuses, required: true },
      progress: {
        type: 'map',
        required: true,
        properties: {
          done: { type: 'number', required: true },
          total: { type: 'number', required: true },
        },
      },
      createdBy: { type: 'string', required: true, readOnly: true },
      blobKey: { type: 'string', required: true, readOnly: true },
      finishedAt: { type: 'string' },
      error: { type: 'string' },
      report: {
        type: 'map',
        properties: {
          conversations: { type: 'number', required: true },
          messages: { type: 'number', required: true },
          skipped: {
            type: 'list',
            required: true,
            items: {
              type: 'map',
              properties: {
                title: { type: 'string', required: true },
                reason: { type: 'string', required: true },
              },
            },
          },
        },
      },
      leaseExpiresAt: { type: 'string' },
      ...timestamps,
      expiresAt: { ...ttl, required: true, readOnly: true },
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byMember: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId', 'createdBy'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })
