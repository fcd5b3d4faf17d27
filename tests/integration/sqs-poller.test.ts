import { createHash, randomUUID } from 'node:crypto'
import {
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs'
import { createSqsClient, createSqsProbe, SqsMessageQueue } from '@chatter/aws'
import { checkReadiness } from '@chatter/core'
import {
  ensureQueues,
  type LocalSqsServer,
  type SqsPollerOptions,
  startSqsPoller,
  startSqsServer,
} from '@chatter/local'
import { ingestQueue, local } from '@chatter/resources'
import type { SQSRecord } from 'aws-lambda'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let sqs: LocalSqsServer
let client: SQSClient

beforeAll(async () => {
  sqs = await startSqsServer()
  client = createSqsClient({
    region: local.region,
    endpoint: sqs.endpoint,
    credentials: local.credentials,
  })
})
afterAll(async () => {
  client?.destroy()
  await sqs?.stop()
})

/** Test queues of their own, with a 1 s visibility timeout so retries come quickly. */
async function testQueues(maxReceiveCount = 3) {
  const name = `test-${randomUUID()}`
  return ensureQueues(client, {
    localName: name,
    visibilityTimeoutSeconds: 1,
    retentionSeconds: 600,
    deadLetter: { localName: `${name}-dlq`, maxReceiveCount, retentionSeconds: 600 },
  })
}

async function until<T>(find: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await find()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function messageCounts(queueUrl: string) {
  const { Attributes = {} } = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }),
  )
  return {
    visible: Number(Attributes.ApproximateNumberOfMessages),
    inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible),
    delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed),
  }
}

async function receiveOne(queueUrl: string): Promise<Message | undefined> {
  const { Messages } = await client.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 0, AttributeNames: ['All'] }),
  )
  return Messages?.[0]
}

/** Starts a poller that records every delivery, as Lambda's event source would invoke it. */
function recordingPoller(
  queues: { queueUrl: string; queueArn: string },
  handler: SqsPollerOptions['handler'],
  errors: unknown[] = [],
) {
  const deliveries: SQSRecord[][] = []
  const poller = startSqsPoller({
    client,
    ...queues,
    batchSize: 10,
    waitTimeSeconds: 0,
    handler: async (event) => {
      deliveries.push(event.Records)
      return handler(event)
    },
    onError: (error) => errors.push(error),
  })
  const deliveriesOf = (body: string) =>
    deliveries.flat().filter((record) => JSON.parse(record.body).name === body)
  return { poller, deliveries, deliveriesOf }
}

describe('ensureQueues', () => {
  it('creates the ingest queue and its DLQ exactly as declared, and can run again', async () => {
    const first = await ensureQueues(client, ingestQueue)
    const again = await ensureQueues(client, ingestQueue)
    expect(again).toEqual(first)
    expect(first.queueArn).toBe(`arn:aws:sqs:${local.region}:${local.accountId}:chatter-ingest`)

    const attributes = async (QueueUrl: string) =>
      (await client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })))
        .Attributes ?? {}
    const main = await attributes(first.queueUrl)
    expect(main.VisibilityTimeout).toBe(String(ingestQueue.visibilityTimeoutSeconds))
    expect(main.MessageRetentionPeriod).toBe(String(ingestQueue.retentionSeconds))
    expect(JSON.parse(main.RedrivePolicy ?? '{}')).toEqual({
      deadLetterTargetArn: first.deadLetterQueueArn,
      maxReceiveCount: ingestQueue.deadLetter.maxReceiveCount,
    })
    const dlq = await attributes(first.deadLetterQueueUrl)
    expect(dlq.MessageRetentionPeriod).toBe(String(ingestQueue.deadLetter.retentionSeconds))
  })
})

describe('SqsMessageQueue', () => {
  it('sends JSON and honours a delay', async () => {
    const queues = await testQueues()
    const queue = new SqsMessageQueue(client, queues.queueUrl)
    await queue.send({ name: 'later' }, { delaySeconds: 30 })
    expect(await messageCounts(queues.queueUrl)).toEqual({ visible: 0, inFlight: 0, delayed: 1 })
    const { messageId } = await queue.send({ name: 'now', n: 1 })
    const message = await until(() => receiveOne(queues.queueUrl))
    expect(message).toMatchObject({ MessageId: messageId, Body: '{"name":"now","n":1}' })
  })
})

describe('startSqsPoller', () => {
  it('retries only reported failures, deletes the rest, and dead-letters after maxReceiveCount', async () => {
    const queues = await testQueues(3)
    const queue = new SqsMessageQueue(client, queues.queueUrl)
    const sent = new Map<string, string>()
    for (const name of ['a', 'b', 'c']) sent.set(name, (await queue.send({ name })).messageId)
    const failing = sent.get('b')!

    const { poller, deliveries, deliveriesOf } = recordingPoller(queues, async () => ({
      batchItemFailures: [{ itemIdentifier: failing }],
    }))
    const dead = await until(() => receiveOne(queues.deadLetterQueueUrl))
    await poller.stop()

    // One batch of three, shaped like Lambda's SQS event.
    const [first] = deliveries
    expect(first).toHaveLength(3)
    const body = JSON.stringify({ name: 'a' })
    expect(first?.find((record) => record.messageId === sent.get('a'))).toEqual({
      messageId: sent.get('a'),
      receiptHandle: expect.any(String),
      body,
      attributes: expect.objectContaining({
        ApproximateReceiveCount: '1',
        SentTimestamp: expect.stringMatching(/^\d{13}$/),
        ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
        SenderId: expect.any(String),
      }),
      messageAttributes: {},
      md5OfBody: createHash('md5').update(body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: queues.queueArn,
      awsRegion: local.region,
    })

    // The successes were deleted: delivered once, never again.
    expect(deliveriesOf('a')).toHaveLength(1)
    expect(deliveriesOf('c')).toHaveLength(1)
    // The failure came back after the visibility timeout, then went to the DLQ.
    const counts = deliveriesOf('b').map((record) => record.attributes.ApproximateReceiveCount)
    expect(counts).toEqual(['1', '2', '3'])
    expect(dead).toMatchObject({ MessageId: failing, Body: JSON.stringify({ name: 'b' }) })
    expect(dead.Attributes?.DeadLetterQueueSourceArn).toBe(queues.queueArn)
    expect(await messageCounts(queues.queueUrl)).toEqual({ visible: 0, inFlight: 0, delayed: 0 })
  })

  it('fails the whole batch when the handler throws or names an id not in the batch', async () => {
    const queues = await testQueues(5)
    const queue = new SqsMessageQueue(client, queues.queueUrl)
    for (const name of ['x', 'y']) await queue.send({ name })
    const errors: unknown[] = []
    // First delivery: the handler throws. Second: it names an unknown id. Third: success.
    const { poller, deliveriesOf } = recordingPoller(
      queues,
      async ({ Records }) => {
        const attempt = Math.min(
          ...Records.map((r) => Number(r.attributes.ApproximateReceiveCount)),
        )
        if (attempt === 1) throw new Error('handler crashed')
        if (attempt === 2) return { batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] }
      },
      errors,
    )
    await until(() => (deliveriesOf('x').length + deliveriesOf('y').length >= 6 ? true : undefined))
    await poller.stop()

    for (const name of ['x', 'y']) {
      const counts = deliveriesOf(name).map((record) => record.attributes.ApproximateReceiveCount)
      expect(counts).toEqual(['1', '2', '3'])
    }
    expect(errors.length).toBeGreaterThan(0)
    expect(errors).toEqual(errors.map(() => new Error('handler crashed')))
    expect(await messageCounts(queues.queueUrl)).toEqual({ visible: 0, inFlight: 0, delayed: 0 })
  })

  it('stop() waits for the batch in flight, which is then deleted', async () => {
    const queues = await testQueues()
    await new SqsMessageQueue(client, queues.queueUrl).send({ name: 'slow' })
    let release = () => {}
    const { poller, deliveries } = recordingPoller(
      queues,
      () => new Promise<undefined>((resolve) => (release = () => resolve(undefined))),
    )
    await until(() => (deliveries.length === 1 ? true : undefined))
    let stopped = false
    const stopping = poller.stop().then(() => (stopped = true))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(stopped).toBe(false)
    release()
    await stopping
    expect(await messageCounts(queues.queueUrl)).toEqual({ visible: 0, inFlight: 0, delayed: 0 })
  })
})

describe('queue probe', () => {
  it('is ok against the local queue and down for a missing queue or a stopped server', async () => {
    const { queueUrl } = await testQueues()
    const other = await startSqsServer()
    await other.stop()
    const stoppedClient = createSqsClient({
      region: local.region,
      endpoint: other.endpoint,
      credentials: local.credentials,
    })
    const [ok, missing, stopped] = await Promise.all(
      [
        createSqsProbe(client, queueUrl),
        createSqsProbe(client, `${sqs.endpoint}/${local.accountId}/no-such-queue`),
        createSqsProbe(stoppedClient, queueUrl),
      ].map(async (probe) => (await checkReadiness([probe], { timeoutMs: 3_000 })).checks[0]),
    )
    expect(ok).toMatchObject({ name: 'queue', status: 'ok' })
    expect(missing).toMatchObject({ name: 'queue', status: 'down' })
    expect(missing?.error).toMatch(/QueueDoesNotExist|does not exist/)
    expect(stopped).toMatchObject({ name: 'queue', status: 'down' })
    expect(stopped?.error).not.toContain(other.endpoint)
    stoppedClient.destroy()
  })
})
