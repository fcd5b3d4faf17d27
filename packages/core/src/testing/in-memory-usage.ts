import type { UsageCounters, UsageDay } from '../ports/usage-counters'

/** In-memory usage counters with the same contract: markers taken once, additions summed. */
export class InMemoryUsageCounters implements UsageCounters {
  readonly markers = new Map<string, Date>()
  /** Counters by `scope` then by day. */
  readonly counters = new Map<string, Map<string, Record<string, number>>>()

  async claim(marker: string, expiresAt: Date) {
    if (this.markers.has(marker)) return false
    this.markers.set(marker, expiresAt)
    return true
  }

  async release(marker: string) {
    this.markers.delete(marker)
  }

  async add(scope: string, day: string, counts: Readonly<Record<string, number>>) {
    const days = this.counters.get(scope) ?? new Map<string, Record<string, number>>()
    this.counters.set(scope, days)
    const current = days.get(day) ?? {}
    for (const [name, value] of Object.entries(counts)) current[name] = (current[name] ?? 0) + value
    days.set(day, current)
  }

  async days(scope: string, from: string, to: string): Promise<UsageDay[]> {
    return [...(this.counters.get(scope) ?? new Map<string, Record<string, number>>())]
      .filter(([day]) => day >= from && day <= to)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, counts]) => ({ day, counts: { ...counts } }))
  }

  /** Forgets a workspace's counters, as workspace deletion does. */
  removeScope(scope: string) {
    this.counters.delete(scope)
  }
}
