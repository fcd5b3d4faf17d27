import { z } from 'zod'
import type { PlatformEvent, PlatformEvents } from '../ports/platform-events'
import type {
  StoredWebhookEndpoint,
  WebhookDelivery,
  WebhookPayload,
} from '../ports/webhook-repository'
import type { WebhookServices } from './webhook-services'

/** One message of the webhook queue: a delivery of `payload` to one endpoint. */
export const webhookDeliveryMessageSchema = z.object({
  kind: z.literal('webhook.delivery'),
  deliveryId: z.string().min(1),
  workspaceId: z.string().min(1),
  endpointId: z.string().min(1),
  payload: z.object({
    id: z.string().min(1),
    type: z.string().min(1),
    workspaceId: z.string().min(1),
    occurredAt: z.string(),
    data: z.unknown(),
  }),
})
export type WebhookDeliveryMessage = z.infer<typeof webhookDeliveryMessageSchema>

/** Deterministic: the same event for the same endpoint is one delivery, however often queued. */
export const webhookDeliveryId = (eventId: string, endpointId: string) => `${eventId}:${endpointId}`

export type WebhookQueuePorts = {
  webhooks: Pick<WebhookServices, 'endpoints' | 'deliveries' | 'queue'>
}

/**
 * Saves the delivery (with its payload) and queues it. Saving first means a delivery the
 * handler reads always exists; the save is conditional, so a delivery that exists already (the
 * same event published twice) is neither saved again nor queued again (`reset`, a redelivery,
 * makes it pending and queues it).
 */
export async function queueWebhookDelivery(
  ports: WebhookQueuePorts,
  endpoint: Pick<StoredWebhookEndpoint, 'id' | 'workspaceId'>,
  payload: WebhookPayload,
  options: { now: Date; reset?: boolean; deliveryId?: string },
): Promise<WebhookDelivery> {
  const at = options.now.toISOString()
  const delivery: WebhookDelivery = {
    id: options.deliveryId ?? webhookDeliveryId(payload.id, endpoint.id),
    workspaceId: endpoint.workspaceId,
    endpointId: endpoint.id,
    eventType: payload.type,
    payload,
    status: 'pending',
    attempts: 0,
    tries: 0,
    createdAt: at,
    updatedAt: at,
  }
  const saved = await ports.webhooks.deliveries.put(delivery, { reset: options.reset ?? false })
  if (!saved) return delivery
  const message: WebhookDeliveryMessage = {
    kind: 'webhook.delivery',
    deliveryId: delivery.id,
    workspaceId: delivery.workspaceId,
    endpointId: delivery.endpointId,
    payload,
  }
  await ports.webhooks.queue.send(message)
  return delivery
}

/** The JSON body of an event's deliveries. */
export const webhookPayloadOf = (event: PlatformEvent): WebhookPayload => ({
  id: event.id,
  type: event.type,
  workspaceId: event.workspaceId,
  occurredAt: event.occurredAt,
  data: event.data,
})

/**
 * The platform events' webhook subscriber: for each event, the workspace's enabled endpoints
 * subscribed to its type (one Query) each get one delivery queued, with the deterministic id
 * `eventId:endpointId` (an event published twice is delivered once per endpoint).
 * @example const events = fanOutEvents(webhookDispatcher({ webhooks }))
 */
export function webhookDispatcher(
  ports: WebhookQueuePorts,
  clock: () => Date = () => new Date(),
): PlatformEvents {
  return {
    async publish(event) {
      const endpoints = await ports.webhooks.endpoints.listSubscribed(event.workspaceId, event.type)
      if (endpoints.length === 0) return
      const payload = webhookPayloadOf(event)
      const now = clock()
      await Promise.all(
        endpoints.map((endpoint) => queueWebhookDelivery(ports, endpoint, payload, { now })),
      )
    },
  }
}
