import { DynamoRateLimitStore } from '@chatter/aws'
import { table as tableSpec } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll } from '../support/dynamodb'

describe('DynamoRateLimitStore', () => {
  it('creates a bucket only if none exists, and then only updates the version it read', async () => {
    const { table, document, tableName } = await freshTable()
    const store = new DynamoRateLimitStore(table)
    const key = 'chat:User-1'
    await expect(store.get(key)).resolves.toBeUndefined()

    const first = { tokens: 9, updatedAt: 1_000, version: 1 }
    await expect(store.put(key, first, undefined, 2_000)).resolves.toBe(true)
    await expect(store.get(key)).resolves.toEqual(first)
    // Someone else created it first: a second create loses.
    await expect(store.put(key, { ...first, tokens: 0 }, undefined, 2_000)).resolves.toBe(false)

    const second = { tokens: 8, updatedAt: 1_500, version: 2 }
    await expect(store.put(key, second, 1, 2_500)).resolves.toBe(true)
    // A writer that read version 1 is too late now.
    await expect(store.put(key, { ...second, tokens: 7 }, 1, 2_500)).resolves.toBe(false)
    await expect(store.get(key)).resolves.toEqual(second)
    await expect(store.put('chat:missing', second, 1, 2_500)).resolves.toBe(false)
    await expect(store.get('chat:missing')).resolves.toBeUndefined()

    // Keys are exact (not case-folded), and idle buckets carry their TTL in epoch seconds.
    await expect(store.get('chat:user-1')).resolves.toBeUndefined()
    const [item] = await scanAll(document, tableName)
    expect(item?.[tableSpec.ttlAttribute]).toBe(2_500)
  })

  it('lets exactly one of several concurrent writers of the same version win', async () => {
    const store = new DynamoRateLimitStore((await freshTable()).table)
    await store.put('k', { tokens: 10, updatedAt: 0, version: 1 }, undefined, 60)
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, tokens) =>
        store.put('k', { tokens, updatedAt: 1, version: 2 }, 1, 60),
      ),
    )
    expect(results.filter(Boolean)).toHaveLength(1)
    await expect(store.get('k')).resolves.toMatchObject({ version: 2 })
  })
})
