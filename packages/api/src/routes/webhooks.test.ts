import type { WebhookDeliveryMessage } from '@chatter/core'
import type { InMemoryQueue } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  inWorkspace,
  join,
  sharedWorkspace,
  signedInUser,
  snapshotStores,
  type TestUser,
} from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  const deps = testDependencies()
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const admin = await signedInUser(deps)
  const outsider = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, admin, 'admin')
  const other = await sharedWorkspace(deps, outsider, 'Elsewhere')
  const as =
    (user: TestUser, workspaceId = team.id) =>
    async (method: string, path: string, body?: unknown) => {
      const response = await app.request(`/v1/webhooks${path}`, {
        method,
        headers: {
          ...inWorkspace(user.headers, workspaceId),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : null }
    }
  const queued = () => (deps.webhooks.queue as InMemoryQueue).sent as WebhookDeliveryMessage[]
  return { deps, team, other, call: as(owner), asAdmin: as(admin), as, outsider, queued }
}

const hook = { url: 'https://hooks.example.com/chatter', events: ['document.ready'] }

describe('/v1/webhooks', () => {
  it('shows the secret once, at creation; lists and gets never show it', async () => {
    const t = await setup()
    const created = await t.call('POST', '', { ...hook, description: 'CI' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ ...hook, description: 'CI', enabled: true })
    expect(created.body.secret).toMatch(/^whsec_/)
    const id = created.body.id as string

    const listed = await t.call('GET', '')
    expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([id])
    const got = await t.call('GET', `/${id}`)
    expect(got.status).toBe(200)
    for (const shown of [listed.body.items[0], got.body]) {
      expect(shown).not.toHaveProperty('secret')
      expect(JSON.stringify(shown)).not.toContain(created.body.secret)
    }
    // Stored sealed, not as given.
    expect(JSON.stringify(snapshotStores(t.deps, t.team.id))).not.toContain(created.body.secret)
  })

  it('updates, rotates the secret, and deletes answering what went', async () => {
    const t = await setup()
    const { body: created } = await t.call('POST', '', hook)
    const changed = await t.asAdmin('PATCH', `/${created.id}`, {
      events: ['*'],
      enabled: false,
      description: 'Paused',
    })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ events: ['*'], enabled: false, description: 'Paused' })
    const cleared = await t.call('PATCH', `/${created.id}`, { description: null })
    expect(cleared.body).not.toHaveProperty('description')

    const rotated = await t.call('POST', `/${created.id}/rotate-secret`)
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_/)
    expect(rotated.body.secret).not.toBe(created.secret)

    const deleted = await t.call('DELETE', `/${created.id}`)
    expect(deleted.status).toBe(200)
    expect(deleted.body).toEqual({ webhook: expect.objectContaining({ id: created.id }) })
    expect(deleted.body.webhook).not.toHaveProperty('secret')
    expect((await t.call('GET', `/${created.id}`)).status).toBe(404)
    expect((await t.call('GET', '')).body.items).toEqual([])
  })

  it('pings: queues a delivery to watch; redelivers it with the same id and body', async () => {
    const t = await setup()
    const { body: created } = await t.call('POST', '', hook)
    const ping = await t.call('POST', `/${created.id}/ping`)
    expect(ping.status).toBe(202)
    expect(ping.body).toMatchObject({
      webhookId: created.id,
      eventType: 'webhook.ping',
      status: 'pending',
      attempts: 0,
      payload: { type: 'webhook.ping', data: { webhookId: created.id, url: hook.url } },
    })
    const [message] = t.queued()
    expect(message).toMatchObject({ deliveryId: ping.body.id, endpointId: created.id })

    const delivery = await t.call('GET', `/${created.id}/deliveries/${ping.body.id}`)
    expect(delivery.status).toBe(200)
    expect(delivery.body).toMatchObject({ id: ping.body.id, status: 'pending' })

    // The attempt log: what the delivery function recorded.
    await t.deps.webhooks.deliveries.recordAttempt({
      workspaceId: t.team.id,
      endpointId: created.id,
      deliveryId: ping.body.id,
      eventType: 'webhook.ping',
      attempt: 1,
      outcome: 'retrying',
      statusCode: 500,
      durationMs: 12,
      error: 'The endpoint answered 500.',
      at: new Date().toISOString(),
    })
    const log = await t.call('GET', `/${created.id}/deliveries?limit=5`)
    expect(log.status).toBe(200)
    expect(log.body.items).toEqual([
      expect.objectContaining({ deliveryId: ping.body.id, attempt: 1, statusCode: 500 }),
    ])

    const again = await t.call('POST', `/${created.id}/deliveries/${ping.body.id}/redeliver`)
    expect(again.status).toBe(202)
    expect(again.body).toMatchObject({ id: ping.body.id, status: 'pending', attempts: 1 })
    expect(t.queued()).toHaveLength(2)
    expect(t.queued()[1]).toEqual(message)
  })

  it('refuses http and private addresses with 422 naming json.url', async () => {
    const t = await setup()
    for (const url of [
      'http://hooks.example.com/h',
      'https://127.0.0.1/h',
      'https://169.254.169.254/latest',
      'https://10.0.0.8/h',
    ]) {
      const refused = await t.call('POST', '', { ...hook, url })
      expect(refused.status, url).toBe(422)
      expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['json.url'])
    }
    const { body: created } = await t.call('POST', '', hook)
    const patched = await t.call('PATCH', `/${created.id}`, { url: 'http://localhost:8080/h' })
    expect(patched.status).toBe(422)
    expect(patched.body.errors[0].path).toBe('json.url')
    expect((await t.call('GET', '')).body.items).toHaveLength(1)
  })

  it("answers 404 for another workspace's endpoint and its deliveries, changing nothing", async () => {
    const t = await setup()
    const { body: theirs } = await t.as(t.outsider, t.other.id)('POST', '', hook)
    const ping = await t.as(t.outsider, t.other.id)('POST', `/${theirs.id}/ping`)
    const before = snapshotStores(t.deps)
    for (const [method, path] of [
      ['GET', `/${theirs.id}`],
      ['PATCH', `/${theirs.id}`],
      ['DELETE', `/${theirs.id}`],
      ['POST', `/${theirs.id}/rotate-secret`],
      ['POST', `/${theirs.id}/ping`],
      ['GET', `/${theirs.id}/deliveries`],
      ['GET', `/${theirs.id}/deliveries/${ping.body.id}`],
      ['POST', `/${theirs.id}/deliveries/${ping.body.id}/redeliver`],
    ] as const) {
      const answer = await t.call(method, path, method === 'PATCH' ? { enabled: false } : undefined)
      expect(answer.status, `${method} ${path}`).toBe(404)
    }
    expect(snapshotStores(t.deps)).toBe(before)
  })
})
