import { DomainError } from '../errors'
import { hashSecret } from '../ids/ids'
import type { RateLimitStore } from '../ports/rate-limit-store'
import { normalizeEmail } from '../ports/user-repository'
import type { RateLimitPolicies } from './policies'
import { type RateLimitDecision, takeToken } from './token-bucket'

/** One password check in progress; a correct password gives its tokens back. */
export interface PasswordAttempt {
  succeeded(): Promise<void>
}

/** Brute-force protection for anything that checks a password (sign-in, password change). */
export interface LoginThrottle {
  /**
   * Takes one try from the account's and the IP's buckets before the password is checked, or
   * throws `rateLimit.exceeded` (with `retryAfterSeconds` in its details) when either is empty.
   */
  attempt(email: string, ip: string | undefined): Promise<PasswordAttempt>
}

/**
 * Failed attempts consume, successes do not: each attempt takes a token up front and gives it
 * back when the password was right. Taking first (rather than checking, then charging failures)
 * means a burst of parallel guesses cannot all slip past the check before any is charged; and
 * while a bucket is empty even the right password is refused, so guessing gains nothing.
 *
 * The price: anyone can lock an account out of password sign-in for up to 15 minutes by failing
 * on purpose. Both buckets fail closed (contention or store errors refuse the attempt).
 */
export class BucketLoginThrottle implements LoginThrottle {
  constructor(
    private readonly store: RateLimitStore,
    private readonly policies: Pick<RateLimitPolicies, 'loginPerAccount' | 'loginPerIp'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async attempt(email: string, ip: string | undefined): Promise<PasswordAttempt> {
    // Keyed by a hash, so the rate-limit table holds no email addresses.
    const buckets = [
      {
        key: `login:account:${hashSecret(normalizeEmail(email))}`,
        policy: this.policies.loginPerAccount,
      },
      { key: `login:ip:${ip ?? 'unknown'}`, policy: this.policies.loginPerIp },
    ]
    const taken: typeof buckets = []
    for (const bucket of buckets) {
      const decision = await takeToken(this.store, bucket.key, bucket.policy, this.clock())
      if (!decision.allowed) {
        await this.giveBack(taken)
        throw exhausted(decision)
      }
      taken.push(bucket)
    }
    return { succeeded: () => this.giveBack(taken) }
  }

  private async giveBack(buckets: { key: string; policy: RateLimitPolicies['loginPerIp'] }[]) {
    for (const { key, policy } of buckets)
      await takeToken(this.store, key, policy, this.clock(), -1)
  }
}

function exhausted(decision: RateLimitDecision) {
  return new DomainError(
    'rateLimit.exceeded',
    `Too many failed sign-in attempts; try again in ${decision.retryAfterSeconds} seconds.`,
    { retryAfterSeconds: decision.retryAfterSeconds },
  )
}
