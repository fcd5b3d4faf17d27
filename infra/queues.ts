import { ingestQueue } from '@chatter/resources'
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs'
import { Duration } from 'aws-cdk-lib/core'
import type { StackContext } from 'sst/constructs'

/** Stateful: the ingest queue and its dead-letter queue (messages that failed every retry). */
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
  return { queue, deadLetter }
}
