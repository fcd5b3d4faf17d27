import type { PageRequest } from '../pagination'
import type {
  MessageVisibility,
  NewWebhookEndpoint,
  StoredWebhookEndpoint,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryLog,
  WebhookEndpointChanges,
  WebhookEventType,
  WebhookRepository,
  WebhookResponse,
  WebhookTransport,
} from '../ports/webhook-repository'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, paginate } from './paginate'

const keyOf = (...parts: string[]) => parts.join('/')

/** In-memory deliveries and their attempt log (newest first, like DynamoDB). */
export class InMemoryWebhookDeliveries implements WebhookDeliveryLog {
  /** By `workspaceId/endpointId/deliveryId`. */
  readonly byKey = new Map<string, WebhookDelivery>()
  readonly attemptLog: WebhookAttempt[] = []

  async put(delivery: WebhookDelivery, options: { reset?: boolean } = {}) {
    const key = keyOf(delivery.workspaceId, delivery.endpointId, delivery.id)
    const current = this.byKey.get(key)
    if (!current) this.byKey.set(key, structuredClone(delivery))
    else if (options.reset)
      Object.assign(current, { status: 'pending', tries: 0, updatedAt: delivery.updatedAt })
    else return false
    return true
  }

  async beginAttempt(workspaceId: string, endpointId: string, deliveryId: string, max: number) {
    const delivery = this.byKey.get(keyOf(workspaceId, endpointId, deliveryId))
    if (!delivery || delivery.status === 'delivered' || delivery.tries >= max) return undefined
    delivery.tries += 1
    return delivery.tries
  }

  async get(workspaceId: string, endpointId: string, deliveryId: string) {
    const delivery = this.byKey.get(keyOf(workspaceId, endpointId, deliveryId))
    return delivery && structuredClone(delivery)
  }

  async recordAttempt(attempt: WebhookAttempt) {
    this.attemptLog.push(structuredClone(attempt))
    const delivery = this.byKey.get(
      keyOf(attempt.workspaceId, attempt.endpointId, attempt.deliveryId),
    )
    if (!delivery) return
    delivery.status = attempt.outcome
    delivery.attempts += 1
    delivery.updatedAt = attempt.at
    if (attempt.statusCode === undefined) delete delivery.lastStatusCode
    else delivery.lastStatusCode = attempt.statusCode
    if (attempt.error === undefined) delete delivery.lastError
    else delivery.lastError = attempt.error
  }

  async attempts(workspaceId: string, endpointId: string, page: PageRequest) {
    const mine = this.attemptLog
      .filter((a) => a.workspaceId === workspaceId && a.endpointId === endpointId)
      .reverse()
    return paginate(structuredClone(mine), page)
  }

  removeEndpoint(workspaceId: string, endpointId: string) {
    for (const [key, delivery] of this.byKey)
      if (delivery.workspaceId === workspaceId && delivery.endpointId === endpointId)
        this.byKey.delete(key)
    for (let i = this.attemptLog.length - 1; i >= 0; i--) {
      const attempt = this.attemptLog[i]
      if (attempt?.workspaceId === workspaceId && attempt.endpointId === endpointId)
        this.attemptLog.splice(i, 1)
    }
  }
}

/** In-memory webhook endpoints; deleting one deletes its deliveries in `deliveries`. */
export class InMemoryWebhooks implements WebhookRepository {
  /** By `workspaceId/id`, in creation order. */
  readonly byKey = new Map<string, StoredWebhookEndpoint>()

  constructor(
    readonly deliveries = new InMemoryWebhookDeliveries(),
    workspaces?: InMemoryWorkspaces,
  ) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const [key, endpoint] of this.byKey)
          if (endpoint.workspaceId === id) {
            this.byKey.delete(key)
            this.deliveries.removeEndpoint(id, endpoint.id)
          }
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(input: NewWebhookEndpoint) {
    const key = keyOf(input.workspaceId, input.id)
    if (this.byKey.has(key)) throw conflict('A webhook with this id already exists.')
    const now = new Date().toISOString()
    const endpoint = { ...structuredClone(input), createdAt: now, updatedAt: now }
    this.byKey.set(key, endpoint)
    return structuredClone(endpoint)
  }

  async get(workspaceId: string, id: string) {
    const endpoint = this.byKey.get(keyOf(workspaceId, id))
    return endpoint && structuredClone(endpoint)
  }

  async list(workspaceId: string, page: PageRequest) {
    const mine = [...this.byKey.values()].filter((e) => e.workspaceId === workspaceId).reverse()
    return paginate(structuredClone(mine), page)
  }

  async listSubscribed(workspaceId: string, type: WebhookEventType) {
    return structuredClone(
      [...this.byKey.values()].filter(
        (e) =>
          e.workspaceId === workspaceId &&
          e.enabled &&
          (e.events.includes('*') || e.events.includes(type)),
      ),
    )
  }

  async update(workspaceId: string, id: string, changes: WebhookEndpointChanges) {
    const endpoint = this.byKey.get(keyOf(workspaceId, id))
    if (!endpoint) return undefined
    const { description, ...rest } = changes
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
    Object.assign(endpoint, structuredClone(defined), { updatedAt: new Date().toISOString() })
    // An empty description removes it.
    if (description === '') delete endpoint.description
    else if (description !== undefined) endpoint.description = description
    return structuredClone(endpoint)
  }

  async delete(workspaceId: string, id: string) {
    const removed = this.byKey.delete(keyOf(workspaceId, id))
    if (removed) this.deliveries.removeEndpoint(workspaceId, id)
    return removed
  }
}

/** Records every visibility change asked for. */
export class RecordingVisibility implements MessageVisibility {
  readonly changes: { receiptHandle: string; seconds: number }[] = []
  async retryAfter(receiptHandle: string, seconds: number) {
    this.changes.push({ receiptHandle, seconds })
  }
}

/** A webhook receiver that answers from a script (a status, or a thrown error) and keeps requests. */
export class FakeWebhookTransport implements WebhookTransport {
  readonly requests: { url: string; headers: Record<string, string>; body: string }[] = []
  constructor(private answer: (url: string) => number | Error = () => 200) {}

  answerWith(answer: (url: string) => number | Error) {
    this.answer = answer
  }

  async post(url: string, request: { headers: Record<string, string>; body: string }) {
    this.requests.push({ url, headers: { ...request.headers }, body: request.body })
    const result = this.answer(url)
    if (result instanceof Error) throw result
    return { status: result } satisfies WebhookResponse
  }
}

/** The webhook stores of `inMemoryStores()`, wired to each other and to the workspaces. */
export function inMemoryWebhookStores(workspaces?: InMemoryWorkspaces) {
  const webhookDeliveries = new InMemoryWebhookDeliveries()
  return {
    webhookEndpoints: new InMemoryWebhooks(webhookDeliveries, workspaces),
    webhookDeliveries,
  }
}
