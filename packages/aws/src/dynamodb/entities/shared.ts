import { table } from '@chatter/resources'

const [gsi1, gsi2, gsi3] = table.globalIndexes

/** The key fields entities compose into, named as @chatter/resources declares the table. */
export const fields = {
  primary: { pk: table.partitionKey, sk: table.sortKey },
  gsi1: { index: gsi1.name, pk: gsi1.partitionKey, sk: gsi1.sortKey },
  gsi2: { index: gsi2.name, pk: gsi2.partitionKey, sk: gsi2.sortKey },
  gsi3: { index: gsi3.name, pk: gsi3.partitionKey, sk: gsi3.sortKey },
  /** DynamoDB's TTL deletes items whose number here (epoch seconds) has passed. */
  ttl: table.ttlAttribute,
  /**
   * Where domain `expiresAt` timestamps (ISO strings) are stored: the table's `expiresAt` field
   * is the TTL number, so an ISO string there would be silently ignored by TTL and confuse readers.
   */
  expiresAtIso: 'expiresAtIso',
} as const

/** Prefix of every key ElectroDB writes; changing it orphans existing data. */
export const service = 'chatter'

const now = () => new Date().toISOString()

export const timestamps = {
  createdAt: { type: 'string', required: true, readOnly: true, default: now },
  updatedAt: { type: 'string', required: true, default: now },
} as const

/** The TTL attribute as entities declare it: epoch seconds in the table's TTL field. */
export const ttl = { type: 'number', field: fields.ttl } as const

/** Epoch seconds of an ISO timestamp, as DynamoDB's TTL reads them. */
export const epochSeconds = (iso: string): number => Math.ceil(Date.parse(iso) / 1000)
