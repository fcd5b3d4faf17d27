import type { RecordingEvents } from '@chatter/core'
import { type FakeStateMachineRunner, resolverOf, ScriptedChatModel } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from './app'
import { bodyOf, inWorkspace, sharedWorkspace, signedInUser } from './test-callers'
import { testDependencies } from './test-support'

/** The app with a scripted model, and the events its changes publish. */
async function setup() {
  const model = new ScriptedChatModel('local', () => ({ text: 'Herons nest in colonies.' }))
  const deps = testDependencies({
    chat: {
      models: resolverOf({ local: model }),
      defaultModel: { provider: 'local', modelId: 'm1' },
    },
  })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const call = async (method: string, path: string, body?: unknown, headers = owner.headers) => {
    const response = await app.request(path, {
      method,
      headers: inWorkspace(headers, team.id),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, body: await bodyOf(response).catch(() => null) }
  }
  return { deps, app, owner, team, call, events: deps.events as RecordingEvents }
}

describe('platform events, published by the changes they report', () => {
  it('conversation.created, message.created with usage and latency, message.feedback', async () => {
    const { call, events, team, owner } = await setup()
    const conversation = (await call('POST', '/v1/conversations', { title: 'Birds' })).body
    const answered = await call('POST', `/v1/conversations/${conversation.id}/messages`, {
      content: 'Where do herons nest?',
    })
    expect(answered.status, JSON.stringify(answered.body)).toBe(201)
    const answer = answered.body.assistantMessage
    const answerId = answer.id

    expect(events.of('conversation.created')).toEqual([
      expect.objectContaining({
        workspaceId: team.id,
        data: { conversationId: conversation.id, userId: owner.user.id },
      }),
    ])
    const [created] = events.of('message.created')
    expect(created?.data).toMatchObject({
      conversationId: conversation.id,
      messageId: answerId,
      userId: owner.user.id,
      status: 'complete',
      provider: 'local',
      modelId: 'm1',
      inputTokens: answer.usage.inputTokens,
      outputTokens: answer.usage.outputTokens,
      costUsd: 0,
      latencyMs: answer.usage.latencyMs,
      toolCalls: [],
    })
    expect(created?.id).toMatch(/^evt_/)

    const rated = await call(
      'PUT',
      `/v1/conversations/${conversation.id}/messages/${answerId}/feedback`,
      { rating: 'up' },
    )
    expect(rated.status).toBe(200)
    await call('PUT', `/v1/conversations/${conversation.id}/messages/${answerId}/feedback`, {
      rating: 'down',
    })
    expect(events.of('message.feedback').map((event) => event.data)).toEqual([
      expect.objectContaining({ messageId: answerId, rating: 'up' }),
      expect.objectContaining({ messageId: answerId, rating: 'down', previous: 'up' }),
    ])
  })

  it('key.created, and nothing for a refused change', async () => {
    const { call, events, team } = await setup()
    const refused = await call('POST', '/v1/api-keys', { name: '', scopes: ['read'] })
    expect(refused.status).toBe(422)
    expect(events.events).toEqual([])

    const made = await call('POST', '/v1/api-keys', { name: 'CI', scopes: ['read'] })
    expect(made.status).toBe(201)
    expect(events.of('key.created')).toEqual([
      expect.objectContaining({ workspaceId: team.id, data: { keyId: made.body.id, name: 'CI' } }),
    ])
  })

  it('member.added when an invitation is accepted', async () => {
    const { deps, app, call, events, team } = await setup()
    const guest = await signedInUser(deps)
    const invited = await call('POST', `/v1/workspaces/${team.id}/invitations`, {
      email: guest.user.email,
      role: 'member',
    })
    expect(invited.status).toBe(201)
    const accepted = await app.request(`/v1/invitations/${invited.body.id}/accept`, {
      method: 'POST',
      headers: guest.headers,
    })
    expect(accepted.status).toBe(200)
    expect(events.of('member.added')).toEqual([
      expect.objectContaining({
        workspaceId: team.id,
        data: { userId: guest.user.id, role: 'member' },
      }),
    ])
  })

  it('workflow.succeeded once, however often its end is noticed', async () => {
    const { deps, call, events } = await setup()
    const workflow = await call('POST', '/v1/workflows', {
      definition: {
        name: 'Note',
        nodes: [{ id: 'n', type: 'transform', config: { set: { a: 'b' } } }],
      },
    })
    const started = await call('POST', `/v1/workflows/${workflow.body.id}/executions`, {
      input: {},
    })
    const runner = deps.workflowRuns.runner as FakeStateMachineRunner
    runner.succeed([...runner.executions.keys()][0] as string, {
      input: {},
      nodes: { n: { a: 'b' } },
    })

    await call('GET', `/v1/workflows/executions/${started.body.id}`)
    await call('GET', `/v1/workflows/executions/${started.body.id}`)
    const ends = events.of('workflow.succeeded')
    expect(ends.map((event) => event.data)).toEqual([
      { executionId: started.body.id, workflowId: workflow.body.id, workflowName: 'Note' },
    ])
    expect(ends[0]?.id).toBe(`evt_${started.body.id}_end`)
  })
})
