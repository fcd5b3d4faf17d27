import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueNameExists,
  SetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs'

/** A work queue and its dead-letter queue, in the shape `@chatter/resources` declares `ingestQueue`. */
export interface QueueDeclaration {
  localName: string
  visibilityTimeoutSeconds: number
  retentionSeconds: number
  deadLetter: { localName: string; maxReceiveCount: number; retentionSeconds: number }
}

export interface ProvisionedQueues {
  queueUrl: string
  queueArn: string
  deadLetterQueueUrl: string
  deadLetterQueueArn: string
}

/**
 * Creates the dead-letter queue, then the queue redriving to it after `maxReceiveCount`
 * receives, with the declared visibility timeout and retention. Idempotent: existing queues are
 * brought to the declared settings.
 * @example const { queueUrl, queueArn } = await ensureQueues(sqsClient, ingestQueue)
 */
export async function ensureQueues(
  client: SQSClient,
  queue: QueueDeclaration,
): Promise<ProvisionedQueues> {
  const deadLetter = await ensureQueue(client, queue.deadLetter.localName, {
    MessageRetentionPeriod: String(queue.deadLetter.retentionSeconds),
  })
  const main = await ensureQueue(client, queue.localName, {
    VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
    MessageRetentionPeriod: String(queue.retentionSeconds),
    RedrivePolicy: JSON.stringify({
      deadLetterTargetArn: deadLetter.arn,
      maxReceiveCount: queue.deadLetter.maxReceiveCount,
    }),
  })
  return {
    queueUrl: main.url,
    queueArn: main.arn,
    deadLetterQueueUrl: deadLetter.url,
    deadLetterQueueArn: deadLetter.arn,
  }
}

async function ensureQueue(
  client: SQSClient,
  name: string,
  attributes: Record<string, string>,
): Promise<{ url: string; arn: string }> {
  let url: string | undefined
  try {
    url = (await client.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes })))
      .QueueUrl
  } catch (error) {
    // The queue exists with other settings: converge it rather than fail.
    if (!(error instanceof QueueNameExists)) throw error
    url = (await client.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl
    await client.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: attributes }))
  }
  if (!url) throw new Error(`SQS returned no URL for queue ${name}`)
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  )
  if (!Attributes?.QueueArn) throw new Error(`SQS returned no ARN for queue ${name}`)
  return { url, arn: Attributes.QueueArn }
}
