import {
  type AuditEvent,
  type AuditFilter,
  type AuditLog,
  DomainError,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { epochSeconds } from './entities/shared'
import { isConditionFailure } from './errors'
import { type PageOptions, queryPage } from './pagination'
import type { AuditEventItem, ChatterTable } from './table'

/** How long audit events are kept before DynamoDB's TTL removes them. */
export const auditRetentionDays = 400

/**
 * The audit log, per workspace, newest first. Every view sorts by time, so `from`/`to` are
 * always a key range; an actor filter reads the by-actor index (gsi1), an action filter the
 * by-action index (gsi2), and only both together need a filter expression.
 * @example await audit.query(workspaceId, { actorId: userId, from }, { limit: 20 })
 */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly table: ChatterTable,
    private readonly retentionDays = auditRetentionDays,
  ) {}

  /** Idempotent by id: recording an event again (a retried request) keeps the first. */
  async record(event: AuditEvent): Promise<void> {
    try {
      await this.table.entities.auditEvent
        .create({
          ...event,
          actorId: event.actor.id ?? '',
          ttl: epochSeconds(event.at) + this.retentionDays * 86_400,
        })
        .go()
    } catch (error) {
      if (!isConditionFailure(error)) throw error
    }
  }

  async query(
    workspaceId: string,
    filter: AuditFilter,
    page: PageRequest,
  ): Promise<Page<AuditEvent>> {
    const range = timeRange(filter)
    if (!range) return { items: [], nextCursor: null }
    const [lower, upper] = range
    const { auditEvent } = this.table.entities
    const cursors = createConversions(auditEvent).byAccessPattern
    const newestFirst = (options: PageOptions) => ({ ...options, order: 'desc' }) as const
    const { actorId, action } = filter
    if (actorId) {
      return queryPage(
        page,
        (options) =>
          auditEvent.query
            .byActor({ workspaceId, actorId })
            .between(lower, upper)
            .where((item, { eq }) => (action ? eq(item.action, action) : ''))
            .go(newestFirst(options)),
        (item) => cursors.byActor.fromComposite.toCursor(item),
        toAuditEvent,
      )
    }
    if (action) {
      return queryPage(
        page,
        (options) =>
          auditEvent.query
            .byAction({ workspaceId, action })
            .between(lower, upper)
            .go(newestFirst(options)),
        (item) => cursors.byAction.fromComposite.toCursor(item),
        toAuditEvent,
      )
    }
    return queryPage(
      page,
      (options) =>
        auditEvent.query.byTime({ workspaceId }).between(lower, upper).go(newestFirst(options)),
      (item) => cursors.byTime.fromComposite.toCursor(item),
      toAuditEvent,
    )
  }
}

/**
 * The inclusive `from`/`to` bounds as a sort-key range on `at`, or undefined when it is empty.
 * The sort key is `at` then `id`, so a bare `at` sorts before every event at that instant: the
 * upper bound is one millisecond past `to` (events are stamped to the millisecond). Without a
 * bound the range still stays inside this entity's keys, so DynamoDB reads nothing else in the
 * workspace's partition.
 */
function timeRange(filter: AuditFilter): [{ at: string }, { at: string }] | undefined {
  const from = filter.from === undefined ? undefined : instant(filter.from, 'from')
  const to = filter.to === undefined ? undefined : instant(filter.to, 'to')
  if (from !== undefined && to !== undefined && from > to) return undefined
  return [
    { at: from === undefined ? '0000' : new Date(from).toISOString() },
    { at: to === undefined ? '9999' : new Date(to + 1).toISOString() },
  ]
}

function instant(value: string, path: 'from' | 'to'): number {
  const time = Date.parse(value)
  if (Number.isNaN(time)) {
    throw new DomainError('request.invalid', `'${path}' is not an ISO 8601 time.`, {
      errors: [{ path, message: 'Expected an ISO 8601 date or time.' }],
    })
  }
  return time
}

function toAuditEvent(item: AuditEventItem): AuditEvent {
  const { actor, target } = item
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    at: item.at,
    action: item.action,
    outcome: item.outcome,
    actor: {
      type: actor.type,
      ...(actor.id === undefined ? {} : { id: actor.id }),
      ...(actor.label === undefined ? {} : { label: actor.label }),
    },
    ...(target === undefined
      ? {}
      : {
          target: {
            type: target.type,
            id: target.id,
            ...(target.label === undefined ? {} : { label: target.label }),
          },
        }),
    ...(item.ip === undefined ? {} : { ip: item.ip }),
    ...(item.userAgent === undefined ? {} : { userAgent: item.userAgent }),
    ...(item.details === undefined ? {} : { details: item.details }),
  }
}
