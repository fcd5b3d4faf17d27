import type { FakeStateMachineRunner } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { apiKeyOf, bodyOf, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

const password = 'correct horse battery staple'

async function setup() {
  const deps = testDependencies()
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const member = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, member, 'member')
  for (const user of [owner, member])
    await deps.users.update(user.user.id, { passwordHash: await deps.passwords.hash(password) })
  const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    app.request(path, {
      method,
      headers: { ...headers, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  return { deps, app, owner, member, team, send }
}

describe('/v1/workspaces/{id}/retention', () => {
  it('sets, shows and runs the policy for the owner', async () => {
    const { deps, owner, team, send } = await setup()
    const path = `/v1/workspaces/${team.id}/retention`
    const before = await send('GET', path, owner.headers)
    expect(await bodyOf(before)).toMatchObject({ conversationsDays: null, documentsDays: null })

    const put = await send('PUT', path, owner.headers, { conversationsDays: 30, documentsDays: 7 })
    expect(put.status).toBe(200)
    expect(await bodyOf(put)).toMatchObject({
      conversationsDays: 30,
      documentsDays: 7,
      auditDays: null,
    })

    await deps.conversations.create({
      id: 'cnv_old',
      workspaceId: team.id,
      userId: owner.user.id,
      title: 'old',
      archived: false,
      messageCount: 0,
      lastActivityAt: '2020-01-01T00:00:00.000Z',
    })
    const run = await send('POST', `${path}/run`, owner.headers)
    expect(run.status).toBe(202)
    expect(await bodyOf(run)).toMatchObject({ conversations: 1, documents: 0, complete: true })
    expect(await deps.conversations.get(team.id, 'cnv_old')).toBeUndefined()
  })

  it('answers 422 naming the field for a period out of range', async () => {
    const { owner, team, send } = await setup()
    const response = await send('PUT', `/v1/workspaces/${team.id}/retention`, owner.headers, {
      auditDays: 0,
    })
    expect(response.status).toBe(422)
    expect((await bodyOf(response)).errors[0].path).toBe('json.auditDays')
  })
})

describe('DELETE /v1/me', () => {
  it('starts the deletion job for a member with the right password', async () => {
    const { deps, member, send } = await setup()
    const response = await send('DELETE', '/v1/me', member.headers, { password })
    expect(response.status).toBe(202)
    const { job } = await bodyOf(response)
    const runner = deps.accountDeletion.runner as FakeStateMachineRunner
    expect((await runner.describe(job.executionArn))?.input).toMatchObject({
      userId: member.user.id,
    })
  })

  it('refuses a wrong password (403) and names the shared workspace its owner must hand over (409)', async () => {
    const { owner, member, send } = await setup()
    const wrong = await send('DELETE', '/v1/me', member.headers, { password: 'not it at all' })
    expect(wrong.status).toBe(403)
    const owned = await send('DELETE', '/v1/me', owner.headers, { password })
    expect(owned.status).toBe(409)
    expect((await bodyOf(owned)).detail).toContain('"Team"')
  })

  it('is for people: an API key gets 403', async () => {
    const { deps, member, team, send } = await setup()
    const key = await apiKeyOf(deps, member, team.id, ['write'])
    const response = await send('DELETE', '/v1/me', key.headers, { password })
    expect(response.status).toBe(403)
  })
})
