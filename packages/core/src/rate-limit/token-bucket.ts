import type { BucketState, RateLimitStore } from '../ports/rate-limit-store'

/**
 * A token bucket: it holds at most `burst` tokens and refills at `limit` tokens per
 * `windowSeconds`; each request takes one.
 */
export interface RateLimitPolicy {
  limit: number
  windowSeconds: number
  burst: number
  /**
   * What to do when the compare-and-set write keeps losing to concurrent writers. Losing means
   * every rival write took a token from a bucket that still had some (an empty bucket is only
   * read, never written), so over-admitting is bounded by the concurrency. `open` suits route
   * classes, where availability matters more; `closed` suits password guessing.
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

// Three rounds of read-then-conditional-write; each loss means a rival request just succeeded.
const attempts = 3

// Seconds for `tokens` to drip back; multiplying first keeps whole answers exact (1 * 900 / 5).
const secondsFor = (policy: RateLimitPolicy, tokens: number) =>
  (tokens * policy.windowSeconds) / policy.limit

/** The bucket as it stands at `now`: refilled for the time since it was last written. */
function refill(state: BucketState | undefined, policy: RateLimitPolicy, now: number) {
  if (!state) return { tokens: policy.burst, updatedAt: now }
  // Another instance's clock may run ahead; never refill for negative time.
  const elapsed = Math.max(0, now - state.updatedAt) / 1000
  const tokens = Math.min(
    policy.burst,
    state.tokens + (elapsed * policy.limit) / policy.windowSeconds,
  )
  return { tokens, updatedAt: Math.max(now, state.updatedAt) }
}

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
    resetSeconds: Math.ceil(secondsFor(policy, policy.burst - tokens)),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(secondsFor(policy, cost - tokens))),
  }
}

// TTL: an untouched bucket is full again after this long, so its item can go.
const expiry = (policy: RateLimitPolicy, now: number, tokens: number) =>
  Math.ceil(now / 1000 + secondsFor(policy, policy.burst - tokens) + 60)

/**
 * Takes `cost` tokens from the bucket at `key` (a negative cost gives tokens back, up to the
 * burst). Store errors propagate: each caller decides whether to fail open.
 *
 * 1. Read the bucket and refill it for the time elapsed since it was written.
 * 2. Too few tokens: deny without writing (so an empty bucket costs one read per request).
 * 3. Otherwise write the new count if nobody wrote since our read (a version check).
 * 4. Lost the race: start over, at most three times, then apply the policy's `onContention`.
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
  let tokens = policy.burst
  for (let attempt = 0; attempt < attempts; attempt++) {
    const state = await store.get(key)
    const current = refill(state, policy, now)
    tokens = current.tokens
    if (cost > 0 && tokens < cost) return decide(policy, tokens, false, cost)
    const next = Math.min(policy.burst, tokens - cost)
    const written = await store.put(
      key,
      { tokens: next, updatedAt: current.updatedAt, version: (state?.version ?? 0) + 1 },
      state?.version,
      expiry(policy, now, next),
    )
    if (written) return decide(policy, next, true)
  }
  return decide(policy, Math.max(0, tokens - cost), policy.onContention === 'open')
}
