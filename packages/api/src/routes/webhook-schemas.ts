import {
  platformEventTypes,
  type StoredWebhookEndpoint,
  type WebhookAttempt,
  type WebhookDelivery,
  webhookLimits,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/**
 * Request and response schemas of `/v1/webhooks`. They check types and rough bounds; the use
 * cases check the rest (an https public URL in AWS, known event types) with paths of the same
 * shape. The secret is write-only except in the answers of creation and rotation.
 */

const Url = z
  .string()
  .max(webhookLimits.url)
  .openapi({ example: 'https://example.com/hooks/chatter', description: 'https in AWS' })
const Events = z
  .array(z.string().max(64))
  .max(platformEventTypes.length + 1)
  .openapi({
    description: `Event types sent to it, or ["*"] for all: ${platformEventTypes.join(', ')}`,
    example: ['document.ready', 'workflow.failed'],
  })
const Description = z.string().max(webhookLimits.description * 2)

export const NewWebhookBody = z.object({
  url: Url,
  events: Events,
  secret: z
    .string()
    .max(webhookLimits.secretMax * 2)
    .optional()
    .openapi({ description: 'Generated (whsec_...) when not given; shown only in this answer' }),
  description: Description.optional(),
  enabled: z.boolean().optional(),
})

export const WebhookPatchBody = z.object({
  url: Url.optional(),
  events: Events.optional(),
  description: Description.nullable().optional().openapi({ description: 'null removes it' }),
  enabled: z.boolean().optional(),
})

export const WebhookView = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    description: z.string().optional(),
    enabled: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Webhook')

/** An endpoint as clients see it: never its secret. */
export const webhookView = (webhook: StoredWebhookEndpoint): z.infer<typeof WebhookView> => ({
  id: webhook.id,
  url: webhook.url,
  events: webhook.events,
  ...(webhook.description ? { description: webhook.description } : {}),
  enabled: webhook.enabled,
  createdBy: webhook.createdBy,
  createdAt: webhook.createdAt,
  updatedAt: webhook.updatedAt,
})

export const WebhookWithSecretView = WebhookView.extend({
  secret: z.string().openapi({
    description: 'Signs every delivery (Webhook-Signature); shown only now',
    example: 'whsec_3q2+7w...',
  }),
}).openapi('WebhookWithSecret')

export const WebhookDeletionView = z.object({ webhook: WebhookView })

const Status = z.enum(['pending', 'retrying', 'delivered', 'failed'])

export const WebhookDeliveryView = z
  .object({
    id: z.string().openapi({ description: 'eventId:webhookId; the Webhook-Id header' }),
    webhookId: z.string(),
    eventType: z.string(),
    status: Status.openapi({ description: 'failed: the last attempt failed (dead-lettered)' }),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().optional(),
    lastError: z.string().optional(),
    payload: z.record(z.string(), z.unknown()).openapi({ description: 'The body sent' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WebhookDelivery')

export const webhookDeliveryView = (
  delivery: WebhookDelivery,
): z.infer<typeof WebhookDeliveryView> => ({
  id: delivery.id,
  webhookId: delivery.endpointId,
  eventType: delivery.eventType,
  status: delivery.status,
  attempts: delivery.attempts,
  ...(delivery.lastStatusCode === undefined ? {} : { lastStatusCode: delivery.lastStatusCode }),
  ...(delivery.lastError === undefined ? {} : { lastError: delivery.lastError }),
  payload: { ...delivery.payload },
  createdAt: delivery.createdAt,
  updatedAt: delivery.updatedAt,
})

export const WebhookAttemptView = z
  .object({
    deliveryId: z.string(),
    eventType: z.string(),
    attempt: z.number().int(),
    outcome: Status.exclude(['pending']),
    statusCode: z.number().int().optional(),
    durationMs: z.number(),
    error: z.string().optional(),
    at: z.string(),
  })
  .openapi('WebhookAttempt')

export const webhookAttemptView = (
  attempt: WebhookAttempt,
): z.infer<typeof WebhookAttemptView> => ({
  deliveryId: attempt.deliveryId,
  eventType: attempt.eventType,
  attempt: attempt.attempt,
  outcome: attempt.outcome,
  ...(attempt.statusCode === undefined ? {} : { statusCode: attempt.statusCode }),
  durationMs: attempt.durationMs,
  ...(attempt.error === undefined ? {} : { error: attempt.error }),
  at: attempt.at,
})
