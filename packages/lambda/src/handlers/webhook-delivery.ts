import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch'
import type { Logger } from '@aws-lambda-powertools/logger'
import {
  type MessageVisibility,
  type WebhookAttemptInfo,
  type WebhookDeliveryMessage,
  type WebhookDeliveryOutcome,
  webhookDeliveryMessageSchema,
} from '@chatter/core'
import { webhookQueue } from '@chatter/resources'
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda'
import { withEventStack } from '../event-stack'

export interface WebhookDeliveryHandlerDependencies {
  logger: Logger
  /** Sends one delivery once (`deliverWebhook`). */
  deliver(
    message: WebhookDeliveryMessage,
    attempt: WebhookAttemptInfo,
  ): Promise<WebhookDeliveryOutcome>
  /** Delays the next receive of a failed record (the backoff). */
  visibility: MessageVisibility
  /**
   * The queue's receives before it dead-letters (the webhook queue's maxReceiveCount unless
   * told: the local queue counts a visibility change as a receive, so it allows more).
   */
  maxReceiveCount?: number
}

/** A failed attempt: the record is reported failed so SQS retries (or dead-letters) it. */
export class WebhookAttemptFailed extends Error {
  override name = 'WebhookAttemptFailed'
}

/**
 * The webhook queue's consumer: each record is one delivery, sent independently; only the
 * failed ones are reported back (partial batch failure). A failed one is first made visible
 * again after its backoff (2^try x base, at most 15 min); the final attempt (the delivery's
 * sixth try, counted on the delivery itself, or the queue's last receive) is made visible at
 * once, so SQS moves it to the dead-letter queue on its next receive.
 */
export function createWebhookDeliveryHandler(deps: WebhookDeliveryHandlerDependencies) {
  const { maxReceiveCount } = webhookQueue.deadLetter
  const queueReceives = deps.maxReceiveCount ?? maxReceiveCount
  const handleRecord = async (record: SQSRecord) => {
    const receiveCount = Math.max(1, Number(record.attributes?.ApproximateReceiveCount) || 1)
    const attempt = {
      receiveCount,
      finalAttempt: receiveCount >= queueReceives,
      maxTries: maxReceiveCount,
    }
    const message = webhookDeliveryMessageSchema.parse(JSON.parse(record.body))
    const result = await deps.deliver(message, attempt)
    deps.logger.info('webhook delivery attempted', {
      deliveryId: message.deliveryId,
      endpointId: message.endpointId,
      receiveCount,
      outcome: result.outcome,
    })
    if (!('error' in result)) return
    const delay = 'retryAfterSeconds' in result ? result.retryAfterSeconds : 0
    await deps.visibility.retryAfter(record.receiptHandle, delay)
    throw new WebhookAttemptFailed(result.error)
  }
  return withEventStack(deps.logger, (event: SQSEvent, context: Context) =>
    processPartialResponse(event, handleRecord, new BatchProcessor(EventType.SQS), { context }),
  )
}
