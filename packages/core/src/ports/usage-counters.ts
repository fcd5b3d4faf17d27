/**
 * Usage counters by scope (a workspace id, or `*` for the whole platform) and UTC day: one
 * record per (scope, day) holding named numeric counters (`messages`, `tokensIn`,
 * `model#<id>#tokensIn`, `lat#<bucket>`, ...) that only ever grow by atomic additions, so
 * reading a range of days is one query and never a scan of messages.
 */
export interface UsageCounters {
  /**
   * Takes a one-time marker (`event#<id>`, `active#<scope>#<day>#<userId>`) until `expiresAt`:
   * true if this call took it, false if it was already taken.
   */
  claim(marker: string, expiresAt: Date): Promise<boolean>
  /** Gives a marker back, so a count that failed after claiming can be retried. */
  release(marker: string): Promise<void>
  /** Adds `counts` to the scope's counters of `day` (YYYY-MM-DD), atomically per counter. */
  add(scope: string, day: string, counts: Readonly<Record<string, number>>): Promise<void>
  /** The counters of each day from `from` to `to` (inclusive) that has any, oldest first. */
  days(scope: string, from: string, to: string): Promise<UsageDay[]>
}

export interface UsageDay {
  /** YYYY-MM-DD, UTC. */
  day: string
  counts: Record<string, number>
}

/** The scope of the platform-wide counters: no workspace id is `*`. */
export const platformScope = '*'
