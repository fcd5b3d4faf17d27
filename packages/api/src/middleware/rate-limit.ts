import {
  DomainError,
  type RateLimitDecision,
  type RouteClass,
  rateLimitPolicies,
  takeToken,
} from '@chatter/core'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context'
import type { AppDependencies } from '../dependencies'
import { problemResponse } from '../problem'
import { identified } from './authenticate'

/** Which bucket family a path draws on. */
export function routeClassOf(path: string): RouteClass {
  if (/^\/v1\/auth(\/|$)/.test(path)) return 'auth'
  if (/^\/v1\/chat\//.test(path) || /^\/v1\/conversations\/[^/]+\/messages\/?$/.test(path))
    return 'chat'
  return 'default'
}

/**
 * Whose bucket: sign-up and sign-in by client IP (they have no identity yet, and per-IP is what
 * slows a script); everything else per API key, else per user, else per IP.
 */
function subjectOf(c: Context<AppEnv>, routeClass: RouteClass): string {
  const principal = c.get('principal')
  if (routeClass === 'auth' || !principal) return ipOf(c)
  return principal.type === 'apiKey' ? `key:${principal.apiKeyId}` : `user:${principal.userId}`
}

const ipOf = (c: Context<AppEnv>) => `ip:${c.get('origin')?.ip ?? 'unknown'}`

/**
 * The bucket known before the credential is checked: the client IP's for `auth` routes and
 * anonymous calls, the user's that a verified token names; none for API keys (their id comes
 * from the lookup).
 */
function earlySubjectOf(c: Context<AppEnv>, routeClass: RouteClass): string | undefined {
  if (routeClass === 'auth' || !c.get('identifying')) return ipOf(c)
  return c.get('claimedSubject')
}

type Outcome = { decision: RateLimitDecision } | { error: unknown }
const settled = (taking: Promise<RateLimitDecision>): Promise<Outcome> =>
  taking.then(
    (decision) => ({ decision }),
    (error: unknown) => ({ error }),
  )

const headersOf = (decision: RateLimitDecision): Record<string, string> => ({
  'RateLimit-Limit': String(decision.limit),
  'RateLimit-Remaining': String(decision.remaining),
  'RateLimit-Reset': String(decision.resetSeconds),
})

/**
 * Token buckets per route class and caller, in the shared store, so limits hold across Lambda
 * instances. Every response carries `RateLimit-Limit/-Remaining/-Reset`; an empty bucket is a
 * 429 problem with `Retry-After`. If the store itself fails, the request goes through (fail
 * open, logged): the limiter protects capacity and must not turn a store hiccup into an outage.
 * Password guessing has its own, fail-closed limit in the sign-in use case.
 *
 * The take overlaps `authenticate`'s user and session reads whenever the bucket is known up
 * front (see `earlySubjectOf`), so an authenticated request spends one round trip on both.
 */
export function rateLimit(deps: AppDependencies): MiddlewareHandler<AppEnv> {
  const policies = rateLimitPolicies(deps.rateLimitPolicies)
  const now = () => deps.clock?.() ?? new Date()
  return async (c, next) => {
    const routeClass = routeClassOf(c.req.path)
    const take = (subject: string, cost = 1) =>
      takeToken(deps.rateLimits, `rate:${routeClass}:${subject}`, policies[routeClass], now(), cost)
    // 1. Take from the bucket known up front while `authenticate`'s lookups run (one round trip).
    const early = earlySubjectOf(c, routeClass)
    const taking = early === undefined ? undefined : settled(take(early))
    await identified(c)
    // 2. A refused credential counts against the IP instead: the user's token goes back.
    const subject = subjectOf(c, routeClass)
    let outcome = taking && subject === early ? await taking : undefined
    if (!outcome) {
      const spent = await taking
      if (early && spent && 'decision' in spent && spent.decision.allowed)
        await take(early, -1).catch(() => {})
      outcome = await settled(take(subject))
    }
    if ('error' in outcome) {
      c.get('logger').warn('rate limit store failed; letting the request through', {
        error: outcome.error,
      })
      return next()
    }
    const { decision } = outcome
    if (!decision.allowed) {
      const error = new DomainError(
        'rateLimit.exceeded',
        `Too many requests; try again in ${decision.retryAfterSeconds} seconds.`,
      )
      return problemResponse(c, error, {
        ...headersOf(decision),
        'Retry-After': String(decision.retryAfterSeconds),
      })
    }
    await next()
    for (const [name, value] of Object.entries(headersOf(decision))) c.res.headers.set(name, value)
  }
}
