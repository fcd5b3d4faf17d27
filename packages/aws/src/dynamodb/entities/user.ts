import { normalizeEmail } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

export const userEntity = () =>
  new Entity({
    model: { service, entity: 'user', version: '1' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      // Stored normalised so the email claim and the user never disagree on casing.
      email: {
        type: 'string',
        required: true,
        validate: (email) => email === normalizeEmail(email),
      },
      name: { type: 'string' },
      passwordHash: { type: 'string' },
      role: { type: ['user', 'admin'] as const, required: true, default: 'user' },
      disabled: { type: 'boolean', required: true, default: false },
      ...timestamps,
    },
    indexes: {
      byId: {
        pk: { field: fields.primary.pk, composite: ['id'] },
        sk: { field: fields.primary.sk, composite: [] },
      },
      // Every user, oldest first, for platform administrators. One constant partition is fine
      // at this scale (sign-ups are rare writes); shard the partition if that ever changes.
      all: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: [] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'] },
      },
    },
  })

/** A uniqueness claim: exactly one item per (normalised) email, naming the user who holds it. */
export const userEmailEntity = () =>
  new Entity({
    model: { service, entity: 'userEmail', version: '1' },
    attributes: {
      email: { type: 'string', required: true, readOnly: true },
      userId: { type: 'string', required: true },
      ...timestamps,
    },
    indexes: {
      byEmail: {
        pk: { field: fields.primary.pk, composite: ['email'] },
        sk: { field: fields.primary.sk, composite: [] },
      },
    },
  })

/** Platform-wide singletons won once per table ever, such as "first user" (made an admin). */
export const platformClaimEntity = () =>
  new Entity({
    model: { service, entity: 'platformClaim', version: '1' },
    attributes: {
      claim: { type: ['firstUser'] as const, required: true, readOnly: true },
      userId: { type: 'string', required: true },
      ...timestamps,
    },
    indexes: {
      byClaim: {
        pk: { field: fields.primary.pk, composite: ['claim'] },
        sk: { field: fields.primary.sk, composite: [] },
      },
    },
  })
