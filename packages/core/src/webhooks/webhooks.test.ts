import { describe, expect, it } from 'vitest'
import { platformEvent } from '../events/publish'
import { FakeWebhookTransport, InMemoryCipher, InMemoryQueue } from '../testing'
import { team } from '../workspaces/team-fixture'
import { deliverWebhook, webhookBackoffSeconds } from './deliver-webhook'
import { type WebhookDeliveryMessage, webhookDispatcher } from './queue-deliveries'
import { pingWebhook, redeliverWebhook } from './read-webhooks'
import { signWebhook, verifyWebhookSignature } from './signature'
import { defaultWebhookDeliverySettings, defaultWebhookSettings } from './webhook-services'
import { createWebhook, rotateWebhookSecret, updateWebhook } from './write-webhooks'

async function world(settings = defaultWebhookSettings) {
  const t = await team()
  const queue = new InMemoryQueue()
  const cipher = new InMemoryCipher()
  const ports = {
    ...t,
    webhooks: { endpoints: t.webhookEndpoints, deliveries: t.webhookDeliveries, queue, settings },
    tools: { cipher },
  }
  return { ...t, ports, queue, cipher, ownerActs: await t.as(t.owner) }
}

const messages = (queue: InMemoryQueue) => queue.sent as WebhookDeliveryMessage[]

describe('verifyWebhookSignature', () => {
  const secret = 'whsec_test-secret-value'
  const body = '{"id":"evt_1","type":"webhook.ping"}'
  const now = new Date('2026-03-01T12:00:00Z')
  const timestamp = String(now.getTime() / 1000)
  const signature = signWebhook(secret, timestamp, body)

  it('accepts the signature of the body at its timestamp', () => {
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/)
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now })).toBe(true)
    // Among several signatures (a receiver rotating secrets), one match is enough.
    const several = `v1=${'0'.repeat(64)} ${signature}`
    expect(verifyWebhookSignature({ secret, body, timestamp, signature: several, now })).toBe(true)
  })

  it('refuses a tampered body, another secret, a moved timestamp or a bad header', () => {
    const check = (changes: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
      verifyWebhookSignature({ secret, body, timestamp, signature, now, ...changes })
    expect(check({ body: body.replace('ping', 'pong') })).toBe(false)
    expect(check({ secret: 'whsec_another-secret' })).toBe(false)
    expect(check({ timestamp: String(Number(timestamp) + 1) })).toBe(false)
    expect(check({ signature: signature.slice(0, -1) })).toBe(false)
    expect(check({ signature: '' })).toBe(false)
    expect(check({ timestamp: 'yesterday' })).toBe(false)
  })

  it('refuses a genuine request replayed outside the tolerance', () => {
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000)
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now: later(300) })).toBe(
      true,
    )
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now: later(301) })).toBe(
      false,
    )
    expect(verifyWebhookSignature({ secret, body, timestamp, signature, now: later(-301) })).toBe(
      false,
    )
    expect(
      verifyWebhookSignature({
        secret,
        body,
        timestamp,
        signature,
        now: later(3_600),
        toleranceSeconds: 7_200,
      }),
    ).toBe(true)
  })
})

describe('createWebhook', () => {
  it('generates a whsec_ secret, shows it once and stores it encrypted for the workspace', async () => {
    const w = await world()
    const { webhook, secret } = await createWebhook(w.ports, w.ownerActs, {
      url: 'https://hooks.example.com/chatter',
      events: ['document.ready', 'document.ready'],
    })
    expect(secret).toMatch(/^whsec_[\w-]{43}$/)
    expect(webhook).toMatchObject({
      enabled: true,
      events: ['document.ready'],
      workspaceId: 'ws_team',
    })
    expect(webhook.encryptedSecret).not.toContain(secret)
    await expect(
      w.cipher.decrypt(webhook.encryptedSecret, { workspaceId: 'ws_team' }),
    ).resolves.toBe(secret)
    const audit = await w.audit.query('ws_team', { action: 'webhook.created' }, { limit: 5 })
    expect(audit.items).toHaveLength(1)
  })

  it('refuses http, private addresses, unknown events and short secrets in AWS settings', async () => {
    const w = await world()
    const error = await createWebhook(w.ports, w.ownerActs, {
      url: 'http://127.0.0.1:8080/hook',
      events: ['nope', '*'],
      secret: 'short',
    }).catch((e: { code: string; details: { errors: { path: string }[] } }) => e)
    expect(error).toMatchObject({ code: 'request.invalid' })
    const paths = (error as { details: { errors: { path: string }[] } }).details.errors.map(
      (e) => e.path,
    )
    expect(paths).toEqual(['json.url', 'json.events.0', 'json.events', 'json.secret'])
    for (const url of ['https://169.254.169.254/latest', 'https://localhost/x', 'https://[::1]/'])
      await expect(
        createWebhook(w.ports, w.ownerActs, { url, events: ['*'] }),
      ).rejects.toMatchObject({ code: 'request.invalid' })
  })

  it('allows http on a private address where the settings allow (local)', async () => {
    const w = await world({ allowPrivateNetworks: true, requireHttps: false })
    const { webhook } = await createWebhook(w.ports, w.ownerActs, {
      url: 'http://127.0.0.1:8080/hook',
      events: ['*'],
      secret: 'a-secret-of-my-own',
    })
    expect(webhook.url).toBe('http://127.0.0.1:8080/hook')
  })

  it('needs manageKeys: members and viewers are refused', async () => {
    const w = await world()
    for (const user of [w.member, w.viewer])
      await expect(
        createWebhook(w.ports, await w.as(user), { url: 'https://a.example/h', events: ['*'] }),
      ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      createWebhook(w.ports, await w.as(w.admin), { url: 'https://a.example/h', events: ['*'] }),
    ).resolves.toBeDefined()
  })
})

describe('webhookDispatcher', () => {
  it('queues one delivery per enabled endpoint subscribed to the type, with deterministic ids', async () => {
    const w = await world()
    const make = (events: string[]) =>
      createWebhook(w.ports, w.ownerActs, { url: 'https://a.example/h', events })
    const ready = (await make(['document.ready'])).webhook
    const all = (await make(['*'])).webhook
    await make(['member.added'])
    const off = (await make(['document.ready'])).webhook
    await updateWebhook(w.ports, w.ownerActs, { webhookId: off.id, patch: { enabled: false } })
    const elsewhere = await createWebhook(w.ports, await w.as(w.outsider, 'ws_other'), {
      url: 'https://b.example/h',
      events: ['*'],
    })

    const event = platformEvent('document.ready', 'ws_team', {
      documentId: 'doc_1',
      filename: 'a.txt',
      tags: [],
      chunkCount: 3,
    })
    const dispatcher = webhookDispatcher(w.ports)
    await dispatcher.publish(event)
    await dispatcher.publish(event) // published twice: still one delivery per endpoint

    const sent = messages(w.queue)
    expect(sent.map((m) => m.endpointId).sort()).toEqual([ready.id, all.id].sort())
    expect(sent.map((m) => m.deliveryId)).toContain(`${event.id}:${ready.id}`)
    expect(sent.map((m) => m.endpointId)).not.toContain(elsewhere.webhook.id)
    expect(sent[0]?.payload).toEqual({
      id: event.id,
      type: 'document.ready',
      workspaceId: 'ws_team',
      occurredAt: event.occurredAt,
      data: event.data,
    })
    expect(w.webhookDeliveries.byKey.size).toBe(2)
  })
})

/** A receive of the delivery's message: SQS's count, and whether SQS will dead-letter next. */
const receive = (receiveCount: number, finalAttempt = false) => ({
  receiveCount,
  finalAttempt,
  maxTries: 6,
})

describe('deliverWebhook', () => {
  async function queued(answer: () => number | Error) {
    const w = await world()
    const { webhook, secret } = await createWebhook(w.ports, w.ownerActs, {
      url: 'https://a.example/h',
      events: ['*'],
    })
    await pingWebhook(w.ports, w.ownerActs, { webhookId: webhook.id })
    const [message] = messages(w.queue)
    if (!message) throw new Error('nothing queued')
    const transport = new FakeWebhookTransport(answer)
    const sender = {
      endpoints: w.webhookEndpoints,
      deliveries: w.webhookDeliveries,
      cipher: w.cipher,
      transport,
      settings: defaultWebhookDeliverySettings,
    }
    const delivery = () =>
      w.webhookDeliveries.get('ws_team', webhook.id, message.deliveryId).then((d) => d?.status)
    return { ...w, webhook, secret, message, transport, sender, delivery }
  }

  it('POSTs the payload signed with the secret and marks the delivery delivered', async () => {
    const q = await queued(() => 204)
    const result = await deliverWebhook(q.sender, q.message, receive(1))
    expect(result).toEqual({ outcome: 'delivered' })
    const [request] = q.transport.requests
    expect(request?.headers).toMatchObject({
      'Content-Type': 'application/json',
      'User-Agent': 'Chatter-Webhooks/1',
      'Webhook-Id': q.message.deliveryId,
    })
    expect(JSON.parse(request?.body ?? '')).toMatchObject({ type: 'webhook.ping' })
    expect(
      verifyWebhookSignature({
        secret: q.secret,
        body: request?.body ?? '',
        timestamp: request?.headers['Webhook-Timestamp'] ?? '',
        signature: request?.headers['Webhook-Signature'] ?? '',
      }),
    ).toBe(true)
    expect(await q.delivery()).toBe('delivered')
    expect(q.webhookDeliveries.attemptLog[0]).toMatchObject({ attempt: 1, statusCode: 204 })
    // SQS delivers a message at least once: a second receive of a delivered one sends nothing.
    expect(await deliverWebhook(q.sender, q.message, receive(2))).toEqual({ outcome: 'skipped' })
    expect(q.transport.requests).toHaveLength(1)
  })

  it('retries a non-2xx or network error with exponential backoff, fails the last attempt', async () => {
    const q = await queued(() => 500)
    const first = await deliverWebhook(q.sender, q.message, receive(1))
    expect(first).toMatchObject({ outcome: 'retrying', retryAfterSeconds: 20 })
    expect(await q.delivery()).toBe('retrying')
    q.transport.answerWith(() => new TypeError('fetch failed'))
    // The queue's receive count may run ahead of the tries (a receive counted twice): the tries
    // are counted on the delivery, so the backoff and the final marking follow them.
    const second = await deliverWebhook(q.sender, q.message, receive(3))
    expect(second).toMatchObject({ outcome: 'retrying', retryAfterSeconds: 40 })
    for (const count of [5, 7, 9]) await deliverWebhook(q.sender, q.message, receive(count))
    expect(await q.delivery()).toBe('retrying')
    const last = await deliverWebhook(q.sender, q.message, receive(11))
    expect(last).toMatchObject({ outcome: 'failed' })
    expect(await q.delivery()).toBe('failed')
    const log = await q.webhookDeliveries.attempts('ws_team', q.webhook.id, { limit: 10 })
    expect(log.items.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [6, 'failed', undefined],
      [5, 'retrying', undefined],
      [4, 'retrying', undefined],
      [3, 'retrying', undefined],
      [2, 'retrying', undefined],
      [1, 'retrying', 500],
    ])
    expect(log.items[0]?.error).toContain('fetch failed')
    expect(q.transport.requests).toHaveLength(6)

    // Received again after the final try (SQS has not dead-lettered it yet): nothing is sent,
    // and it fails again so that it does.
    const after = await deliverWebhook(q.sender, q.message, receive(12))
    expect(after).toMatchObject({ outcome: 'failed' })
    expect(q.transport.requests).toHaveLength(6)
    expect(
      (await q.webhookDeliveries.get('ws_team', q.webhook.id, q.message.deliveryId))?.attempts,
    ).toBe(6)
  })

  it("fails on SQS's last receive even before the sixth try", async () => {
    const q = await queued(() => 503)
    await deliverWebhook(q.sender, q.message, receive(1))
    const last = await deliverWebhook(q.sender, q.message, receive(6, true))
    expect(last).toMatchObject({ outcome: 'failed' })
    expect(await q.delivery()).toBe('failed')
  })

  it('caps the backoff at 15 minutes', () => {
    const settings = defaultWebhookDeliverySettings
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => webhookBackoffSeconds(n, settings))).toEqual([
      20, 40, 80, 160, 320, 640, 900,
    ])
  })

  it('skips a disabled or deleted endpoint without sending', async () => {
    const q = await queued(() => 200)
    await updateWebhook(q.ports, q.ownerActs, {
      webhookId: q.webhook.id,
      patch: { enabled: false },
    })
    const result = await deliverWebhook(q.sender, q.message, receive(1))
    expect(result).toEqual({ outcome: 'skipped' })
    expect(q.transport.requests).toHaveLength(0)
  })

  it('signs with the rotated secret, and a redelivery sends the same id and body', async () => {
    const q = await queued(() => 200)
    const { secret } = await rotateWebhookSecret(q.ports, q.ownerActs, { webhookId: q.webhook.id })
    expect(secret).not.toBe(q.secret)
    await deliverWebhook(q.sender, q.message, receive(1))
    await redeliverWebhook(q.ports, q.ownerActs, {
      webhookId: q.webhook.id,
      deliveryId: q.message.deliveryId,
    })
    expect(await q.delivery()).toBe('pending')
    const again = messages(q.queue)[1]
    expect(again).toEqual(q.message)
    const [request] = q.transport.requests
    const verify = (s: string) =>
      verifyWebhookSignature({
        secret: s,
        body: request?.body ?? '',
        timestamp: request?.headers['Webhook-Timestamp'] ?? '',
        signature: request?.headers['Webhook-Signature'] ?? '',
      })
    expect([verify(secret), verify(q.secret)]).toEqual([true, false])
    // The redelivery is sent although the delivery was delivered, its tries counted anew.
    await deliverWebhook(q.sender, again ?? q.message, receive(1))
    expect(q.transport.requests).toHaveLength(2)
    expect(q.webhookDeliveries.attemptLog.map((a) => a.attempt)).toEqual([1, 1])
  })
})
