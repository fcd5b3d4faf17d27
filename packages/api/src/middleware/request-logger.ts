import type { Logger } from '@aws-lambda-powertools/logger'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context'

/**
 * Gives each request a child logger carrying its request id (a child, not `appendKeys`, because
 * the local server handles many requests at once on one logger), and logs one line per request.
 */
export function requestLogger(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    const child = logger.createChild({ persistentKeys: { requestId: c.get('requestId') } })
    c.set('logger', child)
    await next()
    const status = c.res.status
    const fields = {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    }
    if (status >= 500) child.error('request failed', fields)
    else child.info('request', fields)
  }
}
