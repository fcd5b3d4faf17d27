import { assignableRoles } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, ttl } from './shared'

export const invitationStatuses = ['pending', 'accepted', 'declined', 'revoked'] as const

export const invitationEntity = () =>
  new Entity({
    model: { service, entity: 'invitation', version: '1' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      workspaceId: { type: 'string', required: true, readOnly: true },
      workspaceName: { type: 'string', required: true },
      email: { type: 'string', required: true, readOnly: true },
      role: { type: assignableRoles, required: true, readOnly: true },
      invitedBy: { type: 'string', required: true, readOnly: true },
      status: { type: invitationStatuses, required: true },
      createdAt: { type: 'string', required: true, readOnly: true },
      expiresAt: { type: 'string', required: true, readOnly: true, field: fields.expiresAtIso },
    },
    indexes: {
      // The invitation link carries only the id.
      byId: {
        pk: { field: fields.primary.pk, composite: ['id'] },
        sk: { field: fields.primary.sk, composite: [] },
      },
      byWorkspace: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'] },
      },
      // "Invitations for me", by the invitee's normalised email.
      byEmail: {
        index: fields.gsi2.index,
        pk: { field: fields.gsi2.pk, composite: ['email'] },
        sk: { field: fields.gsi2.sk, composite: ['createdAt', 'id'] },
      },
    },
  })

/**
 * At most one pending invitation per (workspace, email): this item exists while one is pending
 * and names it. Written in the invitation's own transactions, so the rule holds under races.
 * It carries the invitation's expiry: an expired claim may be taken over, and TTL removes it.
 */
export const invitationClaimEntity = () =>
  new Entity({
    model: { service, entity: 'invitationClaim', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      email: { type: 'string', required: true, readOnly: true },
      invitationId: { type: 'string', required: true },
      expiresAt: { type: 'string', required: true, field: fields.expiresAtIso },
      ttl,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['email'] },
      },
    },
  })
