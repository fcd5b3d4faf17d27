import { resolverOf, ScriptedChatModel } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  bodyOf,
  inWorkspace,
  join,
  profileIn,
  sharedWorkspace,
  signedInUser,
  tickingClock,
} from '../test-callers'
import { conversationOf, messageIn } from '../test-conversations'
import { testDependencies } from '../test-support'

async function setup() {
  // Each request reads a later time, so conversations made one after another sort by activity.
  const model = new ScriptedChatModel('local', () => ({ text: 'Noted.' }))
  const deps = testDependencies({
    clock: tickingClock(),
    chat: {
      models: resolverOf({ local: model }),
      defaultModel: { provider: 'local', modelId: 'local' },
    },
  })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const member = await signedInUser(deps)
  await join(deps, team, member, 'member')
  const as = (caller: typeof owner) => async (method: string, path: string, body?: unknown) => {
    const response = await app.request(`/v1/conversations${path}`, {
      method,
      headers: inWorkspace(caller.headers, team.id),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await bodyOf(response.clone()),
      response,
    }
  }
  return { deps, app, model, owner, member, team, call: as(owner), callAsMember: as(member) }
}

describe('/v1/conversations', () => {
  it('creates, lists, renames, archives and deletes, saying what it deleted', async () => {
    const { call, callAsMember, deps, team } = await setup()
    const profile = await profileIn(deps, team.id)
    const made = await call('POST', '', { title: ' Trip ✈️ ', profileId: profile.id })
    expect(made.status).toBe(201)
    expect(made.body).toMatchObject({
      title: 'Trip ✈️',
      profileId: profile.id,
      archived: false,
      messageCount: 0,
      activeLeafId: null,
    })
    expect(made.body.memory).toBeUndefined()
    const plain = await call('POST', '', {})
    expect(plain.body.title).toBe('New conversation')
    await callAsMember('POST', '', { title: "The member's" })

    const listed = await call('GET', '')
    expect(listed.body.items.map((c: { title: string }) => c.title)).toEqual([
      'New conversation',
      'Trip ✈️',
    ])
    expect(listed.body.nextCursor).toBeNull()
    expect((await call('GET', '?q=TRIP')).body.items).toHaveLength(1)

    const renamed = await call('PATCH', `/${made.body.id}`, {
      title: 'Trip to Porto',
      archived: true,
      profileId: null,
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body).toMatchObject({ title: 'Trip to Porto', archived: true })
    expect(renamed.body.profileId).toBeUndefined()
    expect((await call('GET', '')).body.items).toHaveLength(1)
    expect(
      (await call('GET', '?archived=true')).body.items.map((c: { id: string }) => c.id),
    ).toEqual([made.body.id])

    const deleted = await call('DELETE', `/${made.body.id}`)
    expect(deleted.status).toBe(200)
    expect(deleted.body).toEqual({ deleted: { conversationId: made.body.id, messages: 0 } })
    expect((await call('GET', `/${made.body.id}`)).status).toBe(404)
  })

  it('shows a page of the active branch, newest page first, with a cursor further back', async () => {
    const { call, deps, owner, team } = await setup()
    const { conversation, question, answer } = await conversationOf(deps, owner, team.id)
    const next = await messageIn(deps, conversation, answer, 'And lunch?')
    const lunch = await messageIn(deps, conversation, next, 'Time Out Market.')
    await deps.conversations.update(team.id, conversation.id, { activeLeafId: lunch.id })
    const first = await call('GET', `/${conversation.id}?messages=3`)
    expect(first.status).toBe(200)
    expect(first.body.messages.map((m: { id: string }) => m.id)).toEqual([
      answer.id,
      next.id,
      lunch.id,
    ])
    const rest = await call(
      'GET',
      `/${conversation.id}?messages=3&messagesCursor=${first.body.nextMessagesCursor}`,
    )
    expect(rest.body.messages.map((m: { content: string }) => m.content)).toEqual([
      'Plan a day in Lisbon',
    ])
    expect(rest.body.nextMessagesCursor).toBeNull()
    expect(first.body.messages[0]).toMatchObject({
      role: 'assistant',
      parentId: question.id,
      status: 'complete',
    })
    const all = await call('GET', `/${conversation.id}/messages?order=desc&limit=2`)
    expect(all.body.items.map((m: { id: string }) => m.id)).toEqual([lunch.id, next.id])
    const older = await call(
      'GET',
      `/${conversation.id}/messages?order=desc&limit=2&cursor=${all.body.nextCursor}`,
    )
    expect(older.body.items.map((m: { id: string }) => m.id)).toEqual([answer.id, question.id])
    expect((await call('GET', `/${conversation.id}/messages/${next.id}`)).body.content).toBe(
      'And lunch?',
    )
  })

  it('lists branches, switches the shown one, and forks into a new conversation', async () => {
    const { call, deps, owner, team } = await setup()
    const { conversation, question, answer } = await conversationOf(deps, owner, team.id)
    const regenerated = await messageIn(deps, conversation, question, 'Start in Belém.')
    const branches = await call('GET', `/${conversation.id}/messages/${answer.id}/branches`)
    expect(branches.status).toBe(200)
    expect(branches.body.parentId).toBe(question.id)
    expect(
      branches.body.items.map((m: { id: string; active: boolean }) => [m.id, m.active]),
    ).toEqual([
      [answer.id, true],
      [regenerated.id, false],
    ])
    expect(branches.body.nextCursor).toBeNull()
    const switched = await call('POST', `/${conversation.id}/active-branch`, {
      messageId: regenerated.id,
    })
    expect(switched.status).toBe(200)
    expect(switched.body.activeLeafId).toBe(regenerated.id)
    expect(switched.body.messages.map((m: { content: string }) => m.content)).toEqual([
      'Plan a day in Lisbon',
      'Start in Belém.',
    ])

    const fork = await call('POST', `/${conversation.id}/fork`, { messageId: answer.id })
    expect(fork.status).toBe(201)
    expect(fork.body).toMatchObject({
      title: 'Lisbon (fork)',
      messageCount: 2,
      forkedFrom: { conversationId: conversation.id, messageId: answer.id },
    })
    const forked = await call('GET', `/${fork.body.id}`)
    expect(forked.body.messages.map((m: { content: string }) => m.content)).toEqual([
      'Plan a day in Lisbon',
      'Start in Alfama.',
    ])
    expect((await call('GET', '')).body.items).toHaveLength(2)
  })

  it('takes feedback on answers only, and hides all of it from another member', async () => {
    const { call, callAsMember, deps, owner, team } = await setup()
    const { conversation, question, answer } = await conversationOf(deps, owner, team.id)
    const rated = await call('PUT', `/${conversation.id}/messages/${answer.id}/feedback`, {
      rating: 'down',
      comment: 'Too short.',
    })
    expect(rated.status).toBe(200)
    expect(rated.body.feedback).toMatchObject({
      rating: 'down',
      comment: 'Too short.',
      userId: owner.user.id,
    })
    const refused = await call('PUT', `/${conversation.id}/messages/${question.id}/feedback`, {
      rating: 'up',
    })
    expect(refused.status).toBe(422)
    expect(refused.type).toBe('application/problem+json')
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'messageId' })])

    for (const [method, path, body] of [
      ['GET', `/${conversation.id}`],
      ['GET', `/${conversation.id}/messages/${answer.id}`],
      ['PUT', `/${conversation.id}/messages/${answer.id}/feedback`, { rating: 'up' }],
      ['DELETE', `/${conversation.id}`],
    ] as const) {
      const seen = await callAsMember(method, path, body)
      expect(seen.status, `${method} ${path}`).toBe(404)
      expect(seen.body.detail).toBe('No such conversation.')
    }
    expect((await callAsMember('GET', '')).body.items).toEqual([])
    expect(
      (await call('GET', `/${conversation.id}/messages/${answer.id}`)).body.feedback.rating,
    ).toBe('down')
  })

  it('answers with its prompt template rendered as the system prompt, over the profile’s', async () => {
    const { call, deps, model, team } = await setup()
    await deps.prompts.create({
      id: 'prm_tone',
      workspaceId: team.id,
      name: 'Tone',
      template: 'Answer in a {{tone}} tone.',
      variables: [{ name: 'tone', type: 'string', required: true }],
      tags: [],
      createdBy: 'usr_x',
    })
    await profileIn(deps, team.id, {
      provider: 'local',
      modelId: 'local',
      systemPrompt: 'Profile speaking.',
    })
    const made = await call('POST', '', {
      systemPromptId: 'prm_tone',
      systemPromptVariables: { tone: 'dry' },
    })
    expect(made.status).toBe(201)
    expect(made.body).toMatchObject({
      systemPromptId: 'prm_tone',
      systemPromptVariables: { tone: 'dry' },
    })
    expect((await call('GET', `/${made.body.id}`)).body.systemPromptVariables).toEqual({
      tone: 'dry',
    })
    const asked = await call('POST', `/${made.body.id}/messages`, { content: 'Hello' })
    expect(asked.status, JSON.stringify(asked.body)).toBe(201)
    expect(model.requests.at(-1)?.system).toBe('Answer in a dry tone.')

    const changed = await call('PATCH', `/${made.body.id}`, {
      systemPromptVariables: { tone: 'warm' },
    })
    expect(changed.body.systemPromptVariables).toEqual({ tone: 'warm' })
    await call('POST', `/${made.body.id}/messages`, { content: 'Again' })
    expect(model.requests.at(-1)?.system).toBe('Answer in a warm tone.')

    const cleared = await call('PATCH', `/${made.body.id}`, { systemPromptId: null })
    expect(cleared.status).toBe(200)
    expect(cleared.body).not.toHaveProperty('systemPromptId')
    expect(cleared.body).not.toHaveProperty('systemPromptVariables')
    await call('POST', `/${made.body.id}/messages`, { content: 'Plain now' })
    expect(model.requests.at(-1)?.system).toBe('Profile speaking.')
  })

  it('refuses a template that is not the workspace’s or does not render, naming the field', async () => {
    const { call, deps, team } = await setup()
    await deps.prompts.create({
      id: 'prm_tone',
      workspaceId: team.id,
      name: 'Tone',
      template: 'Answer in a {{tone}} tone.',
      variables: [{ name: 'tone', type: 'string', required: true }],
      tags: [],
      createdBy: 'usr_x',
    })
    const refused = async (method: string, path: string, body: unknown) => {
      const answer = await call(method, path, body)
      expect(answer.status, JSON.stringify(answer.body)).toBe(422)
      expect(answer.type).toMatch(/^application\/problem\+json/)
      return answer.body.errors.map((e: { path: string }) => e.path)
    }
    expect(await refused('POST', '', { systemPromptId: 'prm_nope' })).toEqual(['systemPromptId'])
    expect(await refused('POST', '', { systemPromptId: 'prm_tone' })).toEqual([
      'systemPromptVariables.tone',
    ])
    expect(await refused('POST', '', { systemPromptVariables: { tone: 'dry' } })).toEqual([
      'systemPromptVariables',
    ])
    expect((await call('GET', '')).body.items).toEqual([])
    const plain = await call('POST', '', {})
    expect(
      await refused('PATCH', `/${plain.body.id}`, {
        systemPromptId: 'prm_tone',
        systemPromptVariables: { tone: 'dry', extra: 1 },
      }),
    ).toEqual(['systemPromptVariables.extra'])
    expect((await call('GET', `/${plain.body.id}`)).body).not.toHaveProperty('systemPromptId')
  })

  it('documents every conversation route in the OpenAPI document', async () => {
    const { app } = await setup()
    const document = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>
    }
    const paths = document.paths
    expect(Object.keys(paths['/v1/conversations'] ?? {}).sort()).toEqual(['get', 'post'])
    expect(Object.keys(paths['/v1/conversations/{id}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ])
    for (const path of [
      '/v1/conversations/{id}/messages/{messageId}',
      '/v1/conversations/{id}/messages/{messageId}/branches',
      '/v1/conversations/{id}/messages/{messageId}/feedback',
      '/v1/conversations/{id}/active-branch',
      '/v1/conversations/{id}/fork',
    ])
      expect(paths[path], path).toBeDefined()
  })
})
