import { randomUUID } from 'node:crypto'
import { DynamoProfileRepository, DynamoWorkspaceRepository } from '@chatter/aws'
import { type NewProfile, type Profile, profileDefaults } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const profiles = new DynamoProfileRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<NewProfile> = {}) =>
    profiles.create({
      ...profileDefaults,
      retrieval: { ...profileDefaults.retrieval },
      fallbackModelIds: [],
      id: `prf_${randomUUID()}`,
      workspaceId,
      name: 'Claude',
      provider: 'bedrock',
      modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
      ...overrides,
    })
  /** Every profile of the workspace, as the list shows them. */
  const all = async (workspaceId: string) =>
    (await walkPages((page) => profiles.list(workspaceId, page), 100)).flatMap((p) => p.items)
  const defaultsOf = async (workspaceId: string) =>
    (await all(workspaceId)).filter((profile) => profile.isDefault).map((profile) => profile.id)
  return { ...fresh, profiles, create, all, defaultsOf }
}

describe('DynamoProfileRepository', () => {
  it('stores every setting as given, and makes only the first profile the default', async () => {
    const { profiles, create } = await setup()
    const first = await create('ws_a', { systemPrompt: '', fallbackModelIds: [] })
    expect(first).toMatchObject({ isDefault: true, createdAt: '2025-01-01T00:00:01.000Z' })
    await expect(profiles.get('ws_a', first.id)).resolves.toEqual(first)
    const second = await create('ws_a', {
      name: 'Llama 🦙',
      provider: 'openai',
      modelId: 'llama3.1:8b',
      temperature: 0,
      topP: 1,
      maxTokens: 200_000,
      systemPrompt: `Be brief.\n${'x'.repeat(19_000)}`,
      retrieval: { enabled: true, topK: 50, minScore: 0.35 },
      fallbackModelIds: ['qwen2.5:7b', 'mistral:7b'],
    })
    expect(second.isDefault).toBe(false)
    await expect(profiles.get('ws_a', second.id)).resolves.toEqual(second)
    await expect(profiles.getDefault('ws_a')).resolves.toEqual(first)
    await expect(create('ws_a', { id: first.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('updates only the given settings; a new retrieval replaces the old one whole', async () => {
    const { profiles, create } = await setup()
    const profile = await create('ws_a', { retrieval: { enabled: true, topK: 8, minScore: 0.5 } })
    const updated = await profiles.update('ws_a', profile.id, {
      temperature: 0.1,
      retrieval: { enabled: true, topK: 8 },
      fallbackModelIds: ['m-2'],
    })
    expect(updated).toEqual({
      ...profile,
      temperature: 0.1,
      retrieval: { enabled: true, topK: 8 },
      fallbackModelIds: ['m-2'],
      updatedAt: '2025-01-01T00:00:02.000Z',
    })
    await expect(profiles.get('ws_a', profile.id)).resolves.toEqual(updated)
    await expect(profiles.update('ws_a', 'prf_missing', { name: 'x' })).resolves.toBeUndefined()
  })

  it('stores a system prompt template with its variables, and removes them when cleared', async () => {
    const { profiles, create } = await setup()
    const profile = await create('ws_a', {
      systemPromptId: 'prm_Tone',
      systemPromptVariables: { tone: 'dry', words: 40, formal: false },
    })
    await expect(profiles.get('ws_a', profile.id)).resolves.toEqual(profile)
    expect(profile.systemPromptVariables).toEqual({ tone: 'dry', words: 40, formal: false })
    const changed = await profiles.update('ws_a', profile.id, {
      systemPromptVariables: { tone: 'warm' },
    })
    expect(changed?.systemPromptVariables).toEqual({ tone: 'warm' })
    const cleared = await profiles.update('ws_a', profile.id, {
      systemPromptId: undefined,
      systemPromptVariables: undefined,
    })
    expect(cleared).not.toHaveProperty('systemPromptId')
    expect(cleared).not.toHaveProperty('systemPromptVariables')
    await expect(profiles.get('ws_a', profile.id)).resolves.toEqual(cleared)
  })

  it('lists newest first, two per page, each with its current isDefault', async () => {
    const { profiles, create } = await setup()
    const made: Profile[] = []
    for (let i = 0; i < 5; i++) made.push(await create('ws_a', { name: `p${i}` }))
    await create('ws_b')
    await profiles.setDefault('ws_a', made[3]!.id)
    const pages = await walkPages((page) => profiles.list('ws_a', page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    const listed = pages.flatMap((page) => page.items)
    expect(listed.map((p) => p.name)).toEqual(['p4', 'p3', 'p2', 'p1', 'p0'])
    expect(listed.map((p) => p.isDefault)).toEqual([false, true, false, false, false])
  })

  it('keeps exactly one default when many first profiles are created at once', async () => {
    const { create, defaultsOf, all } = await setup()
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) => create('ws_a', { name: `p${i}` })),
    )
    expect(made.filter((profile) => profile.isDefault)).toHaveLength(1)
    expect(await all('ws_a')).toHaveLength(6)
    expect(await defaultsOf('ws_a')).toEqual([made.find((p) => p.isDefault)?.id])
  })

  it('keeps exactly one default through concurrent setDefault calls', async () => {
    const { profiles, create, defaultsOf } = await setup()
    const [a, b, c] = [await create('ws_a'), await create('ws_a'), await create('ws_a')]
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all([
        profiles.setDefault('ws_a', b!.id),
        profiles.setDefault('ws_a', c!.id),
      ])
      expect(answers.map((profile) => profile?.isDefault)).toEqual([true, true])
      const defaults = await defaultsOf('ws_a')
      expect(defaults).toHaveLength(1)
      expect([b!.id, c!.id]).toContain(defaults[0])
      expect((await profiles.getDefault('ws_a'))?.id).toBe(defaults[0])
    }
    expect((await profiles.get('ws_a', a!.id))?.isDefault).toBe(false)
    await expect(profiles.setDefault('ws_a', 'prf_missing')).resolves.toBeUndefined()
  })

  it('never leaves the default pointing at a deleted profile when delete races setDefault', async () => {
    const { profiles, create, defaultsOf } = await setup()
    await create('ws_a')
    for (let round = 0; round < 5; round++) {
      const doomed = await create('ws_a')
      const [deleted, made] = await Promise.allSettled([
        profiles.delete('ws_a', doomed.id),
        profiles.setDefault('ws_a', doomed.id),
      ])
      const defaults = await defaultsOf('ws_a')
      expect(defaults).toHaveLength(1)
      const survivor = await profiles.get('ws_a', defaults[0]!)
      expect(survivor?.isDefault).toBe(true)
      if (deleted.status === 'fulfilled' && deleted.value) {
        expect(defaults[0]).not.toBe(doomed.id)
        expect(made).toEqual({ status: 'fulfilled', value: undefined })
      } else {
        // setDefault won; the delete was then refused as the default's.
        expect(deleted).toMatchObject({ reason: { code: 'resource.conflict' } })
        expect(defaults[0]).toBe(doomed.id)
      }
    }
  })

  it('refuses to delete the default while others remain; the last takes the pointer with it', async () => {
    const { profiles, create, document, tableName } = await setup()
    const first = await create('ws_a')
    const second = await create('ws_a')
    await expect(profiles.delete('ws_a', first.id)).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(profiles.delete('ws_a', second.id)).resolves.toBe(true)
    await expect(profiles.delete('ws_a', second.id)).resolves.toBe(false)
    await expect(profiles.delete('ws_a', first.id)).resolves.toBe(true)
    await expect(profiles.getDefault('ws_a')).resolves.toBeUndefined()
    expect(await scanAll(document, tableName)).toEqual([])
    const again = await create('ws_a')
    expect(again.isDefault).toBe(true)
    // The count followed every create and delete: this one is the only profile, so it may go.
    await create('ws_a')
    await expect(profiles.delete('ws_a', again.id)).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it("never reads or changes a profile through another workspace, or by another id's case", async () => {
    const { profiles, create, document, tableName } = await setup()
    const profile = await create('ws_a', { id: 'prf_abc' })
    const before = await scanAll(document, tableName)
    await expect(profiles.get('ws_b', profile.id)).resolves.toBeUndefined()
    await expect(profiles.get('ws_a', 'prf_ABC')).resolves.toBeUndefined()
    await expect(profiles.update('ws_b', profile.id, { name: 'Stolen' })).resolves.toBeUndefined()
    await expect(profiles.setDefault('ws_b', profile.id)).resolves.toBeUndefined()
    await expect(profiles.delete('ws_b', profile.id)).resolves.toBe(false)
    await expect(profiles.getDefault('ws_b')).resolves.toBeUndefined()
    await expect(profiles.list('ws_b', { limit: 10 })).resolves.toEqual({
      items: [],
      nextCursor: null,
    })
    expect(await scanAll(document, tableName)).toEqual(before)
  })

  it("goes with its workspace: a workspace's deletion removes its profiles and pointer", async () => {
    const { table, create, document, tableName } = await setup()
    const workspaces = new DynamoWorkspaceRepository(table)
    const owner = { userId: 'u1', email: 'u1@example.com' }
    const doomed = await workspaces.create({ id: 'ws_doomed', name: 'D', personal: false, owner })
    await workspaces.create({ id: 'ws_kept', name: 'K', personal: false, owner })
    for (let i = 0; i < 3; i++) await create(doomed.id)
    const kept = await create('ws_kept')
    await workspaces.delete(doomed.id)
    const left = await scanAll(document, tableName)
    expect(left.filter((item) => item.workspaceId === doomed.id)).toEqual([])
    expect(left.filter((item) => item.id === kept.id)).toHaveLength(1)
  })
})
