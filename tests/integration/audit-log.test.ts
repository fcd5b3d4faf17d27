import { auditRetentionDays, DynamoAuditLog } from '@chatter/aws'
import { type AuditAction, type AuditActor, type AuditEvent, sortableId } from '@chatter/core'
import { table as tableSpec } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, walkPages } from '../support/dynamodb'

const minute = 60_000
const start = Date.parse('2025-03-01T12:00:00.000Z')
const ada: AuditActor = { type: 'user', id: 'u-ada', label: 'ada@example.com' }
const bob: AuditActor = { type: 'user', id: 'u-bob' }
const anonymous: AuditActor = { type: 'anonymous' }

/** The event at `start + n minutes`, so tests can name times by number. */
function event(
  n: number,
  action: AuditAction,
  actor: AuditActor,
  workspaceId = 'ws_a',
): AuditEvent {
  const at = new Date(start + n * minute)
  return {
    id: sortableId(at),
    workspaceId,
    at: at.toISOString(),
    action,
    outcome: 'success',
    actor,
  }
}

const iso = (n: number) => new Date(start + n * minute).toISOString()

async function seeded() {
  const { table, document, tableName } = await freshTable()
  const audit = new DynamoAuditLog(table)
  const events = [
    event(0, 'auth.login.succeeded', ada),
    event(1, 'auth.login.failed', anonymous),
    event(2, 'member.invited', ada),
    event(3, 'auth.login.succeeded', bob),
    event(4, 'key.created', ada),
    event(5, 'auth.login.succeeded', ada),
    event(6, 'auth.login.failed', bob),
  ]
  for (const e of events) await audit.record(e)
  await audit.record(event(3, 'auth.login.succeeded', ada, 'ws_b'))
  const all = [...events].reverse() // newest first
  return { audit, events, all, document, tableName }
}

describe('DynamoAuditLog', () => {
  it('records an event with all its fields, once however often it is recorded', async () => {
    const { table, document, tableName } = await freshTable()
    const audit = new DynamoAuditLog(table)
    const full: AuditEvent = {
      ...event(0, 'key.created', ada),
      outcome: 'failure',
      target: { type: 'apiKey', id: 'key_1', label: 'ci' },
      ip: '203.0.113.9',
      userAgent: 'curl/8',
      details: { scopes: 'read', count: 2, admin: false },
    }
    await audit.record(full)
    await audit.record(full)
    await expect(audit.query('ws_a', {}, { limit: 10 })).resolves.toEqual({
      items: [full],
      nextCursor: null,
    })
    const items = await scanAll(document, tableName)
    expect(items).toHaveLength(1)
    const expiresAt = Date.parse(full.at) / 1000 + auditRetentionDays * 86_400
    expect(items[0]?.[tableSpec.ttlAttribute]).toBe(expiresAt)
  })

  it("lists a workspace's events newest first across pages, never another workspace's", async () => {
    const { audit, all } = await seeded()
    const pages = await walkPages((page) => audit.query('ws_a', {}, page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 2, 1])
    expect(pages.flatMap((page) => page.items)).toEqual(all)
  })

  it('filters by actor, by action and by both, across pages', async () => {
    const { audit, all } = await seeded()
    const list = (filter: Parameters<DynamoAuditLog['query']>[1], limit = 1) =>
      walkPages((page) => audit.query('ws_a', filter, page), limit).then((pages) =>
        pages.flatMap((page) => page.items),
      )
    expect(await list({ actorId: 'u-ada' })).toEqual(all.filter((e) => e.actor.id === 'u-ada'))
    expect(await list({ action: 'auth.login.failed' })).toEqual(
      all.filter((e) => e.action === 'auth.login.failed'),
    )
    // Both: the action is a filter over the actor's events, so DynamoDB pages come back sparse.
    const adaLogins = all.filter(
      (e) => e.actor.id === 'u-ada' && e.action === 'auth.login.succeeded',
    )
    expect(adaLogins).toHaveLength(2)
    expect(await list({ actorId: 'u-ada', action: 'auth.login.succeeded' })).toEqual(adaLogins)
    expect(await list({ actorId: 'u-nobody' })).toEqual([])
  })

  it('bounds by time, both ends inclusive, alone or with other filters', async () => {
    const { audit, all } = await seeded()
    const between = (from: number, to: number) => (e: AuditEvent) =>
      e.at >= iso(from) && e.at <= iso(to)
    const query = (filter: Parameters<DynamoAuditLog['query']>[1]) =>
      audit.query('ws_a', filter, { limit: 20 }).then((page) => page.items)
    expect(await query({ from: iso(2), to: iso(5) })).toEqual(all.filter(between(2, 5)))
    expect(await query({ from: iso(5) })).toEqual(all.filter(between(5, 99)))
    expect(await query({ to: iso(1) })).toEqual(all.filter(between(0, 1)))
    expect(await query({ actorId: 'u-ada', from: iso(2), to: iso(4) })).toEqual(
      all.filter((e) => e.actor.id === 'u-ada').filter(between(2, 4)),
    )
    expect(await query({ action: 'auth.login.succeeded', to: iso(3) })).toEqual(
      all.filter((e) => e.action === 'auth.login.succeeded').filter(between(0, 3)),
    )
    // Any ISO 8601 form is accepted: the same instant with an offset.
    expect(await query({ from: '2025-03-01T14:05:00+02:00' })).toEqual(all.filter(between(5, 99)))
    expect(await query({ from: iso(5), to: iso(2) })).toEqual([])
    await expect(query({ from: 'yesterday' })).rejects.toMatchObject({ code: 'request.invalid' })
  })

  it('refuses a cursor from another workspace', async () => {
    const { audit } = await seeded()
    const { nextCursor } = await audit.query('ws_a', {}, { limit: 1 })
    expect(nextCursor).not.toBeNull()
    await expect(
      audit.query('ws_b', {}, { limit: 1, cursor: nextCursor ?? '' }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
  })
})
