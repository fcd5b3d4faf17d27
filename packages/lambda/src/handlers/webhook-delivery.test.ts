import { Logger } from '@aws-lambda-powertools/logger'
import {
  defaultWebhookDeliverySettings,
  deliverWebhook,
  queueWebhookDelivery,
  type WebhookDeliveryMessage,
} from '@chatter/core'
import {
  FakeWebhookTransport,
  InMemoryCipher,
  InMemoryQueue,
  inMemoryWebhookStores,
  RecordingVisibility,
} from '@chatter/core/testing'
import { webhookQueue } from '@chatter/resources'
import type { Context, SQSRecord } from 'aws-lambda'
import { describe, expect, it } from 'vitest'
import { createWebhookDeliveryHandler } from './webhook-delivery'

const context = {
  functionName: 'chatter-webhook-delivery',
  awsRequestId: 'req-1',
  getRemainingTimeInMillis: () => 30_000,
} as Context

const record = (message: WebhookDeliveryMessage, receiveCount: number): SQSRecord => ({
  messageId: `m-${message.endpointId}`,
  receiptHandle: `receipt-${message.endpointId}-${receiveCount}`,
  body: JSON.stringify(message),
  attributes: {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: '0',
    SenderId: 'sender',
    ApproximateFirstReceiveTimestamp: '0',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:chatter-webhooks',
  awsRegion: 'us-east-1',
})

/** Two endpoints of one workspace, `ok` answering 200 and `down` 500, each with a delivery queued. */
async function setup(options: { maxReceiveCount?: number } = {}) {
  const { webhookEndpoints, webhookDeliveries } = inMemoryWebhookStores()
  const cipher = new InMemoryCipher()
  const queue = new InMemoryQueue()
  const transport = new FakeWebhookTransport((url) => (url.endsWith('/down') ? 500 : 200))
  const visibility = new RecordingVisibility()
  const payload = {
    id: 'evt_1',
    type: 'member.added' as const,
    workspaceId: 'ws_1',
    occurredAt: '2026-03-01T12:00:00.000Z',
    data: { userId: 'usr_1' },
  }
  for (const id of ['ok', 'down']) {
    await webhookEndpoints.create({
      id,
      workspaceId: 'ws_1',
      url: `https://hooks.example.com/${id}`,
      events: ['*'],
      enabled: true,
      encryptedSecret: await cipher.encrypt('whsec_0123456789abcdef', { workspaceId: 'ws_1' }),
      createdBy: 'usr_1',
    })
    await queueWebhookDelivery(
      { webhooks: { endpoints: webhookEndpoints, deliveries: webhookDeliveries, queue } },
      { id, workspaceId: 'ws_1' },
      payload,
      { now: new Date() },
    )
  }
  const [ok, down] = queue.sent as WebhookDeliveryMessage[]
  if (!ok || !down) throw new Error('nothing queued')
  const ports = {
    endpoints: webhookEndpoints,
    deliveries: webhookDeliveries,
    cipher,
    transport,
    settings: defaultWebhookDeliverySettings,
  }
  const handler = createWebhookDeliveryHandler({
    logger: new Logger({ serviceName: 'chatter-test', logLevel: 'SILENT' }),
    visibility,
    deliver: (message, attempt) => deliverWebhook(ports, message, attempt),
    ...options,
  })
  const status = async (message: WebhookDeliveryMessage) =>
    (await webhookDeliveries.get('ws_1', message.endpointId, message.deliveryId))?.status
  // A batch whose every record fails throws (Lambda retries it whole): the `ok` delivery, a
  // duplicate once delivered (skipped), keeps each batch partial.
  const receive = (downCount: number, okCount = 1) =>
    handler({ Records: [record(ok, okCount), record(down, downCount)] }, context)
  const toDown = () => transport.requests.filter((r) => r.url.endsWith('/down'))
  return { handler, ok, down, transport, visibility, status, receive, toDown }
}

describe('the webhook delivery consumer', () => {
  it('reports only the failed delivery, made visible again after its backoff', async () => {
    const t = await setup()
    const result = await t.handler({ Records: [record(t.ok, 1), record(t.down, 1)] }, context)
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-down' }] })
    expect(t.transport.requests.map((r) => r.url)).toEqual([
      'https://hooks.example.com/ok',
      'https://hooks.example.com/down',
    ])
    expect(await t.status(t.ok)).toBe('delivered')
    expect(await t.status(t.down)).toBe('retrying')
    // The first try waits 2^1 x 10 s.
    expect(t.visibility.changes).toEqual([{ receiptHandle: 'receipt-down-1', seconds: 20 }])
  })

  it('marks the sixth failed try failed and lets it dead-letter at once, whatever SQS counted', async () => {
    const t = await setup({ maxReceiveCount: 12 })
    const tries = webhookQueue.deadLetter.maxReceiveCount
    // Receive counts that run ahead of the tries (a stand-in counting visibility changes).
    for (let n = 1; n <= tries; n++) {
      const result = await t.receive(2 * n - 1, n)
      expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-down' }] })
    }
    expect(await t.status(t.down)).toBe('failed')
    expect(t.toDown()).toHaveLength(tries)
    // The ok delivery was sent once: its duplicates were skipped.
    expect(t.transport.requests).toHaveLength(tries + 1)
    expect(t.visibility.changes.map((c) => c.seconds)).toEqual([20, 40, 80, 160, 320, 0])

    // Received once more before SQS moves it: nothing is sent, and it fails again at once.
    const after = await t.receive(2 * tries)
    expect(after).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-down' }] })
    expect(t.toDown()).toHaveLength(tries)
    expect(t.visibility.changes.at(-1)?.seconds).toBe(0)
  })

  it("fails the delivery on the queue's last receive, before its sixth try", async () => {
    const t = await setup()
    await t.receive(1)
    const last = webhookQueue.deadLetter.maxReceiveCount
    await t.receive(last)
    expect(await t.status(t.down)).toBe('failed')
    expect(t.toDown()).toHaveLength(2)
    expect(t.visibility.changes.at(-1)?.seconds).toBe(0)
  })
})
