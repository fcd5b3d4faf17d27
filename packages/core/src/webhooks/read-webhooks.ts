import { type Acting, assertPermission } from '../audit/acting'
import { newId } from '../ids/ids'
import type { Page, PageRequest } from '../pagination'
import type {
  StoredWebhookEndpoint,
  WebhookAttempt,
  WebhookDelivery,
} from '../ports/webhook-repository'
import { queueWebhookDelivery } from './queue-deliveries'
import { deliveryNotFound } from './webhook-rules'
import { getStoredWebhook, type WebhookPorts } from './write-webhooks'

type ReadPorts = Pick<WebhookPorts, 'webhooks'>

/** One endpoint of the current workspace (`manageKeys`); never its secret. */
export async function getWebhook(
  ports: ReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { webhookId: string },
): Promise<StoredWebhookEndpoint> {
  assertPermission(acting.access, 'manageKeys')
  return getStoredWebhook(ports, acting.access.workspaceId, input.webhookId)
}

/** The workspace's endpoints, newest first (`manageKeys`). */
export async function listWebhooks(
  ports: ReadPorts,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<StoredWebhookEndpoint>> {
  assertPermission(acting.access, 'manageKeys')
  return ports.webhooks.endpoints.list(acting.access.workspaceId, page)
}

/** An endpoint's delivery attempts, newest first, kept 30 days (`manageKeys`). */
export async function listWebhookAttempts(
  ports: ReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { webhookId: string; page: PageRequest },
): Promise<Page<WebhookAttempt>> {
  assertPermission(acting.access, 'manageKeys')
  const { workspaceId } = acting.access
  const webhook = await getStoredWebhook(ports, workspaceId, input.webhookId)
  return ports.webhooks.deliveries.attempts(workspaceId, webhook.id, input.page)
}

/** One delivery of an endpoint, with its payload and status (`manageKeys`). */
export async function getWebhookDelivery(
  ports: ReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { webhookId: string; deliveryId: string },
): Promise<WebhookDelivery> {
  assertPermission(acting.access, 'manageKeys')
  const { workspaceId } = acting.access
  const webhook = await getStoredWebhook(ports, workspaceId, input.webhookId)
  const delivery = await ports.webhooks.deliveries.get(workspaceId, webhook.id, input.deliveryId)
  if (!delivery) throw deliveryNotFound()
  return delivery
}

/**
 * Queues a delivery again with its stored payload and id (`manageKeys`): the receiver sees the
 * same `Webhook-Id` and body, signed anew. The delivery is `pending` until it is tried.
 */
export async function redeliverWebhook(
  ports: ReadPorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: { webhookId: string; deliveryId: string },
): Promise<WebhookDelivery> {
  const delivery = await getWebhookDelivery(ports, acting, input)
  await queueWebhookDelivery(
    ports,
    { id: delivery.endpointId, workspaceId: delivery.workspaceId },
    delivery.payload,
    { now: acting.now, reset: true, deliveryId: delivery.id },
  )
  // Its history (attempts, last result) stays; its tries start again.
  return { ...delivery, status: 'pending', tries: 0, updatedAt: acting.now.toISOString() }
}

/**
 * Queues a `webhook.ping` test event to one endpoint (`manageKeys`), enabled or not being its
 * own business: a disabled endpoint's ping is skipped like any delivery to it.
 */
export async function pingWebhook(
  ports: ReadPorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: { webhookId: string },
): Promise<WebhookDelivery> {
  assertPermission(acting.access, 'manageKeys')
  const webhook = await getStoredWebhook(ports, acting.access.workspaceId, input.webhookId)
  const payload = {
    id: newId('evt'),
    type: 'webhook.ping' as const,
    workspaceId: webhook.workspaceId,
    occurredAt: acting.now.toISOString(),
    data: { webhookId: webhook.id, url: webhook.url },
  }
  return queueWebhookDelivery(ports, webhook, payload, { now: acting.now })
}
