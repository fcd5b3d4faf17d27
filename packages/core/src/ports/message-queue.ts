export interface SendMessageOptions {
  /** Keeps the message invisible to consumers for this long (0-900 s). */
  delaySeconds?: number
}

/**
 * A work queue with at-least-once delivery: consumers must be idempotent. SQS in AWS,
 * local-aws-sqs locally (through the same adapter).
 */
export interface MessageQueue {
  /** Sends `body` serialised as JSON. */
  send(body: unknown, options?: SendMessageOptions): Promise<{ messageId: string }>
}
