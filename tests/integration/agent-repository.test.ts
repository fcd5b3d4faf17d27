import { randomUUID } from 'node:crypto'
import { DynamoAgentRepository, deleteWorkspaceAgents } from '@chatter/aws'
import type { Agent } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const agents = new DynamoAgentRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<Agent> = {}) =>
    agents.create({
      id: `agt_${randomUUID()}`,
      workspaceId,
      name: 'Billing helper',
      description: 'Answers questions about invoices and refunds.',
      systemPrompt: 'Be brief.',
      tools: ['calculator'],
      createdBy: 'usr_ada',
      ...overrides,
    })
  return { ...fresh, agents, create }
}

describe('DynamoAgentRepository', () => {
  it('stores every setting as given and refuses a duplicate id', async () => {
    const { agents, create } = await setup()
    const agent = await create('ws_a', {
      promptId: 'prm_1',
      promptVariables: { tone: 'warm', depth: 3, cite: true },
      profileId: 'prf_1',
      knowledge: { enabled: true, tags: ['billing'], documentIds: ['doc_1'], topK: 4 },
    })
    expect(agent).toMatchObject({
      promptVariables: { tone: 'warm', depth: 3, cite: true },
      knowledge: { enabled: true, tags: ['billing'], documentIds: ['doc_1'], topK: 4 },
      createdAt: '2025-01-01T00:00:01.000Z',
    })
    await expect(agents.get('ws_a', agent.id)).resolves.toEqual(agent)
    await expect(create('ws_a', { id: agent.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('sets changed settings and removes the optional ones given as undefined', async () => {
    const { agents, create } = await setup()
    const agent = await create('ws_a', {
      promptId: 'prm_1',
      promptVariables: { tone: 'warm' },
      profileId: 'prf_1',
      knowledge: { enabled: true },
    })
    const changed = await agents.update('ws_a', agent.id, {
      name: 'Refunds',
      tools: [],
      promptId: undefined,
      promptVariables: undefined,
      knowledge: undefined,
    })
    const { promptId: _p, promptVariables: _v, knowledge: _k, ...kept } = agent
    expect(changed).toEqual({
      ...kept,
      name: 'Refunds',
      tools: [],
      updatedAt: '2025-01-01T00:00:02.000Z',
    })
    await expect(agents.get('ws_a', agent.id)).resolves.toEqual(changed)
    await expect(agents.update('ws_a', 'agt_missing', { name: 'X' })).resolves.toBeUndefined()
  })

  it('lists newest first, two per page, and all of a workspace for routing', async () => {
    const { agents, create } = await setup()
    const made = []
    for (let i = 0; i < 5; i++) made.push(await create('ws_a', { name: `Agent ${i}` }))
    await create('ws_b')
    const pages = await walkPages((page) => agents.list('ws_a', page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((page) => page.items.map((a) => a.id))).toEqual(
      made.map((a) => a.id).reverse(),
    )
    expect((await agents.listAll('ws_a')).map((a) => a.id)).toEqual(made.map((a) => a.id))
  })

  it('adds to the counters atomically, from zero, under concurrent turns', async () => {
    const { agents, create } = await setup()
    const agent = await create('ws_a')
    expect(await agents.metrics('ws_a', agent.id)).toEqual({
      conversations: 0,
      messages: 0,
      inputTokens: 0,
      outputTokens: 0,
      toolCalls: 0,
      feedbackUp: 0,
      feedbackDown: 0,
    })
    await Promise.all(
      Array.from({ length: 10 }, () =>
        agents.addMetrics('ws_a', agent.id, {
          messages: 1,
          inputTokens: 100,
          outputTokens: 20,
          toolCalls: 2,
        }),
      ),
    )
    await agents.addMetrics('ws_a', agent.id, { conversations: 1, feedbackUp: 1 })
    await agents.addMetrics('ws_a', agent.id, { feedbackUp: -1, feedbackDown: 1 })
    expect(await agents.metrics('ws_a', agent.id)).toEqual({
      conversations: 1,
      messages: 10,
      inputTokens: 1000,
      outputTokens: 200,
      toolCalls: 20,
      feedbackUp: 0,
      feedbackDown: 1,
    })
    // The counters item is not an agent: lists and routing never see it.
    expect(await agents.listAll('ws_a')).toEqual([agent])
  })

  it('deletes an agent with its counters, once', async () => {
    const { agents, create, document, tableName } = await setup()
    const before = await scanAll(document, tableName)
    const agent = await create('ws_a')
    await agents.addMetrics('ws_a', agent.id, { conversations: 3 })
    await expect(agents.delete('ws_a', agent.id)).resolves.toBe(true)
    await expect(agents.delete('ws_a', agent.id)).resolves.toBe(false)
    await expect(agents.get('ws_a', agent.id)).resolves.toBeUndefined()
    expect(await scanAll(document, tableName)).toEqual(before)
  })

  it('never reads, changes or deletes an agent through another workspace', async () => {
    const { agents, create, document, tableName } = await setup()
    const agent = await create('ws_a')
    const before = await scanAll(document, tableName)
    await expect(agents.get('ws_b', agent.id)).resolves.toBeUndefined()
    await expect(agents.update('ws_b', agent.id, { name: 'Mine' })).resolves.toBeUndefined()
    await expect(agents.delete('ws_b', agent.id)).resolves.toBe(false)
    await expect(agents.listAll('ws_b')).resolves.toEqual([])
    expect(await scanAll(document, tableName)).toEqual(before)
  })

  it('deletes a workspace’s agents and counters, leaving other workspaces’ alone', async () => {
    const { agents, create, table, document, tableName } = await setup()
    const kept = await create('ws_b')
    const before = await scanAll(document, tableName)
    for (let i = 0; i < 3; i++) {
      const agent = await create('ws_a')
      await agents.addMetrics('ws_a', agent.id, { messages: 1 })
    }
    await expect(deleteWorkspaceAgents(table, 'ws_a')).resolves.toBe(3)
    expect(await scanAll(document, tableName)).toEqual(before)
    await expect(agents.get('ws_b', kept.id)).resolves.toEqual(kept)
  })
})
