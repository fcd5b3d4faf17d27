import { describe, expect, it } from 'vitest'
import { createConversation, giveFeedback } from '../conversations'
import { newId } from '../ids'
import { profileDefaults } from '../profiles/profile-rules'
import { agentWorld } from './agent-fixture'
import { recordAgentTurn } from './metrics'
import { agentMetrics, getAgent, listAgents } from './read-agents'
import { createAgent, deleteAgent, updateAgent } from './write-agents'

const support = {
  name: '  Support  ',
  description: 'Answers questions about invoices, refunds and billing.',
}

const profileIn = (t: Awaited<ReturnType<typeof agentWorld>>, workspaceId = t.workspace.id) =>
  t.profiles.create({
    ...profileDefaults,
    retrieval: { ...profileDefaults.retrieval },
    fallbackModelIds: [],
    name: 'Careful',
    provider: 'local',
    modelId: 'local',
    id: newId('prf'),
    workspaceId,
  })

describe('createAgent', () => {
  it('stores a trimmed agent with defaults, audited as agent.created', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, support)
    expect(agent).toMatchObject({
      name: 'Support',
      description: support.description,
      systemPrompt: '',
      tools: [],
      workspaceId: t.workspace.id,
      createdBy: t.owner.id,
    })
    expect(agent.id).toMatch(/^agt_/)
    expect(agent.knowledge).toBeUndefined()
    expect(await getAgent(t.ports, t.ownerActs, { agentId: agent.id })).toEqual(agent)
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'agent.created',
      target: { type: 'agent', id: agent.id, label: 'Support' },
    })
  })

  it('takes a template, a profile, known tools and a knowledge scope', async () => {
    const t = await agentWorld()
    const profile = await profileIn(t)
    const agent = await createAgent(t.ports, t.ownerActs, {
      ...support,
      promptId: t.template.id,
      promptVariables: { company: 'Acme' },
      profileId: profile.id,
      tools: ['calculator', 'current_time', 'calculator'],
      knowledge: { enabled: true, tags: ['Billing', 'billing'], topK: 3 },
    })
    expect(agent).toMatchObject({
      promptId: t.template.id,
      promptVariables: { company: 'Acme' },
      profileId: profile.id,
      tools: ['calculator', 'current_time'],
      knowledge: { enabled: true, tags: ['billing'], topK: 3 },
    })
    // Checking that the template renders is not a use.
    expect((await t.prompts.get(t.workspace.id, t.template.id))?.uses).toBe(0)
  })

  it('names every unknown reference in one 422 and stores nothing', async () => {
    const t = await agentWorld()
    const otherProfile = await profileIn(t, t.other.id)
    const attempt = createAgent(t.ports, t.ownerActs, {
      ...support,
      promptId: 'prm_missing',
      profileId: otherProfile.id,
      tools: ['calculator', 'secret_tool', 'rm_rf'],
    })
    await expect(attempt).rejects.toMatchObject({
      code: 'request.invalid',
      details: {
        errors: [
          { path: 'promptId', message: 'No such prompt in this workspace.' },
          { path: 'profileId', message: 'No such profile in this workspace.' },
          { path: 'tools.1', message: expect.stringContaining('"secret_tool"') },
          { path: 'tools.2', message: expect.stringContaining('"rm_rf"') },
        ],
      },
    })
    expect(t.agents.byKey.size).toBe(0)
    expect(t.audit.events).toEqual([])
  })

  it('names the unknown tool in the message when it is the only problem', async () => {
    const t = await agentWorld()
    await expect(
      createAgent(t.ports, t.ownerActs, { ...support, tools: ['web_search'] }),
    ).rejects.toMatchObject({ message: 'Unknown tool: web_search.', status: 422 })
  })

  it('refuses template variables that do not render, by name', async () => {
    const t = await agentWorld()
    await expect(
      createAgent(t.ports, t.ownerActs, {
        ...support,
        promptId: t.template.id,
        promptVariables: { tone: 'dry', mood: 'x' },
      }),
    ).rejects.toMatchObject({
      details: {
        errors: [
          { path: 'promptVariables.company', message: expect.stringContaining('required') },
          { path: 'promptVariables.mood', message: expect.stringContaining('no variable') },
        ],
      },
    })
  })

  it('refuses bad settings field by field', async () => {
    const t = await agentWorld()
    const attempt = createAgent(t.ports, t.ownerActs, {
      name: ' ',
      description: 'x'.repeat(2001),
      systemPrompt: 'y'.repeat(20_001),
      knowledge: { enabled: true, tags: ['no/slash'], documentIds: ['../etc'], topK: 51 },
    })
    await expect(attempt).rejects.toMatchObject({
      details: {
        errors: [
          { path: 'name' },
          { path: 'description' },
          { path: 'systemPrompt' },
          { path: 'knowledge.tags.0' },
          { path: 'knowledge.documentIds.0' },
          { path: 'knowledge.topK' },
        ],
      },
    })
  })

  it('needs write: a viewer is refused', async () => {
    const t = await agentWorld()
    await expect(createAgent(t.ports, await t.as(t.viewer), support)).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
  })
})

describe('updateAgent', () => {
  it('changes what differs, clears with null and records the changed fields', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, {
      ...support,
      promptId: t.template.id,
      promptVariables: { company: 'Acme' },
      knowledge: { enabled: true },
    })
    const changed = await updateAgent(t.ports, t.ownerActs, {
      agentId: agent.id,
      patch: { name: 'Billing', promptId: null, knowledge: null, tools: ['calculator'] },
    })
    expect(changed).toMatchObject({ name: 'Billing', tools: ['calculator'] })
    expect(changed.promptId).toBeUndefined()
    expect(changed.promptVariables).toBeUndefined()
    expect(changed.knowledge).toBeUndefined()
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'agent.updated',
      details: { changed: 'name,promptId,promptVariables,tools,knowledge' },
    })
  })

  it('stores and records nothing for a patch that changes nothing', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, support)
    const events = t.audit.events.length
    const same = await updateAgent(t.ports, t.ownerActs, {
      agentId: agent.id,
      patch: { name: 'Support', tools: [] },
    })
    expect(same).toEqual(agent)
    expect(t.audit.events).toHaveLength(events)
  })

  it('renames an agent whose tool was disabled since, but refuses adding an unknown one', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, { ...support, tools: ['calculator'] })
    t.ports.tools.catalog = { toolsFor: async () => [] }
    const renamed = await updateAgent(t.ports, t.ownerActs, {
      agentId: agent.id,
      patch: { name: 'Renamed' },
    })
    expect(renamed.tools).toEqual(['calculator'])
    await expect(
      updateAgent(t.ports, t.ownerActs, {
        agentId: agent.id,
        patch: { tools: ['calculator', 'current_time'] },
      }),
    ).rejects.toMatchObject({ details: { errors: [{ path: 'tools.0' }, { path: 'tools.1' }] } })
  })

  it('answers 404 for another workspace’s agent', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, support)
    const outsider = await t.as(t.outsider, t.other.id)
    await expect(
      updateAgent(t.ports, outsider, { agentId: agent.id, patch: { name: 'Mine' } }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(getAgent(t.ports, outsider, { agentId: agent.id })).rejects.toMatchObject({
      code: 'resource.notFound',
    })
  })
})

describe('deleteAgent', () => {
  it('answers what it deleted, removes the metrics and is a 404 the second time', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, support)
    await t.agents.addMetrics(t.workspace.id, agent.id, { conversations: 2 })
    await expect(deleteAgent(t.ports, t.ownerActs, { agentId: agent.id })).resolves.toEqual({
      agentId: agent.id,
      name: 'Support',
    })
    expect(t.agents.counters.size).toBe(0)
    expect(t.audit.events.at(-1)).toMatchObject({ action: 'agent.deleted' })
    await expect(deleteAgent(t.ports, t.ownerActs, { agentId: agent.id })).rejects.toMatchObject({
      code: 'resource.notFound',
    })
  })
})

describe('listAgents', () => {
  it('lists the workspace’s agents newest first, to readers', async () => {
    const t = await agentWorld()
    const first = await createAgent(t.ports, t.ownerActs, support)
    const second = await createAgent(t.ports, t.ownerActs, { ...support, name: 'Second' })
    const page = await listAgents(t.ports, await t.as(t.viewer), { limit: 10 })
    expect(page.items.map((a) => a.id)).toEqual([second.id, first.id])
    const outsider = await t.as(t.outsider, t.other.id)
    expect((await listAgents(t.ports, outsider, { limit: 10 })).items).toEqual([])
  })
})

describe('agent metrics', () => {
  it('count conversations, turns, tokens, tool calls and feedback, with averages', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, support)
    const conversation = await createConversation(t.ports, t.ownerActs, { agentId: agent.id })
    expect(conversation.agentId).toBe(agent.id)
    await createConversation(t.ports, t.ownerActs, { agentId: agent.id })
    await createConversation(t.ports, t.ownerActs, {})
    for (const [inputTokens, outputTokens, toolCalls] of [
      [100, 10, 1],
      [300, 30, 2],
    ] as const)
      await recordAgentTurn(t.ports, {
        workspaceId: t.workspace.id,
        agentId: agent.id,
        usage: { inputTokens, outputTokens },
        toolCalls,
      })
    const base = {
      workspaceId: t.workspace.id,
      conversationId: conversation.id,
      status: 'complete' as const,
      userId: t.owner.id,
    }
    const question = await t.messages.create({
      ...base,
      id: 'msg_1',
      parentId: null,
      role: 'user',
      content: 'Hi',
    })
    const answer = await t.messages.create({
      ...base,
      id: 'msg_2',
      parentId: question.id,
      role: 'assistant',
      content: 'Hello',
    })
    const rate = (rating: 'up' | 'down') =>
      giveFeedback(t.ports, t.ownerActs, {
        conversationId: conversation.id,
        messageId: answer.id,
        rating,
      })
    await rate('down')
    await rate('down')
    await rate('up')
    expect(await agentMetrics(t.ports, t.ownerActs, { agentId: agent.id })).toEqual({
      agentId: agent.id,
      conversations: 2,
      messages: 2,
      inputTokens: 400,
      outputTokens: 40,
      toolCalls: 3,
      feedbackUp: 1,
      feedbackDown: 0,
      averageInputTokens: 200,
      averageOutputTokens: 20,
      averageToolCalls: 1.5,
      satisfaction: 1,
    })
  })

  it('start at zero with no satisfaction yet', async () => {
    const t = await agentWorld()
    const agent = await createAgent(t.ports, t.ownerActs, support)
    expect(await agentMetrics(t.ports, t.ownerActs, { agentId: agent.id })).toMatchObject({
      messages: 0,
      averageInputTokens: 0,
      satisfaction: null,
    })
  })

  it('never fail a turn: a store error is logged and swallowed', async () => {
    const warnings: string[] = []
    await recordAgentTurn(
      {
        agents: { addMetrics: async () => Promise.reject(new Error('throttled')) },
        logger: { warn: (message) => warnings.push(message) },
      },
      {
        workspaceId: 'ws',
        agentId: 'agt_1',
        usage: { inputTokens: 1, outputTokens: 1 },
        toolCalls: 0,
      },
    )
    expect(warnings).toEqual(['Agent metrics were not counted'])
  })
})

describe('createConversation with an agent', () => {
  it('refuses an unknown or another workspace’s agent at agentId, storing nothing', async () => {
    const t = await agentWorld()
    const outsider = await t.as(t.outsider, t.other.id)
    const theirs = await createAgent(
      { ...t.ports, tools: { catalog: { toolsFor: async () => [] } } },
      outsider,
      support,
    )
    for (const agentId of ['agt_missing', theirs.id])
      await expect(createConversation(t.ports, t.ownerActs, { agentId })).rejects.toMatchObject({
        code: 'request.invalid',
        details: { errors: [{ path: 'agentId' }] },
      })
    expect(t.conversations.byId.size).toBe(0)
    expect(t.agents.counters.size).toBe(0)
  })
})
