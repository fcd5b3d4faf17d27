import { Entity } from 'electrodb'
import { fields, service, ttl } from './shared'

export const refreshFamilyEntity = () =>
  new Entity({
    model: { service, entity: 'refreshFamily', version: '1' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      userId: { type: 'string', required: true, readOnly: true },
      currentHash: { type: 'string', required: true },
      generation: { type: 'number', required: true, default: 0 },
      revoked: { type: 'boolean', required: true, default: false },
      createdAt: { type: 'string', required: true, readOnly: true },
      expiresAt: { type: 'string', required: true, readOnly: true, field: fields.expiresAtIso },
      ttl,
    },
    indexes: {
      byId: {
        pk: { field: fields.primary.pk, composite: ['id'] },
        sk: { field: fields.primary.sk, composite: [] },
      },
      // Sessions of a user, to revoke them all (logout everywhere, password change).
      byUser: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['userId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'] },
      },
    },
  })
