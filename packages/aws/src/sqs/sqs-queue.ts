import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs'
import type { MessageQueue, SendMessageOptions } from '@chatter/core'

/**
 * MessageQueue on one SQS queue; bodies are sent as JSON.
 * @example const ingest = new SqsMessageQueue(createSqsClient({ region }), config.INGEST_QUEUE_URL)
 */
export class SqsMessageQueue implements MessageQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(body: unknown, options: SendMessageOptions = {}): Promise<{ messageId: string }> {
    const json = JSON.stringify(body)
    // JSON.stringify(undefined) is undefined: fail here rather than send an empty message.
    if (json === undefined) throw new TypeError('message body must be JSON-serialisable')
    const sent = await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: json,
        DelaySeconds: options.delaySeconds,
      }),
    )
    if (!sent.MessageId) throw new Error('SQS accepted the message but returned no id')
    return { messageId: sent.MessageId }
  }
}
