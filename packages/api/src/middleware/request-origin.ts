import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context'
import { requestOrigin } from '../request-origin'

/** Records where the request came from, for the audit log and per-IP limits. */
export function requestOriginMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('origin', requestOrigin(c, c.get('requestId')))
    await next()
  }
}
