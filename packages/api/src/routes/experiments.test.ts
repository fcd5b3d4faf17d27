import {
  experimentMetrics,
  type PlatformEventOf,
  type RecordingEvents,
  variantFor,
} from '@chatter/core'
import { resolverOf, ScriptedChatModel } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  bodyOf,
  inWorkspace,
  join,
  sharedWorkspace,
  signedInUser,
  snapshotStores,
  type TestUser,
} from '../test-callers'
import { testDependencies } from '../test-support'

const twoModels = {
  name: 'Fast model',
  metric: 'feedback',
  variants: [
    { key: 'control', weight: 1 },
    { key: 'fast', weight: 1, overrides: { modelId: 'fast-model', temperature: 0.1 } },
  ],
}

async function setup() {
  const model = new ScriptedChatModel('local', () => ({ text: 'Here you are.' }))
  const deps = testDependencies({
    chat: {
      models: resolverOf({ local: model }),
      defaultModel: { provider: 'local', modelId: 'local' },
    },
  })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const viewer = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, viewer, 'viewer')
  const as =
    (user: TestUser, workspaceId = team.id) =>
    async (method: string, path: string, body?: unknown) => {
      const response = await app.request(`/v1${path}`, {
        method,
        headers: { ...inWorkspace(user.headers, workspaceId), 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: response.status, body: await bodyOf(response).catch(() => null) }
    }
  return { deps, app, model, owner, viewer, team, as, call: as(owner) }
}

describe('/v1/experiments', () => {
  it('creates, lists, edits a draft and moves it through its lifecycle', async () => {
    const { call, team } = await setup()
    const created = await call('POST', '/experiments', twoModels)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({
      workspaceId: team.id,
      status: 'draft',
      version: 1,
      target: {},
      metric: 'feedback',
      variants: [
        { key: 'control', weight: 1, overrides: {} },
        { key: 'fast', weight: 1, overrides: { modelId: 'fast-model', temperature: 0.1 } },
      ],
    })
    const id = created.body.id
    expect((await call('GET', '/experiments')).body.items.map((e: { id: string }) => e.id)).toEqual(
      [id],
    )
    const edited = await call('PATCH', `/experiments/${id}`, {
      metric: 'latency',
      expectedVersion: 1,
    })
    expect(edited.body).toMatchObject({ metric: 'latency', version: 2 })
    expect((await call('POST', `/experiments/${id}/pause`)).status).toBe(409)
    const started = await call('POST', `/experiments/${id}/start`)
    expect(started.body).toMatchObject({ status: 'running', version: 3 })
    expect(started.body.startedAt).toEqual(expect.any(String))
    const refused = await call('PATCH', `/experiments/${id}`, { name: 'Too late' })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('resource.conflict')
    const second = await call('POST', '/experiments', { ...twoModels, name: 'Rival' })
    expect((await call('POST', `/experiments/${second.body.id}/start`)).status).toBe(409)
    expect((await call('DELETE', `/experiments/${id}`)).status).toBe(409)
    expect((await call('POST', `/experiments/${id}/pause`)).body.status).toBe('paused')
    expect((await call('POST', `/experiments/${id}/resume`)).body.status).toBe('running')
    const done = await call('POST', `/experiments/${id}/complete`)
    expect(done.body).toMatchObject({ status: 'completed', endedAt: expect.any(String) })
    expect((await call('POST', `/experiments/${id}/start`)).status).toBe(409)
    expect(await call('DELETE', `/experiments/${id}`)).toEqual({
      status: 200,
      body: { deleted: { experimentId: id } },
    })
    expect((await call('GET', `/experiments/${id}`)).status).toBe(404)
  })

  it('answers 422 with every problem at its path', async () => {
    const { call } = await setup()
    const refused = await call('POST', '/experiments', {
      name: 'Bad',
      metric: 'feedback',
      target: { profileId: 'prf_missing' },
      variants: [
        { key: 'same', weight: 1 },
        { key: 'same', weight: -2, overrides: { temperature: 5 } },
      ],
    })
    expect(refused.status).toBe(422)
    expect(refused.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'json.target.profileId',
      'json.variants.1.key',
      'json.variants.1.overrides.temperature',
      'json.variants.1.weight',
    ])
    const shape = await call('POST', '/experiments', { name: 'x', variants: 'no' })
    expect(shape.status).toBe(422)
    expect(shape.body.errors.map((e: { path: string }) => e.path)).toContain('json.variants')
  })

  it('gives each caller a sticky variant, takes events and computes results', async () => {
    const { call, as, viewer } = await setup()
    const id = (await call('POST', '/experiments', { ...twoModels, metric: 'signup' })).body.id
    await call('POST', `/experiments/${id}/start`)
    const first = await as(viewer)('GET', `/experiments/${id}/assignment`)
    expect(first.status).toBe(200)
    expect(first.body).toEqual({
      experimentId: id,
      variant: variantFor(
        { id, variants: twoModels.variants.map((v) => ({ ...v, overrides: {} })) },
        viewer.user.id,
      ),
      control: first.body.variant === 'control',
    })
    expect((await as(viewer)('GET', `/experiments/${id}/assignment`)).body).toEqual(first.body)
    // A viewer may look, not count events.
    expect((await as(viewer)('POST', `/experiments/${id}/events`, { name: 'signup' })).status).toBe(
      403,
    )
    const counted = await call('POST', `/experiments/${id}/events`, { name: 'signup', value: 20 })
    expect(counted.status).toBe(200)
    expect(counted.body).toMatchObject({ experimentId: id, name: 'signup', value: 20 })
    expect((await call('POST', `/experiments/${id}/events`, { name: 'bad name!' })).status).toBe(
      422,
    )
    const results = await as(viewer)('GET', `/experiments/${id}/results`)
    expect(results.status).toBe(200)
    expect(results.body.metric).toBe('signup')
    const mine = results.body.variants.find((v: { key: string }) => v.key === counted.body.variant)
    expect(mine.events.signup).toMatchObject({ count: 1, value: { n: 1, mean: 20 } })
    expect(
      results.body.variants.reduce((sum: number, v: { users: number }) => sum + v.users, 0),
    ).toBe(2)
  })

  it('answers two users in different variants with different models', async () => {
    const { deps, as, call, model, team } = await setup()
    const id = (await call('POST', '/experiments', twoModels)).body.id
    await call('POST', `/experiments/${id}/start`)
    const variants = twoModels.variants.map((v) => ({ ...v, overrides: {} }))
    // Members until one lands in each variant (the split is deterministic per user id).
    const byVariant = new Map<string, TestUser>()
    while (byVariant.size < 2) {
      const user = await signedInUser(deps)
      await join(deps, team, user, 'member')
      const variant = variantFor({ id, variants }, user.user.id)
      if (!byVariant.has(variant)) byVariant.set(variant, user)
    }
    const ask = async (user: TestUser) => {
      const conversation = await as(user)('POST', '/conversations', {})
      const answered = await as(user)('POST', `/conversations/${conversation.body.id}/messages`, {
        content: 'Hello?',
      })
      expect(answered.status, JSON.stringify(answered.body)).toBe(201)
      return answered.body.assistantMessage
    }
    const control = await ask(byVariant.get('control') as TestUser)
    const fast = await ask(byVariant.get('fast') as TestUser)
    expect(model.requests.map((r) => r.modelId)).toEqual(['local', 'fast-model'])
    expect(model.requests[1]?.temperature).toBe(0.1)
    expect(control).toMatchObject({
      model: { modelId: 'local' },
      experiment: { id, variant: 'control' },
    })
    expect(fast).toMatchObject({
      model: { modelId: 'fast-model' },
      experiment: { id, variant: 'fast' },
    })
    // The answers' events feed the metrics (the experiment as the message records it).
    const metrics = experimentMetrics(deps)
    const answers = [control, fast]
    for (const event of (deps.events as RecordingEvents).of('message.created')) {
      const message = answers.find((m) => m.id === event.data.messageId)
      const data: PlatformEventOf<'message.created'>['data'] = {
        ...event.data,
        experiment: message.experiment,
      }
      await metrics.publish({ ...event, data })
    }
    const results = await call('GET', `/experiments/${id}/results`)
    expect(results.body.variants.map((v: { key: string; n: number }) => [v.key, v.n])).toEqual([
      ['control', 1],
      ['fast', 1],
    ])
  })

  it('changes nothing when refused, and hides another workspace’s experiments', async () => {
    const { deps, call, as, viewer } = await setup()
    const id = (await call('POST', '/experiments', twoModels)).body.id
    const before = snapshotStores(deps)
    for (const [method, path] of [
      ['POST', '/experiments'],
      ['PATCH', `/experiments/${id}`],
      ['DELETE', `/experiments/${id}`],
      ['POST', `/experiments/${id}/start`],
    ] as const)
      expect((await as(viewer)(method, path, { ...twoModels, name: 'Viewer' })).status).toBe(403)
    expect(snapshotStores(deps)).toBe(before)
    const stranger = await signedInUser(deps)
    const theirs = as(stranger, stranger.personalWorkspaceId)
    expect((await theirs('GET', `/experiments/${id}`)).status).toBe(404)
    expect((await theirs('GET', `/experiments/${id}/results`)).status).toBe(404)
    expect((await theirs('POST', `/experiments/${id}/start`)).status).toBe(404)
  })
})
