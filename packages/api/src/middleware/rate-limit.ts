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
  const ip = `ip:${c.get('origin')?.ip ?? 'unknown'}`
  if (routeClass === 'auth' || !principal) return ip
  return principal.type === 'apiKey' ? `key:${principal.apiKeyId}` : `user:${principal.userId}`
}

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
 */
export function rateLimit(deps: AppDependencies): MiddlewareHandler<AppEnv> {
  const policies = rateLimitPolicies(deps.rateLimitPolicies)
  return async (c, next) => {
    const routeClass = routeClassOf(c.req.path)
    let decision: RateLimitDecision
    try {
      decision = await takeToken(
        deps.rateLimits,
        `rate:${routeClass}:${subjectOf(c, routeClass)}`,
        policies[routeClass],
        deps.clock?.() ?? new Date(),
      )
    } catch (error) {
      c.get('logger').warn('rate limit store failed; letting the request through', { error })
      return next()
    }
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
