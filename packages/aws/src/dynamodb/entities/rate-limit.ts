import { Entity } from 'electrodb'
import { fields, service, ttl } from './shared'

/** One token bucket (rate-limit-store.ts writes it directly); idle buckets expire through TTL. */
export const rateLimitEntity = () =>
  new Entity({
    model: { service, entity: 'rateLimit', version: '1' },
    attributes: {
      key: { type: 'string', required: true, readOnly: true },
      /** Theoretical arrival time (GCRA, epoch ms): when the bucket is full again. */
      tat: { type: 'number', required: true },
      ttl,
    },
    indexes: {
      byKey: {
        // Keys are caller-built (route class, user id, IP): kept exactly, not lower-cased.
        pk: { field: fields.primary.pk, composite: ['key'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
    },
  })
