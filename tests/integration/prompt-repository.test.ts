import { randomUUID } from 'node:crypto'
import { DynamoPromptRepository, deleteWorkspacePrompts } from '@chatter/aws'
import type { Prompt, PromptContent } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

const content: PromptContent = {
  name: 'Summary',
  template: 'Summarise {{text}} in {{words}} words. {{formal}}',
  variables: [
    { name: 'text', type: 'string', required: true, description: 'What to summarise' },
    { name: 'words', type: 'number', required: false, default: 50 },
    { name: 'formal', type: 'boolean', required: false, default: true },
  ],
  description: 'Short summaries',
  category: 'writing',
  tags: ['short', 'summary'],
}

async function setup() {
  const fresh = await freshTable()
  const prompts = new DynamoPromptRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<Prompt> = {}) =>
    prompts.create({
      ...structuredClone(content),
      id: `prm_${randomUUID()}`,
      workspaceId,
      createdBy: 'usr_1',
      ...overrides,
    })
  return { ...fresh, prompts, create }
}

describe('DynamoPromptRepository', () => {
  it('stores a prompt as version 1 with every variable kind, and refuses a duplicate id', async () => {
    const { prompts, create } = await setup()
    const made = await create('ws_a')
    expect(made).toMatchObject({ ...content, version: 1, uses: 0, createdBy: 'usr_1' })
    await expect(prompts.get('ws_a', made.id)).resolves.toEqual(made)
    await expect(prompts.get('ws_b', made.id)).resolves.toBeUndefined()
    await expect(prompts.getVersion('ws_a', made.id, 1)).resolves.toEqual({
      ...content,
      promptId: made.id,
      workspaceId: 'ws_a',
      version: 1,
      createdBy: 'usr_1',
      createdAt: made.createdAt,
    })
    await expect(create('ws_a', { id: made.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('lists newest first in pages, filtered by category and tag within the workspace', async () => {
    const { prompts, create } = await setup()
    const made: Prompt[] = []
    for (let i = 0; i < 5; i++)
      made.push(
        await create('ws_a', {
          name: `P${i}`,
          category: i % 2 === 0 ? 'even' : 'odd',
          tags: i === 3 ? ['special'] : ['common'],
        }),
      )
    await create('ws_b', { category: 'even', tags: ['special'] })
    const ids = async (query: { category?: string; tag?: string }) =>
      (await walkPages((page) => prompts.list('ws_a', { ...page, ...query }), 2))
        .flatMap((page) => page.items)
        .map((prompt) => prompt.name)
    expect(await ids({})).toEqual(['P4', 'P3', 'P2', 'P1', 'P0'])
    expect(await ids({ category: 'even' })).toEqual(['P4', 'P2', 'P0'])
    expect(await ids({ tag: 'special' })).toEqual(['P3'])
    expect(await ids({ category: 'even', tag: 'special' })).toEqual([])
    const pages = await walkPages((page) => prompts.list('ws_a', { ...page, category: 'odd' }), 1)
    expect(pages.map((page) => page.items.length)).toEqual([1, 1])
  })

  it('adds versions only on top of the version read, keeping every old one', async () => {
    const { prompts, create } = await setup()
    const made = await create('ws_a')
    const { description: _d, category: _c, ...bare } = content
    const v2 = await prompts.addVersion(
      'ws_a',
      made.id,
      1,
      { ...bare, template: 'Shorter {{text}}', variables: [content.variables[0]!] },
      'usr_2',
    )
    expect(v2).toMatchObject({ version: 2, template: 'Shorter {{text}}', createdBy: 'usr_1' })
    expect(v2.description).toBeUndefined()
    expect(v2.category).toBeUndefined()
    await expect(prompts.addVersion('ws_a', made.id, 1, content, 'usr_3')).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(prompts.addVersion('ws_a', 'prm_none', 0, content, 'usr_3')).rejects.toMatchObject(
      { code: 'resource.conflict' },
    )
    // Two edits racing from the same version: exactly one wins.
    const race = await Promise.allSettled([
      prompts.addVersion('ws_a', made.id, 2, { ...content, name: 'A' }, 'usr_a'),
      prompts.addVersion('ws_a', made.id, 2, { ...content, name: 'B' }, 'usr_b'),
    ])
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const current = await prompts.get('ws_a', made.id)
    expect(current?.version).toBe(3)
    expect(current?.description).toBe('Short summaries')

    const versions = (
      await walkPages((page) => prompts.listVersions('ws_a', made.id, page), 2)
    ).flatMap((page) => page.items)
    expect(versions.map((v) => [v.version, v.createdBy])).toEqual([
      [3, current?.name === 'A' ? 'usr_a' : 'usr_b'],
      [2, 'usr_2'],
      [1, 'usr_1'],
    ])
    await expect(prompts.getVersion('ws_a', made.id, 2)).resolves.toMatchObject({
      template: 'Shorter {{text}}',
    })
    await expect(prompts.getVersion('ws_a', made.id, 9)).resolves.toBeUndefined()
  })

  it('counts uses atomically, apart from edits', async () => {
    const { prompts, create } = await setup()
    const made = await create('ws_a')
    await Promise.all(Array.from({ length: 10 }, () => prompts.countUse('ws_a', made.id)))
    await prompts.addVersion('ws_a', made.id, 1, content, 'usr_1')
    expect((await prompts.get('ws_a', made.id))?.uses).toBe(10)
    await expect(prompts.countUse('ws_a', 'prm_gone')).resolves.toBeUndefined()
    expect(await prompts.get('ws_a', 'prm_gone')).toBeUndefined()
  })

  it('deletes a prompt with all its versions, and a workspace with all its prompts', async () => {
    const { prompts, create, document, tableName, table } = await setup()
    const made = await create('ws_a')
    const kept = await create('ws_b')
    for (let v = 1; v <= 30; v++) await prompts.addVersion('ws_a', made.id, v, content, 'usr_1')
    await expect(prompts.delete('ws_a', made.id)).resolves.toBe(31)
    await expect(prompts.get('ws_a', made.id)).resolves.toBeUndefined()
    await expect(prompts.delete('ws_a', made.id)).resolves.toBe(0)
    const left = await scanAll(document, tableName)
    expect(left.filter((item) => JSON.stringify(item).includes(made.id))).toEqual([])

    await create('ws_b')
    await expect(deleteWorkspacePrompts(table, 'ws_b')).resolves.toBe(2)
    expect(await scanAll(document, tableName)).toEqual([])
    expect(await prompts.get('ws_b', kept.id)).toBeUndefined()
  })
})
