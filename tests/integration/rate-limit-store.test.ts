import { DynamoRateLimitStore } from '@chatter/aws'
import { type RateLimitPolicy, takeToken } from '@chatter/core'
import { table as tableSpec } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll } from '../support/dynamodb'

const storeOf = async () => {
  const { table, document, tableName } = await freshTable()
  return { store: new DynamoRateLimitStore(table, document), document, tableName }
}

describe('DynamoRateLimitStore', () => {
  it('resets only a missing or passed bucket, and reports the stored time when it does not', async () => {
    const { store, document, tableName } = await storeOf()
    const key = 'chat:User-1'
    await expect(store.reset(key, 1_100, 1_000, 2_000)).resolves.toEqual({
      applied: true,
      tat: 1_100,
    })
    // Not passed yet at 1_050: refused, with what is stored.
    await expect(store.reset(key, 1_150, 1_050, 2_000)).resolves.toEqual({
      applied: false,
      tat: 1_100,
    })
    await expect(store.reset(key, 1_300, 1_200, 2_500)).resolves.toEqual({
      applied: true,
      tat: 1_300,
    })
    // Keys are exact (not case-folded), and idle buckets carry their TTL in epoch seconds.
    await expect(store.increment('chat:user-1', 1, {}, 60)).resolves.toEqual({
      applied: false,
      tat: undefined,
    })
    const [item] = await scanAll(document, tableName)
    expect(item?.[tableSpec.ttlAttribute]).toBe(2_500)
  })

  it('increments an existing bucket within bounds, and reports the stored time otherwise', async () => {
    const { store } = await storeOf()
    await expect(store.increment('k', 100, { atLeast: 0 }, 60)).resolves.toEqual({
      applied: false,
      tat: undefined,
    })
    await store.reset('k', 1_000, 0, 60)
    await expect(store.increment('k', 100, { atLeast: 900, atMost: 1_000 }, 60)).resolves.toEqual({
      applied: true,
      tat: 1_100,
    })
    await expect(store.increment('k', 100, { atMost: 1_000 }, 60)).resolves.toEqual({
      applied: false,
      tat: 1_100,
    })
    await expect(store.increment('k', 100, { atLeast: 1_200 }, 60)).resolves.toEqual({
      applied: false,
      tat: 1_100,
    })
    await expect(store.increment('k', -300, {}, 60)).resolves.toEqual({ applied: true, tat: 800 })
  })

  it('never grants more than the burst to concurrent takes on one bucket', async () => {
    const { store } = await storeOf()
    const policy: RateLimitPolicy = {
      limit: 1,
      windowSeconds: 3600,
      burst: 10,
      onContention: 'closed',
    }
    const now = new Date()
    const decisions = await Promise.all(
      Array.from({ length: 40 }, () => takeToken(store, 'rate:default:user:usr_1', policy, now)),
    )
    const granted = decisions.filter((decision) => decision.allowed)
    // Additions on the server do not race: only a full bucket's first write can contend.
    expect(granted.length).toBeGreaterThanOrEqual(8)
    expect(granted.length).toBeLessThanOrEqual(10)
    expect((await takeToken(store, 'rate:default:user:usr_1', policy, now)).allowed).toBe(false)
  })
})
