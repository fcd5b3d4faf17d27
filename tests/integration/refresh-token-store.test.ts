import { randomUUID } from 'node:crypto'
import { DynamoRefreshTokenStore } from '@chatter/aws'
import { table as tableSpec } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll } from '../support/dynamodb'

const now = new Date('2025-01-01T00:00:00.000Z')
const expiresAt = '2025-01-31T00:00:00.000Z'

async function setup() {
  const { table, document, tableName } = await freshTable()
  const store = new DynamoRefreshTokenStore(table)
  const family = (userId = 'u1', overrides: { expiresAt?: string } = {}) =>
    store.create({
      id: `rf_${randomUUID()}`,
      userId,
      currentHash: 'h0',
      createdAt: now.toISOString(),
      expiresAt,
      ...overrides,
    })
  return { store, family, document, tableName }
}

describe('DynamoRefreshTokenStore', () => {
  it('creates a family with generation 0, a TTL in epoch seconds, and refuses a duplicate id', async () => {
    const { store, family, document, tableName } = await setup()
    const created = await family()
    expect(created).toMatchObject({ generation: 0, revoked: false, currentHash: 'h0', expiresAt })
    await expect(store.get(created.id)).resolves.toEqual(created)
    await expect(store.get('rf_missing')).resolves.toBeUndefined()
    const [item] = await scanAll(document, tableName)
    expect(item?.[tableSpec.ttlAttribute]).toBe(Date.parse(expiresAt) / 1000)
    await expect(store.create({ ...created })).rejects.toMatchObject({ code: 'resource.conflict' })
  })

  it('rotates, then treats the old token as reuse and revokes the whole family', async () => {
    const { store, family } = await setup()
    const { id } = await family()
    await expect(store.rotate(id, 'h0', 'h1', now)).resolves.toBe('rotated')
    await expect(store.get(id)).resolves.toMatchObject({
      currentHash: 'h1',
      generation: 1,
      revoked: false,
    })
    await expect(store.rotate(id, 'h1', 'h2', now)).resolves.toBe('rotated')
    // h1 is replayed: someone else holds it. The family dies, so the thief's h2 is useless too.
    await expect(store.rotate(id, 'h1', 'h3', now)).resolves.toBe('reused')
    await expect(store.get(id)).resolves.toMatchObject({ revoked: true, currentHash: 'h2' })
    await expect(store.rotate(id, 'h2', 'h4', now)).resolves.toBe('revoked')
    await expect(store.get(id)).resolves.toMatchObject({ currentHash: 'h2', generation: 2 })
  })

  it('lets only one of two refreshes racing with the same token rotate', async () => {
    const { store, family } = await setup()
    const { id } = await family()
    const outcomes = await Promise.all([
      store.rotate(id, 'h0', 'a1', now),
      store.rotate(id, 'h0', 'b1', now),
    ])
    expect(outcomes.sort()).toEqual(['reused', 'rotated'])
    await expect(store.get(id)).resolves.toMatchObject({ revoked: true, generation: 1 })
  })

  it('answers revoked for an expired or revoked family and missing for an unknown one', async () => {
    const { store, family } = await setup()
    const expired = await family('u1', { expiresAt: '2025-01-01T00:00:00.000Z' })
    await expect(store.rotate(expired.id, 'h0', 'h1', now)).resolves.toBe('revoked')
    await expect(store.get(expired.id)).resolves.toMatchObject({ currentHash: 'h0', generation: 0 })
    const loggedOut = await family()
    await store.revoke(loggedOut.id)
    await expect(store.rotate(loggedOut.id, 'h0', 'h1', now)).resolves.toBe('revoked')
    await expect(store.rotate('rf_missing', 'h0', 'h1', now)).resolves.toBe('missing')
    await expect(store.revoke('rf_missing')).resolves.toBeUndefined()
    await expect(store.get('rf_missing')).resolves.toBeUndefined()
  })

  it("revokes all of a user's live families but the one kept, counting only those it revoked", async () => {
    const { store, family } = await setup()
    const [keep, a, b, alreadyRevoked] = [
      await family(),
      await family(),
      await family(),
      await family(),
    ]
    await store.revoke(alreadyRevoked!.id)
    const otherUser = await family('u2')
    await expect(store.revokeAllOf('u1', keep!.id)).resolves.toBe(2)
    for (const { id } of [a!, b!, alreadyRevoked!]) {
      await expect(store.get(id)).resolves.toMatchObject({ revoked: true })
    }
    await expect(store.get(keep!.id)).resolves.toMatchObject({ revoked: false })
    await expect(store.get(otherUser.id)).resolves.toMatchObject({ revoked: false })
    await expect(store.rotate(keep!.id, 'h0', 'h1', now)).resolves.toBe('rotated')
    await expect(store.revokeAllOf('u1')).resolves.toBe(1)
    await expect(store.revokeAllOf('nobody')).resolves.toBe(0)
  })
})
