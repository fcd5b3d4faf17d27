import { randomUUID } from 'node:crypto'
import {
  DynamoWebhookDeliveryLog,
  DynamoWebhookRepository,
  deleteWorkspaceWebhooks,
} from '@chatter/aws'
import type { WebhookAttempt, WebhookDelivery } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

const start = Date.parse('2025-01-01T00:00:00.000Z')

async function setup() {
  const { table, document, tableName } = await freshTable()
  const clock = tickingClock(start)
  const endpoints = new DynamoWebhookRepository(table, clock)
  const deliveries = new DynamoWebhookDeliveryLog(table, clock)
  const workspaceId = `ws_${randomUUID()}`
  const endpoint = (id: string, events: string[] = ['*'], enabled = true, ws = workspaceId) =>
    endpoints.create({
      id,
      workspaceId: ws,
      url: `https://hooks.example.com/${id}`,
      events,
      enabled,
      encryptedSecret: `sealed-${id}`,
      createdBy: 'usr_owner',
    })
  const at = new Date(start).toISOString()
  const delivery = (endpointId: string, eventId = 'evt_1'): WebhookDelivery => ({
    id: `${eventId}:${endpointId}`,
    workspaceId,
    endpointId,
    eventType: 'document.ready',
    payload: { id: eventId, type: 'document.ready', workspaceId, occurredAt: at, data: { n: 1 } },
    status: 'pending',
    attempts: 0,
    tries: 0,
    createdAt: at,
    updatedAt: at,
  })
  const attempt = (
    endpointId: string,
    deliveryId: string,
    n: number,
    outcome: WebhookAttempt['outcome'],
  ): WebhookAttempt => ({
    workspaceId,
    endpointId,
    deliveryId,
    eventType: 'document.ready',
    attempt: n,
    outcome,
    ...(outcome === 'delivered' ? { statusCode: 200 } : { error: 'No answer within 10 s.' }),
    durationMs: 40,
    at: clock().toISOString(),
  })
  const items = () => scanAll(document, tableName)
  return { table, clock, endpoints, deliveries, workspaceId, endpoint, delivery, attempt, items }
}

describe('DynamoWebhookRepository', () => {
  it('creates, gets, lists newest first by page, and refuses a second create of an id', async () => {
    const t = await setup()
    for (const id of ['wh_a', 'wh_b', 'wh_c']) await t.endpoint(id)
    expect(await t.endpoints.get(t.workspaceId, 'wh_b')).toMatchObject({
      id: 'wh_b',
      url: 'https://hooks.example.com/wh_b',
      encryptedSecret: 'sealed-wh_b',
      enabled: true,
    })
    const pages = await walkPages((page) => t.endpoints.list(t.workspaceId, page), 2)
    expect(pages.map((p) => p.items.map((e) => e.id))).toEqual([['wh_c', 'wh_b'], ['wh_a']])
    await expect(t.endpoint('wh_a')).rejects.toMatchObject({ code: 'resource.conflict' })
  })

  it('finds the enabled endpoints subscribed to a type (or to every type)', async () => {
    const t = await setup()
    await t.endpoint('wh_ready', ['document.ready'])
    await t.endpoint('wh_all', ['*'])
    await t.endpoint('wh_member', ['member.added'])
    await t.endpoint('wh_off', ['document.ready'], false)
    await t.endpoint('wh_elsewhere', ['*'], true, `ws_${randomUUID()}`)
    const subscribed = await t.endpoints.listSubscribed(t.workspaceId, 'document.ready')
    expect(subscribed.map((e) => e.id).sort()).toEqual(['wh_all', 'wh_ready'])
  })

  it('updates fields, removes the description with an empty one, and misses a missing id', async () => {
    const t = await setup()
    await t.endpoint('wh_a')
    await t.endpoints.update(t.workspaceId, 'wh_a', { description: 'CI' })
    const changed = await t.endpoints.update(t.workspaceId, 'wh_a', {
      enabled: false,
      events: ['document.failed'],
      encryptedSecret: 'sealed-again',
    })
    expect(changed).toMatchObject({ enabled: false, description: 'CI' })
    const cleared = await t.endpoints.update(t.workspaceId, 'wh_a', { description: '' })
    expect(cleared).not.toHaveProperty('description')
    expect(await t.endpoints.get(t.workspaceId, 'wh_a')).toMatchObject({
      events: ['document.failed'],
      encryptedSecret: 'sealed-again',
    })
    expect(await t.endpoints.update(t.workspaceId, 'wh_none', { enabled: true })).toBeUndefined()
  })

  it('deletes an endpoint with its deliveries and attempt log, leaving the others', async () => {
    const t = await setup()
    await t.endpoint('wh_a')
    await t.endpoint('wh_b')
    for (const id of ['wh_a', 'wh_b']) {
      await t.deliveries.put(t.delivery(id))
      await t.deliveries.recordAttempt(t.attempt(id, `evt_1:${id}`, 1, 'delivered'))
    }
    expect(await t.endpoints.delete(t.workspaceId, 'wh_a')).toBe(true)
    expect(await t.endpoints.delete(t.workspaceId, 'wh_a')).toBe(false)
    expect(await t.deliveries.get(t.workspaceId, 'wh_a', 'evt_1:wh_a')).toBeUndefined()
    expect((await t.deliveries.attempts(t.workspaceId, 'wh_a', { limit: 10 })).items).toEqual([])
    expect(await t.deliveries.get(t.workspaceId, 'wh_b', 'evt_1:wh_b')).toBeDefined()
    const left = (await t.items()).map((item) => JSON.stringify(item))
    expect(left.some((item) => item.includes('wh_a'))).toBe(false)

    expect(await deleteWorkspaceWebhooks(t.table, t.workspaceId)).toBe(1)
    expect(await t.items()).toEqual([])
  })
})

describe('DynamoWebhookDeliveryLog', () => {
  it('creates a delivery once: the same one put again is not saved (nor queued) twice', async () => {
    const t = await setup()
    await t.endpoint('wh_a')
    expect(await t.deliveries.put(t.delivery('wh_a'))).toBe(true)
    await t.deliveries.recordAttempt(t.attempt('wh_a', 'evt_1:wh_a', 1, 'delivered'))
    expect(await t.deliveries.put(t.delivery('wh_a'))).toBe(false)
    expect(await t.deliveries.get(t.workspaceId, 'wh_a', 'evt_1:wh_a')).toMatchObject({
      status: 'delivered',
      attempts: 1,
      payload: { id: 'evt_1', data: { n: 1 } },
    })
  })

  it('counts tries conditionally: never past the maximum, never once delivered', async () => {
    const t = await setup()
    await t.endpoint('wh_a')
    await t.deliveries.put(t.delivery('wh_a'))
    const begin = () => t.deliveries.beginAttempt(t.workspaceId, 'wh_a', 'evt_1:wh_a', 3)
    // Concurrent receives of one message still count one try each.
    const counted = await Promise.all([begin(), begin()])
    expect(counted.sort()).toEqual([1, 2])
    expect(await begin()).toBe(3)
    expect(await begin()).toBeUndefined()
    expect(await t.deliveries.beginAttempt(t.workspaceId, 'wh_a', 'evt_1:nowhere', 3)).toBe(
      undefined,
    )

    // A redelivery counts its tries anew; a delivered one takes no more.
    expect(await t.deliveries.put(t.delivery('wh_a'), { reset: true })).toBe(true)
    expect(await t.deliveries.get(t.workspaceId, 'wh_a', 'evt_1:wh_a')).toMatchObject({
      status: 'pending',
      tries: 0,
    })
    expect(await begin()).toBe(1)
    await t.deliveries.recordAttempt(t.attempt('wh_a', 'evt_1:wh_a', 1, 'delivered'))
    expect(await begin()).toBeUndefined()
  })

  it('records attempts: the log newest first by page, the delivery its last result', async () => {
    const t = await setup()
    await t.endpoint('wh_a')
    await t.deliveries.put(t.delivery('wh_a'))
    await t.deliveries.recordAttempt(t.attempt('wh_a', 'evt_1:wh_a', 1, 'retrying'))
    await t.deliveries.recordAttempt(t.attempt('wh_a', 'evt_1:wh_a', 2, 'failed'))
    expect(await t.deliveries.get(t.workspaceId, 'wh_a', 'evt_1:wh_a')).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: 'No answer within 10 s.',
    })
    await t.deliveries.recordAttempt(t.attempt('wh_a', 'evt_1:wh_a', 3, 'delivered'))
    const delivered = await t.deliveries.get(t.workspaceId, 'wh_a', 'evt_1:wh_a')
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 })
    expect(delivered).not.toHaveProperty('lastError')

    const pages = await walkPages((page) => t.deliveries.attempts(t.workspaceId, 'wh_a', page), 2)
    expect(pages.map((p) => p.items.map((a) => [a.attempt, a.outcome]))).toEqual([
      [
        [3, 'delivered'],
        [2, 'failed'],
      ],
      [[1, 'retrying']],
    ])
  })

  it('logs an attempt of a delivery that is gone without failing', async () => {
    const t = await setup()
    await t.endpoint('wh_a')
    await t.deliveries.recordAttempt(t.attempt('wh_a', 'evt_9:wh_a', 1, 'retrying'))
    expect(await t.deliveries.get(t.workspaceId, 'wh_a', 'evt_9:wh_a')).toBeUndefined()
    expect((await t.deliveries.attempts(t.workspaceId, 'wh_a', { limit: 5 })).items).toHaveLength(1)
  })
})
