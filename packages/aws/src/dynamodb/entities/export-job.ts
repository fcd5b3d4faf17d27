import { exportFormats, exportJobStatuses, exportScopes } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps, ttl } from './shared'

/** How long an export's record lives: as long as its archive under `exports/` (7 days). */
export const exportJobTtlDays = 7

/**
 * A data export, in its workspace's partition (strongly consistent get for its runner and its
 * status route), listed per member newest first on gsi1 by `createdAt#id`. `status` is the
 * runner's claim (`queued -> running` by conditional update); the item expires (TTL) with its
 * archive, so an old export reads as gone rather than as a dead link.
 */
export const exportJobEntity = () =>
  new Entity({
    model: { service, entity: 'exportJob', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      scope: { type: exportScopes, required: true, readOnly: true },
      format: { type: exportFormats, required: true, readOnly: true },
      status: { type: exportJobStatuses, required: true },
      progress: {
        type: 'map',
        required: true,
        properties: {
          done: { type: 'number', required: true },
          total: { type: 'number', required: true },
        },
      },
      createdBy: { type: 'string', required: true, readOnly: true },
      finishedAt: { type: 'string' },
      error: { type: 'string' },
      blobKey: { type: 'string' },
      counts: {
        type: 'list',
        items: {
          type: 'map',
          properties: {
            name: { type: 'string', required: true },
            count: { type: 'number', required: true },
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
