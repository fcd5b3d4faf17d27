import type { PageRequest } from '../pagination'
import type { AuditEvent, AuditFilter, AuditLog } from '../ports/audit-log'
import type { BucketWrite, RateLimitStore } from '../ports/rate-limit-store'
import { paginate } from './paginate'

/** In-memory audit log, newest first. */
export class InMemoryAuditLog implements AuditLog {
  readonly events: AuditEvent[] = []

  async record(event: AuditEvent) {
    if (!this.events.some((existing) => existing.id === event.id)) this.events.push(event)
  }

  async query(workspaceId: string, filter: AuditFilter, page: PageRequest) {
    const matching = this.events
      .filter((e) => e.workspaceId === workspaceId)
      .filter((e) => !filter.action || e.action === filter.action)
      .filter((e) => !filter.actorId || e.actor.id === filter.actorId)
      .filter((e) => !filter.from || e.at >= filter.from)
      .filter((e) => !filter.to || e.at <= filter.to)
      .sort((a, b) => (a.id < b.id ? 1 : -1))
    return paginate(matching, page)
  }
}

/** In-memory token-bucket store with the same conditional writes; `buckets` holds each `tat`. */
export class InMemoryRateLimits implements RateLimitStore {
  readonly buckets = new Map<string, number>()

  async increment(
    key: string,
    amount: number,
    { atLeast = -Infinity, atMost = Infinity }: { atLeast?: number; atMost?: number },
  ): Promise<BucketWrite> {
    const tat = this.buckets.get(key)
    if (tat === undefined || tat < atLeast || tat > atMost) return { applied: false, tat }
    this.buckets.set(key, tat + amount)
    return { applied: true, tat: tat + amount }
  }

  async reset(key: string, tat: number, before: number): Promise<BucketWrite> {
    const current = this.buckets.get(key)
    if (current !== undefined && current >= before) return { applied: false, tat: current }
    this.buckets.set(key, tat)
    return { applied: true, tat }
  }
}
