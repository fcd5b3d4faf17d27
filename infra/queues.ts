import { ingestQueue, webhookQueue } from '@chatter/resources'
import { type IQueue, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs'
import { Duration } from 'aws-cdk-lib/core'
import type { Function as SstFunction, StackContext } from 'sst/constructs'

/**
 * Stateful: the ingest queue and the webhook queue, each with its dead-letter queue (messages
 * that failed every retry).
 */
export function Queues({ stack }: StackContext) {
  const { deadLetter: deadLetterSpec } = ingestQueue
  const deadLetter = new Queue(stack, deadLetterSpec.id, {
    retentionPeriod: Duration.seconds(deadLetterSpec.retentionSeconds),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
  })
  // SSE-SQS rather than a KMS key: S3 notifications can deliver to it without a key policy.
  const queue = new Queue(stack, ingestQueue.id, {
    visibilityTimeout: Duration.seconds(ingestQueue.visibilityTimeoutSeconds),
    retentionPeriod: Duration.seconds(ingestQueue.retentionSeconds),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    deadLetterQueue: { queue: deadLetter, maxReceiveCount: deadLetterSpec.maxReceiveCount },
  })

  // One message per webhook delivery; the delivery function backs off by changing visibility.
  const webhookDeadLetter = new Queue(stack, webhookQueue.deadLetter.id, {
    retentionPeriod: Duration.seconds(webhookQueue.deadLetter.retentionSeconds),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
  })
  const webhooks = new Queue(stack, webhookQueue.id, {
    visibilityTimeout: Duration.seconds(webhookQueue.visibilityTimeoutSeconds),
    retentionPeriod: Duration.seconds(webhookQueue.retentionSeconds),
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    deadLetterQueue: {
      queue: webhookDeadLetter,
      maxReceiveCount: webhookQueue.deadLetter.maxReceiveCount,
    },
  })
  return { queue, deadLetter, webhookQueue: webhooks, webhookDeadLetter }
}

/**
 * Lets a function that publishes platform events queue webhook deliveries (the dispatcher
 * subscribes wherever WEBHOOK_QUEUE_URL is set).
 */
export function grantWebhookPublishing(fn: SstFunction, queue: IQueue) {
  fn.addEnvironment('WEBHOOK_QUEUE_URL', queue.queueUrl)
  queue.grantSendMessages(fn)
}
