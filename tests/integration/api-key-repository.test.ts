import { randomUUID } from 'node:crypto'
import { DynamoApiKeyRepository } from '@chatter/aws'
import type { ApiKey } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const apiKeys = new DynamoApiKeyRepository((await freshTable()).table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<ApiKey> = {}) =>
    apiKeys.create({
      id: `key_${randomUUID()}`,
      workspaceId,
      name: 'ci',
      prefix: 'ck_abc',
      hash: randomUUID().replaceAll('-', ''),
      scopes: ['read', 'write'],
      createdBy: 'u1',
      ...overrides,
    })
  return { apiKeys, create }
}

describe('DynamoApiKeyRepository', () => {
  it('finds a key by hash and by workspace and id', async () => {
    const { apiKeys, create } = await setup()
    const key = await create('ws_a', { expiresAt: '2026-01-01T00:00:00.000Z' })
    expect(key.createdAt).toBe('2025-01-01T00:00:01.000Z')
    await expect(apiKeys.findByHash(key.hash)).resolves.toEqual(key)
    await expect(apiKeys.get('ws_a', key.id)).resolves.toEqual(key)
    await expect(apiKeys.findByHash('unknown')).resolves.toBeUndefined()
    await expect(apiKeys.get('ws_a', 'key_unknown')).resolves.toBeUndefined()
    await expect(create('ws_a', { hash: key.hash })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('never returns or revokes a key through another workspace', async () => {
    const { apiKeys, create } = await setup()
    const key = await create('ws_a')
    await expect(apiKeys.get('ws_b', key.id)).resolves.toBeUndefined()
    await expect(apiKeys.revoke('ws_b', key.id, new Date())).resolves.toBeUndefined()
    await expect(apiKeys.findByHash(key.hash)).resolves.toEqual(key)
    await expect(apiKeys.list('ws_b', { limit: 10 })).resolves.toEqual({
      items: [],
      nextCursor: null,
    })
  })

  it('matches ids exactly, not by prefix', async () => {
    const { apiKeys, create } = await setup()
    const long = await create('ws_a', { id: 'key_10' })
    await expect(apiKeys.get('ws_a', 'key_1')).resolves.toBeUndefined()
    await expect(apiKeys.revoke('ws_a', 'key_1', new Date())).resolves.toBeUndefined()
    await expect(apiKeys.get('ws_a', 'key_10')).resolves.toEqual(long)
  })

  it('sees a revocation at once on the per-request lookup, and keeps the first revokedAt', async () => {
    const { apiKeys, create } = await setup()
    const key = await create('ws_a')
    const at = new Date('2025-02-01T00:00:00.000Z')
    const revoked = await apiKeys.revoke('ws_a', key.id, at)
    expect(revoked).toEqual({ ...key, revokedAt: at.toISOString() })
    await expect(apiKeys.findByHash(key.hash)).resolves.toEqual(revoked)
    await expect(apiKeys.revoke('ws_a', key.id, new Date('2025-03-01'))).resolves.toEqual(revoked)
  })

  it('lists a workspace keys newest first, revoked ones included, two per page', async () => {
    const { apiKeys, create } = await setup()
    const keys: ApiKey[] = []
    for (let i = 0; i < 5; i++) keys.push(await create('ws_a', { name: `k${i}` }))
    await create('ws_b')
    const revoked = await apiKeys.revoke('ws_a', keys[1]!.id, new Date('2025-02-01'))
    const pages = await walkPages((page) => apiKeys.list('ws_a', page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    const listed = pages.flatMap((page) => page.items)
    expect(listed.map((key) => key.name)).toEqual(['k4', 'k3', 'k2', 'k1', 'k0'])
    expect(listed[3]).toEqual(revoked)
  })

  it('records the last use, never moving it backwards', async () => {
    const { apiKeys, create } = await setup()
    const key = await create('ws_a')
    await apiKeys.touch(key.hash, new Date('2025-02-02T00:00:00.000Z'))
    await apiKeys.touch(key.hash, new Date('2025-02-01T00:00:00.000Z'))
    await expect(apiKeys.findByHash(key.hash)).resolves.toMatchObject({
      lastUsedAt: '2025-02-02T00:00:00.000Z',
    })
    await expect(apiKeys.touch('unknown', new Date())).resolves.toBeUndefined()
    await expect(apiKeys.findByHash('unknown')).resolves.toBeUndefined()
  })
})
