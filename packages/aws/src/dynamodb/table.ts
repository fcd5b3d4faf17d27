import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { normalizeEmail } from '@chatter/core'
import { table } from '@chatter/resources'
import { Entity, type EntityItem, Service } from 'electrodb'

/*
 * The one table module: every entity, and how its keys map onto the table's generic key fields,
 * lives here. To add an entity: write a factory like `userEntity` below (composing its keys into
 * `fields.primary` and, for other access patterns, `fields.gsi1..3`) and register it in
 * `createTable`. Entities are built per table because ElectroDB binds an Entity instance to
 * one client and table name.
 */

const [gsi1, gsi2, gsi3] = table.globalIndexes

/** The key fields entities compose into, named as @chatter/resources declares the table. */
const fields = {
  primary: { pk: table.partitionKey, sk: table.sortKey },
  gsi1: { index: gsi1.name, pk: gsi1.partitionKey, sk: gsi1.sortKey },
  gsi2: { index: gsi2.name, pk: gsi2.partitionKey, sk: gsi2.sortKey },
  gsi3: { index: gsi3.name, pk: gsi3.partitionKey, sk: gsi3.sortKey },
} as const

/** Prefix of every key ElectroDB writes; changing it orphans existing data. */
const service = 'chatter'

const now = () => new Date().toISOString()

const timestamps = {
  createdAt: { type: 'string', required: true, readOnly: true, default: now },
  updatedAt: { type: 'string', required: true, default: now },
} as const

const userEntity = () =>
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
    },
  })

/** A uniqueness claim: exactly one item per (normalised) email, naming the user who holds it. */
const userEmailEntity = () =>
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

/**
 * The ElectroDB service over the single table.
 * @example const db = createTable(document, config.TABLE_NAME); await db.entities.user.get({ id }).go()
 */
export function createTable(document: DynamoDBDocumentClient, tableName: string) {
  return new Service(
    { user: userEntity(), userEmail: userEmailEntity() },
    { client: document, table: tableName },
  )
}

export type ChatterTable = ReturnType<typeof createTable>
export type UserItem = EntityItem<ChatterTable['entities']['user']>
export type UserEmailItem = EntityItem<ChatterTable['entities']['userEmail']>
