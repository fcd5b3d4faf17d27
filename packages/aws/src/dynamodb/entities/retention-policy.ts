import { Entity } from 'electrodb'
import { fields, service } from './shared'

/** Stored for a policy never purged yet, so it sorts first in gsi1. */
export const neverPurged = '0000'

/**
 * A workspace's retention policy, one item in its workspace's partition. gsi1 holds every
 * policy in one constant partition by `lastPurgedAt`, so the daily purge finds the workspaces
 * that have a policy, least recently purged first, with one Query (policies are rare writes).
 */
export const retentionPolicyEntity = () =>
  new Entity({
    model: { service, entity: 'retentionPolicy', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      conversationsDays: { type: 'number' },
      documentsDays: { type: 'number' },
      auditDays: { type: 'number' },
      updatedBy: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
      lastPurgedAt: { type: 'string', required: true, default: neverPurged },
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
      byLastPurge: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: [] },
        sk: { field: fields.gsi1.sk, composite: ['lastPurgedAt', 'workspaceId'], casing: 'none' },
      },
    },
  })
