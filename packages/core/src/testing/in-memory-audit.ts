import type { PageRequest } from '../pagination'
import type { AuditEvent, AuditFilter, AuditLog } from '../ports/audit-log'
import type { BucketState, RateLimitStore } from '../ports/rate-limit-store'
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

/** In-memory token-bucket store with the same compare-and-set contract. */
export class InMemoryRateLimits implements RateLimitStore {
  readonly buckets = new Map<string, BucketState>()

  async get(key: string) {
    const state = this.buckets.get(key)
    return state && { ...state }
  }

  async put(key: string, next: BucketState, expectedVersion: number | undefined) {
    if (this.buckets.get(key)?.version !== expectedVersion) return false
    this.buckets.set(key, { ...next })
    return true
  }
}
