import { DynamoPreferenceRepository } from '@chatter/aws'
import type { PreferenceVersion } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable } from '../support/dynamodb'

const saved = (userId: string, version: number, extra: Partial<PreferenceVersion> = {}) => ({
  userId,
  streaming: true,
  toolsEnabled: true,
  version,
  updatedAt: new Date(Date.UTC(2026, 2, 1, 12, version)).toISOString(),
  updatedBy: userId,
  ...extra,
})

async function setup() {
  const fresh = await freshTable()
  return { ...fresh, preferences: new DynamoPreferenceRepository(fresh.table) }
}

describe('DynamoPreferenceRepository', () => {
  it('stores preferences per user with every optional field, and clears what a version leaves out', async () => {
    const { preferences } = await setup()
    await expect(preferences.get('usr_a')).resolves.toBeUndefined()
    const first = saved('usr_a', 1, {
      defaultProfileId: 'prf_1',
      language: 'fr-CA',
      memoryWindow: 12,
      streaming: false,
      toolsEnabled: false,
    })
    await expect(preferences.put(first, 0)).resolves.toEqual(first)
    await expect(preferences.get('usr_a')).resolves.toEqual(first)
    await expect(preferences.get('usr_b')).resolves.toBeUndefined()

    const second = saved('usr_a', 2, { language: 'de' })
    await preferences.put(second, 1)
    await expect(preferences.get('usr_a')).resolves.toEqual(second)
  })

  it('refuses a save on a version that is no longer current, or a first save made twice', async () => {
    const { preferences } = await setup()
    await preferences.put(saved('usr_a', 1), 0)
    await expect(preferences.put(saved('usr_a', 1), 0)).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await preferences.put(saved('usr_a', 2, { language: 'en' }), 1)
    await expect(preferences.put(saved('usr_a', 2, { language: 'it' }), 1)).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(preferences.get('usr_a')).resolves.toMatchObject({ language: 'en', version: 2 })
    const versions = await preferences.listVersions('usr_a', { limit: 10 })
    expect(versions.items.map((v) => [v.version, v.language])).toEqual([
      [2, 'en'],
      [1, undefined],
    ])
  })

  it('lets exactly one of two concurrent saves on the same version win', async () => {
    const { preferences } = await setup()
    const results = await Promise.allSettled([
      preferences.put(saved('usr_a', 1, { language: 'en' }), 0),
      preferences.put(saved('usr_a', 1, { language: 'fr' }), 0),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
  })

  it('keeps the last 20 versions, newest first in pages', async () => {
    const { preferences } = await setup()
    for (let version = 1; version <= 23; version++)
      await preferences.put(saved('usr_a', version, { memoryWindow: version }), version - 1)
    const seen: number[] = []
    let cursor: string | undefined
    do {
      const page = await preferences.listVersions('usr_a', {
        limit: 7,
        ...(cursor ? { cursor } : {}),
      })
      seen.push(...page.items.map((v) => v.memoryWindow ?? 0))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => 23 - i))
    await expect(preferences.listVersions('usr_b', { limit: 10 })).resolves.toEqual({
      items: [],
      nextCursor: null,
    })
  })

  it('deletes a user’s preferences with every version and leaves other users’ alone', async () => {
    const { preferences } = await setup()
    for (let version = 1; version <= 3; version++)
      await preferences.put(saved('usr_a', version), version - 1)
    await preferences.put(saved('usr_b', 1), 0)
    await expect(preferences.deleteAll('usr_a')).resolves.toBe(4)
    await expect(preferences.get('usr_a')).resolves.toBeUndefined()
    await expect(preferences.listVersions('usr_a', { limit: 10 })).resolves.toMatchObject({
      items: [],
    })
    await expect(preferences.get('usr_b')).resolves.toMatchObject({ version: 1 })
    await expect(preferences.deleteAll('usr_a')).resolves.toBe(0)
    // Saving again starts over at version 1.
    await expect(preferences.put(saved('usr_a', 1), 0)).resolves.toMatchObject({ version: 1 })
  })
})
