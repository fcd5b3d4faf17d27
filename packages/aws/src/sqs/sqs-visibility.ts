import { ChangeMessageVisibilityCommand, type SQSClient } from '@aws-sdk/client-sqs'
import type { MessageVisibility } from '@chatter/core'

/**
 * MessageVisibility on one SQS queue: a received message reappears after the given delay
 * (ChangeMessageVisibility), which is how failed webhook deliveries back off.
 * @example await new SqsMessageVisibility(client, queueUrl).retryAfter(record.receiptHandle, 40)
 */
export class SqsMessageVisibility implements MessageVisibility {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async retryAfter(receiptHandle: string, seconds: number): Promise<void> {
    await this.client.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: this.queueUrl,
        ReceiptHandle: receiptHandle,
        // SQS takes whole seconds, 0 to 12 hours.
        VisibilityTimeout: Math.min(Math.max(Math.ceil(seconds), 0), 43_200),
      }),
    )
  }
}
