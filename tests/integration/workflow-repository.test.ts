import { randomUUID } from 'node:crypto'
import {
  DynamoWorkflowRepository,
  DynamoWorkspaceRepository,
  deleteWorkspaceWorkflows,
} from '@chatter/aws'
import type { Workflow, WorkflowContent, WorkflowDefinition } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

const definition: WorkflowDefinition = {
  name: 'Answer',
  nodes: [
    {
      id: 'search',
      type: 'retrieval',
      config: { query: '{{ $.input.question }}', topK: 5 },
      retry: { maxAttempts: 2, intervalSeconds: 1, backoffRate: 2 },
    },
    {
      id: 'answer',
      type: 'llm',
      config: { prompt: 'Answer from {{ $.nodes.search.text }}', output: 'text', format: 'text' },
    },
  ],
  edges: [{ from: 'search', to: 'answer' }],
  inputSchema: { type: 'object', properties: { question: { type: 'string' } } },
}

const content: WorkflowContent = { name: 'Answer', description: 'Search then answer', definition }

async function setup() {
  const fresh = await freshTable()
  const workflows = new DynamoWorkflowRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<Workflow> = {}) =>
    workflows.create({
      ...structuredClone(content),
      id: `wfl_${randomUUID()}`,
      workspaceId,
      createdBy: 'usr_1',
      ...overrides,
    })
  return { ...fresh, workflows, create }
}

describe('DynamoWorkflowRepository', () => {
  it('stores a workflow as version 1 with its nested definition intact, and refuses a duplicate id', async () => {
    const { workflows, create } = await setup()
    const made = await create('ws_a')
    expect(made).toMatchObject({ ...content, version: 1, createdBy: 'usr_1' })
    await expect(workflows.get('ws_a', made.id)).resolves.toEqual(made)
    await expect(workflows.get('ws_b', made.id)).resolves.toBeUndefined()
    await expect(workflows.getVersion('ws_a', made.id, 1)).resolves.toEqual({
      ...content,
      workflowId: made.id,
      workspaceId: 'ws_a',
      version: 1,
      createdBy: 'usr_1',
      createdAt: made.createdAt,
    })
    await expect(create('ws_a', { id: made.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('keeps a definition of ~300 KB, the most the use cases accept', async () => {
    const { workflows, create } = await setup()
    const big = { ...definition, description: 'x'.repeat(290_000) }
    const made = await create('ws_a', { definition: big })
    expect((await workflows.get('ws_a', made.id))?.definition.description).toHaveLength(290_000)
    const v2 = await workflows.addVersion('ws_a', made.id, 1, { ...content, definition: big }, 'u')
    expect(v2.version).toBe(2)
  })

  it('lists newest first in pages, within the workspace', async () => {
    const { workflows, create } = await setup()
    for (let i = 0; i < 5; i++) await create('ws_a', { name: `W${i}` })
    await create('ws_b')
    const pages = await walkPages((page) => workflows.list('ws_a', page), 2)
    expect(pages.flatMap((page) => page.items).map((w) => w.name)).toEqual([
      'W4',
      'W3',
      'W2',
      'W1',
      'W0',
    ])
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
  })

  it('adds versions only on top of the version read, keeping every old one', async () => {
    const { workflows, create } = await setup()
    const made = await create('ws_a')
    const shorter = { ...definition, nodes: [definition.nodes[0]!], edges: [] }
    const v2 = await workflows.addVersion(
      'ws_a',
      made.id,
      1,
      { name: 'Search only', definition: shorter },
      'usr_2',
    )
    expect(v2).toMatchObject({ version: 2, name: 'Search only', createdBy: 'usr_1' })
    expect(v2.description).toBeUndefined()
    expect(v2.definition).toEqual(shorter)
    await expect(workflows.addVersion('ws_a', made.id, 1, content, 'usr_3')).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(
      workflows.addVersion('ws_a', 'wfl_none', 0, content, 'usr_3'),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    // Two edits racing from the same version: exactly one wins.
    const race = await Promise.allSettled([
      workflows.addVersion('ws_a', made.id, 2, { ...content, name: 'A' }, 'usr_a'),
      workflows.addVersion('ws_a', made.id, 2, { ...content, name: 'B' }, 'usr_b'),
    ])
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const current = await workflows.get('ws_a', made.id)
    expect(current?.version).toBe(3)
    expect(current?.description).toBe('Search then answer')

    const versions = (
      await walkPages((page) => workflows.listVersions('ws_a', made.id, page), 2)
    ).flatMap((page) => page.items)
    expect(versions.map((v) => [v.version, v.createdBy])).toEqual([
      [3, current?.name === 'A' ? 'usr_a' : 'usr_b'],
      [2, 'usr_2'],
      [1, 'usr_1'],
    ])
    await expect(workflows.getVersion('ws_a', made.id, 2)).resolves.toMatchObject({
      name: 'Search only',
      definition: shorter,
    })
    await expect(workflows.getVersion('ws_a', made.id, 9)).resolves.toBeUndefined()
  })

  it('deletes a workflow with all its versions, and a workspace with all its workflows', async () => {
    const { workflows, create, document, tableName, table } = await setup()
    const made = await create('ws_a')
    const kept = await create('ws_b')
    for (let v = 1; v <= 30; v++) await workflows.addVersion('ws_a', made.id, v, content, 'usr_1')
    await expect(workflows.delete('ws_a', made.id)).resolves.toBe(31)
    await expect(workflows.get('ws_a', made.id)).resolves.toBeUndefined()
    await expect(workflows.delete('ws_a', made.id)).resolves.toBe(0)
    const left = await scanAll(document, tableName)
    expect(left.filter((item) => JSON.stringify(item).includes(made.id))).toEqual([])

    await create('ws_b')
    await expect(deleteWorkspaceWorkflows(table, 'ws_b')).resolves.toBe(2)
    expect(await scanAll(document, tableName)).toEqual([])
    expect(await workflows.get('ws_b', kept.id)).toBeUndefined()

    // The workspace deletion takes them along.
    const workspaces = new DynamoWorkspaceRepository(table)
    const team = await workspaces.create({
      id: `ws_${randomUUID()}`,
      name: 'Team',
      personal: false,
      owner: { userId: 'usr_1', email: 'owner@example.com', name: 'Olive' },
    })
    await create(team.id)
    await workspaces.delete(team.id)
    expect(await scanAll(document, tableName)).toEqual([])
  })
})
