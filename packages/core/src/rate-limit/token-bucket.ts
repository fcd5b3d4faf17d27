import type { BucketWrite, RateLimitStore } from '../ports/rate-limit-store'

/**
 * A token bucket: it holds at most `burst` tokens and refills at `limit` tokens per
 * `windowSeconds`; each request takes one.
 */
export interface RateLimitPolicy {
  limit: number
  windowSeconds: number
  burst: number
  /**
   * What to do when the conditional write keeps finding the bucket in another state than it
   * assumed (full, or not), each time because a rival request just took from it or gave back;
   * over-admitting is bounded by the concurrency. `open` suits route classes, where
   * availability matters more; `closed` suits password guessing.
   */
  onContention: 'open' | 'closed'
}

/** What a caller is told: the `RateLimit-*` and `Retry-After` headers come from this. */
export interface RateLimitDecision {
  allowed: boolean
  limit: number
  /** Whole tokens left after this request. */
  remaining: number
  /** Seconds until the bucket is full again. */
  resetSeconds: number
  /** Seconds until a request would be allowed; 0 when allowed. */
  retryAfterSeconds: number
}

// Three conditional writes at most; each miss tells the next which one applies.
const attempts = 3

// Milliseconds for `tokens` to drip back; multiplying first keeps whole answers exact (1 * 900 / 5).
const msFor = (policy: RateLimitPolicy, tokens: number) =>
  (tokens * policy.windowSeconds * 1000) / policy.limit

/** Tokens in a bucket whose theoretical arrival time is `tat`: full once `tat` has passed. */
const tokensAt = (policy: RateLimitPolicy, tat: number | undefined, now: number) =>
  policy.burst - Math.max(0, (tat ?? now) - now) / msFor(policy, 1)

function decide(
  policy: RateLimitPolicy,
  tokens: number,
  allowed: boolean,
  cost = 1,
): RateLimitDecision {
  return {
    allowed,
    limit: policy.burst,
    remaining: Math.max(0, Math.floor(tokens)),
    resetSeconds: Math.ceil(msFor(policy, policy.burst - tokens) / 1000),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(msFor(policy, cost - tokens) / 1000)),
  }
}

/*
 * The last `tat` this process saw per bucket, only to guess which of the two writes applies
 * (a wrong guess costs one more round trip, never a wrong answer). Per store, and bounded.
 */
const lastSeen = new WeakMap<RateLimitStore, Map<string, number>>()
const hintsOf = (store: RateLimitStore) => {
  const hints = lastSeen.get(store)
  if (hints && hints.size <= 10_000) return hints
  const fresh = new Map<string, number>()
  lastSeen.set(store, fresh)
  return fresh
}

/**
 * Takes `cost` tokens from the bucket at `key` (a negative cost gives tokens back, up to the
 * burst). The bucket is a GCRA: one stored time, `tat`, from which the tokens follow, so a take
 * is one conditional write and needs no read. Store errors propagate: each caller decides
 * whether to fail open.
 *
 * 1. Bucket in debt (`tat` still ahead): add the cost to `tat` if it stays within the burst.
 * 2. Bucket full (`tat` passed, or no bucket): set `tat` to now plus the cost.
 * 3. Which applies is a guess from the last `tat` seen; a refused write returns the stored one:
 *    beyond the burst, deny (an empty bucket is never written); else retry with the other write,
 *    at most three times, then apply the policy's `onContention`.
 * @example const decision = await takeToken(store, 'rate:chat:user:usr_1', policy, new Date())
 */
export async function takeToken(
  store: RateLimitStore,
  key: string,
  policy: RateLimitPolicy,
  at: Date,
  cost = 1,
): Promise<RateLimitDecision> {
  const now = at.getTime()
  const step = msFor(policy, cost)
  const hints = hintsOf(store)
  const ceiling = now + msFor(policy, policy.burst)
  // TTL: a bucket is never more than `ceiling` in debt, so it is full again (and can go) by then.
  const expiresAt = Math.ceil(ceiling / 1000) + 60
  if (cost <= 0) {
    // A `tat` that has passed means a full bucket however far back it lies: no bound needed.
    const given = await store.increment(key, step, {}, expiresAt)
    if (given.tat !== undefined) hints.set(key, given.tat)
    return decide(policy, tokensAt(policy, given.tat, now), true)
  }
  let known = hints.get(key)
  for (let attempt = 0; attempt < attempts; attempt++) {
    const write: BucketWrite =
      known !== undefined && known >= now
        ? await store.increment(key, step, { atLeast: now, atMost: ceiling - step }, expiresAt)
        : await store.reset(key, now + step, now, expiresAt)
    known = write.tat
    if (known === undefined) hints.delete(key)
    else hints.set(key, known)
    if (write.applied) return decide(policy, tokensAt(policy, known, now), true)
    if (known !== undefined && known > ceiling - step)
      return decide(policy, tokensAt(policy, known, now), false, cost)
  }
  const tokens = Math.max(0, tokensAt(policy, known, now) - cost)
  return decide(policy, tokens, policy.onContention === 'open')
}
