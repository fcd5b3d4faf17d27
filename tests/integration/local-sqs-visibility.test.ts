// Pins the local-aws-sqs behaviour the local webhook queue is provisioned around
// (`localWebhookQueue`: twice the receives): a ChangeMessageVisibility counts as a receive, and
// a message whose visibility runs out at maxReceiveCount is dead-lettered. If an upgrade of the
// stand-in fixes this, this test fails, and the doubling in local-webhooks.ts should go.
import { randomUUID } from 'node:crypto'
import { ReceiveMessageCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs'
import { createSqsClient, SqsMessageVisibility } from '@chatter/aws'
import { ensureQueues, type LocalSqsServer, startSqsServer } from '@chatter/local'
import { local } from '@chatter/resources'
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

async function receiveOne(queueUrl: string) {
  const { Messages = [] } = await client.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      WaitTimeSeconds: 3,
      MaxNumberOfMessages: 1,
      AttributeNames: ['All'],
    }),
  )
  return Messages[0]
}

describe('local-aws-sqs visibility changes', () => {
  it('count a ChangeMessageVisibility as a receive, and dead-letter when it runs out', async () => {
    const name = `test-${randomUUID()}`
    const queues = await ensureQueues(client, {
      localName: name,
      visibilityTimeoutSeconds: 30,
      retentionSeconds: 600,
      deadLetter: { localName: `${name}-dlq`, maxReceiveCount: 4, retentionSeconds: 600 },
    })
    const visibility = new SqsMessageVisibility(client, queues.queueUrl)
    await client.send(new SendMessageCommand({ QueueUrl: queues.queueUrl, MessageBody: 'x' }))

    const first = await receiveOne(queues.queueUrl)
    expect(first?.Attributes?.ApproximateReceiveCount).toBe('1')
    await visibility.retryAfter(first?.ReceiptHandle ?? '', 0)
    const second = await receiveOne(queues.queueUrl)
    // AWS would say 2: the visibility change was counted as a receive.
    expect(second?.Attributes?.ApproximateReceiveCount).toBe('3')

    // Count 4 after this change, and the visibility running out at maxReceiveCount dead-letters.
    await visibility.retryAfter(second?.ReceiptHandle ?? '', 0)
    const dead = await receiveOne(queues.deadLetterQueueUrl)
    expect(dead?.Body).toBe('x')
  })
})
