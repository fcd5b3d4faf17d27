import type { Page, PageRequest } from '../pagination'
import type { PlatformEventType } from './platform-events'

/** Types only webhooks deliver (not platform events): the test event `POST .../ping` queues. */
export const webhookDeliveryOnlyTypes = ['webhook.ping'] as const
export type WebhookDeliveryOnlyType = (typeof webhookDeliveryOnlyTypes)[number]

/** What a webhook delivery can carry: a platform event, or a delivery-only type. */
export type WebhookEventType = PlatformEventType | WebhookDeliveryOnlyType

/** An endpoint of a workspace that receives its events, signed with its secret. */
export interface WebhookEndpoint {
  id: string
  workspaceId: string
  url: string
  /** Platform event types it is sent, or `['*']` for every one. */
  events: string[]
  description?: string
  /** Off: nothing is sent to it (queued deliveries are skipped). */
  enabled: boolean
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** The stored form: the signing secret as ciphertext (`SecretCipher`, workspace-bound). */
export interface StoredWebhookEndpoint extends WebhookEndpoint {
  encryptedSecret: string
}

export type NewWebhookEndpoint = Omit<StoredWebhookEndpoint, 'createdAt' | 'updatedAt'>

export type WebhookEndpointChanges = Partial<
  Pick<StoredWebhookEndpoint, 'url' | 'events' | 'description' | 'enabled' | 'encryptedSecret'>
>

/** The body every delivery POSTs (JSON), the same for retries and redeliveries. */
export interface WebhookPayload {
  /** The event's id (`evt_...`); for a ping, its own. */
  id: string
  type: WebhookEventType
  workspaceId: string
  occurredAt: string
  data: unknown
}

/**
 * `pending`: queued, not tried yet; `retrying`: an attempt failed, SQS will try again;
 * `delivered`: a 2xx came back; `failed`: the last attempt failed and the message dead-lettered.
 */
export type WebhookDeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'failed'

/** One event for one endpoint; its id (`eventId:endpointId`) is the `Webhook-Id` header. */
export interface WebhookDelivery {
  id: string
  workspaceId: string
  endpointId: string
  eventType: WebhookEventType
  /** Kept so a redelivery sends exactly the same body. */
  payload: WebhookPayload
  status: WebhookDeliveryStatus
  /** Attempts made so far (over every redelivery). */
  attempts: number
  /** Attempts of the current (re)delivery, counted as they begin (`beginAttempt`). */
  tries: number
  lastStatusCode?: number
  lastError?: string
  createdAt: string
  updatedAt: string
}

/** One try of a delivery, kept in the endpoint's log for 30 days. */
export interface WebhookAttempt {
  workspaceId: string
  endpointId: string
  deliveryId: string
  eventType: WebhookEventType
  /** 1 for the first try of a (re)delivery (the delivery's `tries` when it began). */
  attempt: number
  /** What this attempt made of the delivery (`failed` on the last one that failed). */
  outcome: Exclude<WebhookDeliveryStatus, 'pending'>
  statusCode?: number
  durationMs: number
  /** Why it failed, in words (a status, a timeout, a refused connection). */
  error?: string
  at: string
}

export interface WebhookRepository {
  create(endpoint: NewWebhookEndpoint): Promise<StoredWebhookEndpoint>
  get(workspaceId: string, id: string): Promise<StoredWebhookEndpoint | undefined>
  /** Newest first. */
  list(workspaceId: string, page: PageRequest): Promise<Page<StoredWebhookEndpoint>>
  /** The enabled endpoints sent `type` (named, or `*`): one Query of the workspace's endpoints. */
  listSubscribed(workspaceId: string, type: WebhookEventType): Promise<StoredWebhookEndpoint[]>
  update(
    workspaceId: string,
    id: string,
    changes: WebhookEndpointChanges,
  ): Promise<StoredWebhookEndpoint | undefined>
  /** Deletes the endpoint with its deliveries and their log. */
  delete(workspaceId: string, id: string): Promise<boolean>
}

/** Deliveries (with their payloads) and the log of their attempts, per endpoint. */
export interface WebhookDeliveryLog {
  /**
   * Saves a delivery as `pending` unless it exists (the same event queued twice stays one
   * delivery); with `reset`, an existing one is made `pending` again with no tries (a
   * redelivery). Whether it was saved: false means it existed and nothing is to be queued.
   */
  put(delivery: WebhookDelivery, options?: { reset?: boolean }): Promise<boolean>
  get(
    workspaceId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDelivery | undefined>
  /**
   * Counts one more try of the delivery's current (re)delivery, in one conditional write,
   * unless it is delivered or has had `maxTries`: the try's number (1-based), or undefined
   * (missing, delivered or exhausted: nothing is to be sent). Counting here rather than from
   * SQS's ApproximateReceiveCount keeps the count exact whatever the queue counted.
   */
  beginAttempt(
    workspaceId: string,
    endpointId: string,
    deliveryId: string,
    maxTries: number,
  ): Promise<number | undefined>
  /** Logs an attempt and sets the delivery's status, count and last result from it. */
  recordAttempt(attempt: WebhookAttempt): Promise<void>
  /** The endpoint's attempts, newest first (30 days). */
  attempts(
    workspaceId: string,
    endpointId: string,
    page: PageRequest,
  ): Promise<Page<WebhookAttempt>>
}

/**
 * Makes a received queue message visible again after `seconds` (SQS ChangeMessageVisibility),
 * so a failed delivery is retried with backoff rather than after the queue's fixed timeout.
 */
export interface MessageVisibility {
  retryAfter(receiptHandle: string, seconds: number): Promise<void>
}

/** What a webhook POST answered; a network error or timeout throws instead. */
export interface WebhookResponse {
  status: number
}

/** Sends one signed webhook request (fetch in every runtime; a fake in tests). */
export interface WebhookTransport {
  post(
    url: string,
    request: { headers: Record<string, string>; body: string; timeoutMs: number },
  ): Promise<WebhookResponse>
}
