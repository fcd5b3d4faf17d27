import {
  DomainError,
  type NewWebhookEndpoint,
  newId,
  type Page,
  type PageRequest,
  type StoredWebhookEndpoint,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookDeliveryLog,
  type WebhookEndpointChanges,
  type WebhookEventType,
  type WebhookPayload,
  type WebhookRepository,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { epochSeconds } from './entities/shared'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type {
  ChatterTable,
  WebhookAttemptItem,
  WebhookDeliveryItem,
  WebhookEndpointItem,
} from './table'

/** Deliveries and attempts are kept this long; DynamoDB's TTL deletes them after. */
const retentionSeconds = 30 * 24 * 60 * 60

function toEndpoint(item: WebhookEndpointItem): StoredWebhookEndpoint {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    url: item.url,
    events: item.events,
    ...(item.description ? { description: item.description } : {}),
    enabled: item.enabled,
    encryptedSecret: item.encryptedSecret,
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

function toDelivery(item: WebhookDeliveryItem): WebhookDelivery {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    endpointId: item.endpointId,
    eventType: item.eventType as WebhookEventType,
    payload: JSON.parse(item.payloadJson) as WebhookPayload,
    status: item.status,
    attempts: item.attempts,
    tries: item.tries ?? 0,
    ...(item.lastStatusCode === undefined ? {} : { lastStatusCode: item.lastStatusCode }),
    ...(item.lastError === undefined ? {} : { lastError: item.lastError }),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

function toAttempt(item: WebhookAttemptItem): WebhookAttempt {
  return {
    workspaceId: item.workspaceId,
    endpointId: item.endpointId,
    deliveryId: item.deliveryId,
    eventType: item.eventType as WebhookEventType,
    attempt: item.attempt,
    outcome: item.outcome,
    ...(item.statusCode === undefined ? {} : { statusCode: item.statusCode }),
    durationMs: item.durationMs,
    ...(item.error === undefined ? {} : { error: item.error }),
    at: item.at,
  }
}

/**
 * Webhook endpoints in their workspace's partition (newest first on gsi1). Deleting one deletes
 * its deliveries and attempt log (its own partition) with it.
 * @example const endpoints = new DynamoWebhookRepository(createTable(document, tableName))
 */
export class DynamoWebhookRepository implements WebhookRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewWebhookEndpoint): Promise<StoredWebhookEndpoint> {
    const createdAt = this.clock().toISOString()
    try {
      await this.table.entities.webhookEndpoint
        .create({ ...structuredClone(input), createdAt, updatedAt: createdAt })
        .go()
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'A webhook with this id already exists.')
      throw error
    }
    return { ...structuredClone(input), createdAt, updatedAt: createdAt }
  }

  async get(workspaceId: string, id: string): Promise<StoredWebhookEndpoint | undefined> {
    const { data } = await this.table.entities.webhookEndpoint
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toEndpoint(data) : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<StoredWebhookEndpoint>> {
    const { webhookEndpoint } = this.table.entities
    const toCursor =
      createConversions(webhookEndpoint).byAccessPattern.byCreation.fromComposite.toCursor
    return queryPage(
      page,
      (options) =>
        webhookEndpoint.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toEndpoint,
    )
  }

  async listSubscribed(
    workspaceId: string,
    type: WebhookEventType,
  ): Promise<StoredWebhookEndpoint[]> {
    const { data } = await this.table.entities.webhookEndpoint.query
      .byWorkspace({ workspaceId })
      .where(
        ({ enabled, events }, { eq, contains }) =>
          `${eq(enabled, true)} AND (${contains(events, type)} OR ${contains(events, '*')})`,
      )
      .go({ pages: 'all', consistent: true })
    return data.map(toEndpoint)
  }

  async update(
    workspaceId: string,
    id: string,
    changes: WebhookEndpointChanges,
  ): Promise<StoredWebhookEndpoint | undefined> {
    const { description, ...rest } = changes
    const set = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined))
    let patch = this.table.entities.webhookEndpoint.patch({ workspaceId, id }).set({
      ...set,
      ...(description ? { description } : {}),
      updatedAt: this.clock().toISOString(),
    })
    // An empty description means "none".
    if (description === '') patch = patch.remove(['description'])
    try {
      const { data } = await patch.go({ response: 'all_new' })
      return toEndpoint(data as WebhookEndpointItem)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const { webhookEndpoint, webhookDelivery, webhookAttempt } = this.table.entities
    try {
      await webhookEndpoint
        .delete({ workspaceId, id })
        .where(({ id: key }, { exists }) => exists(key))
        .go()
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
    const key = { workspaceId, endpointId: id }
    const [deliveries, attempts] = await Promise.all([
      webhookDelivery.query.byEndpoint(key).go({ pages: 'all', attributes: ['id'] }),
      webhookAttempt.query.byEndpoint(key).go({ pages: 'all', attributes: ['at', 'id'] }),
    ])
    await deleteAll(
      deliveries.data.map((item) => ({ ...key, id: item.id })),
      (batch) => webhookDelivery.delete(batch).go(),
    )
    await deleteAll(
      attempts.data.map((item) => ({ ...key, at: item.at, id: item.id })),
      (batch) => webhookAttempt.delete(batch).go(),
    )
    return true
  }
}

/**
 * Deliveries (with their payloads) and the attempt log, in the endpoint's partition; both expire
 * 30 days after they were last written. Recording an attempt updates its delivery in place.
 */
export class DynamoWebhookDeliveryLog implements WebhookDeliveryLog {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async put(delivery: WebhookDelivery, options: { reset?: boolean } = {}): Promise<boolean> {
    const { webhookDelivery } = this.table.entities
    const expiresAt = epochSeconds(delivery.updatedAt) + retentionSeconds
    try {
      await webhookDelivery
        .create({
          workspaceId: delivery.workspaceId,
          endpointId: delivery.endpointId,
          id: delivery.id,
          eventType: delivery.eventType,
          payloadJson: JSON.stringify(delivery.payload),
          status: delivery.status,
          attempts: delivery.attempts,
          tries: delivery.tries,
          expiresAt,
          createdAt: delivery.createdAt,
          updatedAt: delivery.updatedAt,
        })
        .go()
      return true
    } catch (error) {
      // Queued before (the same event published twice): one delivery.
      if (!isConditionFailure(error)) throw error
    }
    if (!options.reset) return false
    await webhookDelivery
      .patch({
        workspaceId: delivery.workspaceId,
        endpointId: delivery.endpointId,
        id: delivery.id,
      })
      .set({ status: 'pending', tries: 0, updatedAt: delivery.updatedAt, expiresAt })
      .go()
    return true
  }

  async beginAttempt(
    workspaceId: string,
    endpointId: string,
    deliveryId: string,
    maxTries: number,
  ): Promise<number | undefined> {
    try {
      const { data } = await this.table.entities.webhookDelivery
        .patch({ workspaceId, endpointId, id: deliveryId })
        .add({ tries: 1 })
        .where(
          ({ status, tries }, { ne, notExists, lt }) =>
            `${ne(status, 'delivered')} AND (${notExists(tries)} OR ${lt(tries, maxTries)})`,
        )
        .go({ response: 'all_new' })
      return data.tries ?? 1
    } catch (error) {
      // Gone (expired, endpoint deleted), delivered, or out of tries.
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }

  async get(
    workspaceId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDelivery | undefined> {
    const { data } = await this.table.entities.webhookDelivery
      .get({ workspaceId, endpointId, id: deliveryId })
      .go({ consistent: true })
    return data ? toDelivery(data) : undefined
  }

  async recordAttempt(attempt: WebhookAttempt): Promise<void> {
    const { webhookAttempt, webhookDelivery } = this.table.entities
    const key = { workspaceId: attempt.workspaceId, endpointId: attempt.endpointId }
    await webhookAttempt
      .put({
        ...key,
        at: attempt.at,
        id: newId('wha'),
        deliveryId: attempt.deliveryId,
        eventType: attempt.eventType,
        attempt: attempt.attempt,
        outcome: attempt.outcome,
        ...(attempt.statusCode === undefined ? {} : { statusCode: attempt.statusCode }),
        durationMs: attempt.durationMs,
        ...(attempt.error === undefined ? {} : { error: attempt.error }),
        expiresAt: epochSeconds(attempt.at) + retentionSeconds,
      })
      .go()
    const unset = [
      ...(attempt.statusCode === undefined ? (['lastStatusCode'] as const) : []),
      ...(attempt.error === undefined ? (['lastError'] as const) : []),
    ]
    let patch = webhookDelivery
      .patch({ ...key, id: attempt.deliveryId })
      .set({
        status: attempt.outcome,
        updatedAt: this.clock().toISOString(),
        ...(attempt.statusCode === undefined ? {} : { lastStatusCode: attempt.statusCode }),
        ...(attempt.error === undefined ? {} : { lastError: attempt.error }),
      })
      .add({ attempts: 1 })
    if (unset.length > 0) patch = patch.remove(unset)
    try {
      await patch.go()
    } catch (error) {
      // The delivery expired or its endpoint was deleted meanwhile: the log entry is enough.
      if (!isConditionFailure(error)) throw error
    }
  }

  attempts(
    workspaceId: string,
    endpointId: string,
    page: PageRequest,
  ): Promise<Page<WebhookAttempt>> {
    const { webhookAttempt } = this.table.entities
    const toCursor =
      createConversions(webhookAttempt).byAccessPattern.byEndpoint.fromComposite.toCursor
    const now = Math.floor(this.clock().getTime() / 1000)
    return queryPage(
      page,
      (options) =>
        webhookAttempt.query
          .byEndpoint({ workspaceId, endpointId })
          .where(({ expiresAt }, { gt }) => gt(expiresAt, now))
          .go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toAttempt,
    )
  }
}

/** Deletes a workspace's webhook endpoints with their deliveries and logs (workspace deletion). */
export async function deleteWorkspaceWebhooks(
  table: ChatterTable,
  workspaceId: string,
): Promise<number> {
  const repository = new DynamoWebhookRepository(table)
  const { data } = await table.entities.webhookEndpoint.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', attributes: ['id'] })
  for (const { id } of data) await repository.delete(workspaceId, id)
  return data.length
}
