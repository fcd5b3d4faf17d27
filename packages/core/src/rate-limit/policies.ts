import type { RateLimitPolicy } from './token-bucket'

/**
 * Route classes: `auth` (sign-up, sign-in, refresh) per client IP, since its callers have no
 * identity yet; `chat` (model calls, the expensive ones) and `default` per caller.
 */
export const routeClasses = ['auth', 'chat', 'default'] as const
export type RouteClass = (typeof routeClasses)[number]

/** Every limit the platform applies; overridable (tests, or a stage's settings). */
export interface RateLimitPolicies extends Record<RouteClass, RateLimitPolicy> {
  /** Failed sign-ins per account, whoever tries: stops guessing one person's password. */
  loginPerAccount: RateLimitPolicy
  /** Failed sign-ins per client IP, whichever account: stops spraying many accounts. */
  loginPerIp: RateLimitPolicy
}

const minute = 60
const quarterHour = 15 * minute

export const defaultRateLimitPolicies: RateLimitPolicies = {
  auth: { limit: 20, windowSeconds: minute, burst: 10, onContention: 'open' },
  chat: { limit: 60, windowSeconds: minute, burst: 20, onContention: 'open' },
  default: { limit: 600, windowSeconds: minute, burst: 120, onContention: 'open' },
  // A person mistyping a password a few times is fine; a script guessing is not.
  loginPerAccount: { limit: 5, windowSeconds: quarterHour, burst: 5, onContention: 'closed' },
  loginPerIp: { limit: 30, windowSeconds: quarterHour, burst: 30, onContention: 'closed' },
}

/** The defaults with `overrides` applied, policy by policy. */
export const rateLimitPolicies = (
  overrides: Partial<RateLimitPolicies> = {},
): RateLimitPolicies => ({
  ...defaultRateLimitPolicies,
  ...overrides,
})
