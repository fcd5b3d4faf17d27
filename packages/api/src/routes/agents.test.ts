import type { HttpConfig } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { bodyOf, inWorkspace, profileIn, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  const config: HttpConfig = { CORS_ORIGINS: [], MAX_BODY_BYTES: 256 * 1024, LOG_LEVEL: 'SILENT' }
  const deps = testDependencies({ config })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const headers = inWorkspace(owner.headers, team.id)
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(`/v1${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, type: response.headers.get('content-type'), response }
  }
  const create = async (body: Record<string, unknown> = {}) => {
    const { status, response } = await call('POST', '/agents', {
      name: 'Billing',
      description: 'Answers questions about invoices, refunds and payments.',
      ...body,
    })
    expect(status, await response.clone().text()).toBe(201)
    return bodyOf(response)
  }
  return { deps, app, owner, team, call, create }
}

describe('/v1/agents', () => {
  it('creates, reads, lists newest first, changes and deletes an agent', async () => {
    const { deps, team, call, create } = await setup()
    const profile = await profileIn(deps, team.id, { name: 'Careful' })
    const agent = await create({
      systemPrompt: 'Be precise.',
      profileId: profile.id,
      tools: ['calculator', 'current_time'],
      knowledge: { enabled: true, tags: ['billing'], topK: 4 },
    })
    expect(agent).toMatchObject({
      name: 'Billing',
      systemPrompt: 'Be precise.',
      profileId: profile.id,
      tools: ['calculator', 'current_time'],
      knowledge: { enabled: true, tags: ['billing'], topK: 4 },
      workspaceId: team.id,
    })
    const second = await create({ name: 'Travel', description: 'Plans trips and hotels.' })
    expect(await bodyOf((await call('GET', `/agents/${agent.id}`)).response)).toEqual(agent)
    const list = await bodyOf((await call('GET', '/agents?limit=1')).response)
    expect(list.items.map((a: { id: string }) => a.id)).toEqual([second.id])
    expect(list.nextCursor).toEqual(expect.any(String))

    const patched = await call('PATCH', `/agents/${agent.id}`, {
      description: 'Refunds only.',
      profileId: null,
      knowledge: null,
    })
    expect(patched.status).toBe(200)
    const changed = await bodyOf(patched.response)
    expect(changed).toMatchObject({ description: 'Refunds only.', tools: agent.tools })
    expect(changed).not.toHaveProperty('profileId')
    expect(changed).not.toHaveProperty('knowledge')

    const deleted = await call('DELETE', `/agents/${agent.id}`)
    expect(deleted.status).toBe(200)
    expect(await bodyOf(deleted.response)).toEqual({
      deleted: { agentId: agent.id, name: 'Billing' },
    })
    expect((await call('GET', `/agents/${agent.id}`)).status).toBe(404)
    const audit = await deps.audit.query(team.id, {}, { limit: 20 })
    expect(audit.items.map((event) => event.action)).toEqual(
      expect.arrayContaining(['agent.created', 'agent.updated', 'agent.deleted']),
    )
  })

  it('answers 422 naming each unknown tool, prompt and profile', async () => {
    const { call } = await setup()
    const { status, type, response } = await call('POST', '/agents', {
      name: 'Broken',
      description: 'Refers to things that do not exist.',
      promptId: 'prm_missing',
      profileId: 'prf_missing',
      tools: ['calculator', 'web_search'],
    })
    expect(status).toBe(422)
    expect(type).toBe('application/problem+json')
    expect((await bodyOf(response)).errors).toEqual([
      { path: 'promptId', message: 'No such prompt in this workspace.' },
      { path: 'profileId', message: 'No such profile in this workspace.' },
      { path: 'tools.1', message: expect.stringContaining('"web_search"') },
    ])
  })

  it('answers 422 with field paths for a malformed body', async () => {
    const { call } = await setup()
    const { status, response } = await call('POST', '/agents', {
      name: '',
      tools: ['not a tool name'],
      knowledge: { enabled: 'yes' },
    })
    expect(status).toBe(422)
    const paths = (await bodyOf(response)).errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'json.name',
        'json.description',
        'json.tools.0',
        'json.knowledge.enabled',
      ]),
    )
  })

  it('renders a template agent: the template must exist and its variables render', async () => {
    const { deps, team, owner, call, create } = await setup()
    await deps.prompts.create({
      id: 'prm_voice',
      workspaceId: team.id,
      name: 'Voice',
      template: 'Speak for {{company}}.',
      variables: [{ name: 'company', type: 'string', required: true }],
      tags: [],
      createdBy: owner.user.id,
    })
    const missing = await call('POST', '/agents', {
      name: 'Voice',
      description: 'Speaks for a company.',
      promptId: 'prm_voice',
    })
    expect(missing.status).toBe(422)
    expect((await bodyOf(missing.response)).errors).toEqual([
      { path: 'promptVariables.company', message: expect.any(String) },
    ])
    const agent = await create({ promptId: 'prm_voice', promptVariables: { company: 'Acme' } })
    expect(agent).toMatchObject({ promptId: 'prm_voice', promptVariables: { company: 'Acme' } })
  })

  it('routes a message to the best agent, and answers null without agents', async () => {
    const { call, create } = await setup()
    const empty = await call('POST', '/agents/route', { message: 'Where is my refund?' })
    expect(empty.status).toBe(200)
    expect(await bodyOf(empty.response)).toEqual({ agent: null, score: 0, alternatives: [] })
    const billing = await create()
    const travel = await create({ name: 'Travel', description: 'Plans trips, flights and hotels.' })
    const routed = await bodyOf(
      (await call('POST', '/agents/route', { message: 'I need a refund for my invoice' })).response,
    )
    expect(routed.agent.id).toBe(billing.id)
    expect(routed.alternatives).toEqual([{ agent: travel, score: expect.any(Number) }])
    expect((await call('POST', '/agents/route', { message: '' })).status).toBe(422)
  })

  it('starts a conversation with an agent and counts it in the agent’s metrics', async () => {
    const { call, create } = await setup()
    const agent = await create()
    const started = await call('POST', '/conversations', { title: 'Refund', agentId: agent.id })
    expect(started.status).toBe(201)
    const conversation = await bodyOf(started.response)
    expect(conversation.agentId).toBe(agent.id)
    expect(
      await bodyOf((await call('GET', `/conversations/${conversation.id}`)).response),
    ).toMatchObject({ agentId: agent.id })
    const unknown = await call('POST', '/conversations', { agentId: 'agt_missing' })
    expect(unknown.status).toBe(422)
    expect((await bodyOf(unknown.response)).errors).toEqual([
      { path: 'agentId', message: 'No such agent in this workspace.' },
    ])
    const metrics = await call('GET', `/agents/${agent.id}/metrics`)
    expect(metrics.status).toBe(200)
    expect(await bodyOf(metrics.response)).toEqual({
      agentId: agent.id,
      conversations: 1,
      messages: 0,
      inputTokens: 0,
      outputTokens: 0,
      toolCalls: 0,
      feedbackUp: 0,
      feedbackDown: 0,
      averageInputTokens: 0,
      averageOutputTokens: 0,
      averageToolCalls: 0,
      satisfaction: null,
    })
  })

  it('keeps a deleted agent’s conversations, which answer without it', async () => {
    const { call, create } = await setup()
    const agent = await create()
    const conversation = await bodyOf(
      (await call('POST', '/conversations', { agentId: agent.id })).response,
    )
    await call('DELETE', `/agents/${agent.id}`)
    const reply = await call('POST', `/conversations/${conversation.id}/messages`, {
      content: 'Hello?',
    })
    expect(reply.status, await reply.response.clone().text()).toBe(201)
    expect((await call('GET', `/agents/${agent.id}/metrics`)).status).toBe(404)
  })
})
