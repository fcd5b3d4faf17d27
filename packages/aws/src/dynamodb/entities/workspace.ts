import { roles } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/** A workspace shares its partition (`workspaceId`) with its memberships and invitation claims. */
export const workspaceEntity = () =>
  new Entity({
    model: { service, entity: 'workspace', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      ownerId: { type: 'string', required: true },
      personal: { type: 'boolean', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: [] },
      },
      // Every workspace by creation, for platform administrators. One constant partition is
      // fine at this scale (workspace creation is a rare write); shard it if that ever changes.
      all: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: [] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'workspaceId'] },
      },
    },
  })

export const membershipEntity = () =>
  new Entity({
    model: { service, entity: 'membership', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      userId: { type: 'string', required: true, readOnly: true },
      role: { type: roles, required: true },
      workspaceName: { type: 'string', required: true },
      email: { type: 'string', required: true },
      userName: { type: 'string' },
      joinedAt: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      // Members of a workspace: one Query on the workspace's partition (strongly consistent).
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['userId'] },
      },
      // "My workspaces", in the order the user joined them.
      byUser: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['userId'] },
        sk: { field: fields.gsi1.sk, composite: ['joinedAt', 'workspaceId'] },
      },
    },
  })
