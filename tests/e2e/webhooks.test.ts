// Webhooks end to end on the local stack: a real event (key.created) and a ping reach a local
// HTTP receiver, signed so that `verifyWebhookSignature` accepts them; a receiver answering 500
// is retried with backoff through the webhook queue until the message dead-letters and the
// delivery is marked failed; a redelivery then sends the same id and body again.
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs'
import { verifyWebhookSignature } from '@chatter/core'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let token: string
let receiver: Server
let receiverUrl: string

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
type Body = Record<string, any>

interface Received {
  path: string
  headers: Record<string, string>
  body: string
  at: number
}
const received: Received[] = []
/** What the receiver answers, by path (200 unless set). */
const answers = new Map<string, number>()

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body }
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 20_000,
) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(100)
  }
}

const requestsTo = (path: string) => received.filter((r) => r.path === path)

const verified = (request: Received, secret: string) =>
  verifyWebhookSignature({
    secret,
    body: request.body,
    timestamp: request.headers['webhook-timestamp'] ?? '',
    signature: request.headers['webhook-signature'] ?? '',
  })

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      received.push({
        path,
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      })
      response.writeHead(answers.get(path) ?? 200).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

  dataDir = await mkdtemp(join(tmpdir(), 'chatter-webhooks-'))
  // Backoff in fractions of a second (rounded up to SQS's whole seconds): six tries in seconds.
  stack = await startTestStack(dataDir, { webhooks: { backoffBaseSeconds: 0.05 } })
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'hooks@example.com', password: 'a long enough password' }),
  })
  token = ((await registered.json()) as Body).accessToken
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await new Promise((resolve) => receiver?.close(resolve))
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('webhooks on the local stack', () => {
  it('delivers a real event, signed with the endpoint secret, and logs the attempt', async () => {
    const secret = 'whsec_e2e-secret-of-the-receiver'
    const created = await call('POST', '/v1/webhooks', {
      url: `${receiverUrl}/ok`,
      events: ['key.created'],
      secret,
    })
    expect(created.status).toBe(201)
    expect(created.body.secret).toBe(secret)
    const webhookId = created.body.id as string

    const key = await call('POST', '/v1/api-keys', { name: 'CI', scopes: ['read'] })
    expect(key.status).toBe(201)

    const request = await until('the key.created delivery', () => requestsTo('/ok')[0])
    expect(verified(request, secret)).toBe(true)
    expect(verified(request, 'whsec_some-other-secret')).toBe(false)
    expect(request.headers['user-agent']).toBe('Chatter-Webhooks/1')
    expect(request.headers['content-type']).toBe('application/json')
    const payload = JSON.parse(request.body) as Body
    expect(payload).toMatchObject({ type: 'key.created', data: { keyId: key.body.id } })
    expect(request.headers['webhook-id']).toBe(`${payload.id}:${webhookId}`)

    const log = await until('the logged attempt', async () => {
      const page = await call('GET', `/v1/webhooks/${webhookId}/deliveries`)
      return page.body.items?.length ? page.body : undefined
    })
    expect(log.items[0]).toMatchObject({
      deliveryId: `${payload.id}:${webhookId}`,
      eventType: 'key.created',
      attempt: 1,
      outcome: 'delivered',
      statusCode: 200,
    })
  })

  it('pings an endpoint', async () => {
    const created = await call('POST', '/v1/webhooks', {
      url: `${receiverUrl}/ping`,
      events: ['*'],
    })
    expect(created.body.secret).toMatch(/^whsec_/)
    const ping = await call('POST', `/v1/webhooks/${created.body.id}/ping`)
    expect(ping.status).toBe(202)
    expect(ping.body).toMatchObject({ eventType: 'webhook.ping', status: 'pending' })
    const request = await until('the ping', () => requestsTo('/ping')[0])
    expect(verified(request, created.body.secret)).toBe(true)
    expect(JSON.parse(request.body)).toMatchObject({ type: 'webhook.ping' })
  })

  it('retries a failing endpoint with backoff, dead-letters it, marks it failed; redelivery works', async () => {
    answers.set('/fail', 500)
    const created = await call('POST', '/v1/webhooks', {
      url: `${receiverUrl}/fail`,
      events: ['*'],
    })
    const webhookId = created.body.id as string
    const ping = await call('POST', `/v1/webhooks/${webhookId}/ping`)
    const deliveryId = ping.body.id as string

    const failed = await until(
      'the delivery to be marked failed',
      async () => {
        const delivery = await call('GET', `/v1/webhooks/${webhookId}/deliveries/${deliveryId}`)
        return delivery.body.status === 'failed' ? delivery.body : undefined
      },
      40_000,
    )
    expect(failed).toMatchObject({ attempts: 6, lastStatusCode: 500 })
    const tries = requestsTo('/fail')
    expect(tries).toHaveLength(6)
    expect(new Set(tries.map((t) => t.headers['webhook-id']))).toEqual(new Set([deliveryId]))
    // Each retry waited for its backoff (at least a second: SQS visibility is whole seconds).
    for (let i = 1; i < tries.length; i++)
      expect((tries[i]?.at ?? 0) - (tries[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(900)

    const log = await call('GET', `/v1/webhooks/${webhookId}/deliveries?limit=10`)
    expect(log.body.items.map((a: Body) => [a.attempt, a.outcome])).toEqual([
      [6, 'failed'],
      [5, 'retrying'],
      [4, 'retrying'],
      [3, 'retrying'],
      [2, 'retrying'],
      [1, 'retrying'],
    ])

    // SQS moved the message to the webhook dead-letter queue.
    const dead = await until('the dead-lettered message', async () => {
      const { Messages = [] } = await stack.services.clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: stack.services.webhookQueues.deadLetterQueueUrl,
          WaitTimeSeconds: 1,
          VisibilityTimeout: 0,
        }),
      )
      return Messages.find((m) => m.Body?.includes(deliveryId))
    })
    expect(JSON.parse(dead.Body ?? '{}')).toMatchObject({ deliveryId, endpointId: webhookId })

    // The receiver is fixed: a redelivery sends the same id and body, and it is delivered.
    answers.set('/fail', 200)
    const again = await call('POST', `/v1/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`)
    expect(again.status).toBe(202)
    expect(again.body.status).toBe('pending')
    const redelivered = await until('the redelivery', () => requestsTo('/fail')[6])
    expect(redelivered.headers['webhook-id']).toBe(deliveryId)
    expect(redelivered.body).toBe(tries[0]?.body)
    expect(verified(redelivered, created.body.secret)).toBe(true)
    await until('the delivery to be delivered', async () => {
      const delivery = await call('GET', `/v1/webhooks/${webhookId}/deliveries/${deliveryId}`)
      return delivery.body.status === 'delivered' ? true : undefined
    })
  }, 60_000)
})
