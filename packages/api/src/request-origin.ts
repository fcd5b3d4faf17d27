import type { RequestOrigin } from '@chatter/core'
import type { Context } from 'hono'

interface LambdaBindings {
  event?: { requestContext?: { http?: { sourceIp?: string } } }
}
interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } }
}

/**
 * Where a request came from. The client IP is taken from what the platform saw (API Gateway's
 * `sourceIp`, or the local socket), never from `X-Forwarded-For`, which any client can forge.
 */
export function requestOrigin(c: Context, requestId: string): RequestOrigin {
  const env = c.env as (LambdaBindings & NodeBindings) | undefined
  const ip = env?.event?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress
  return {
    ...(ip ? { ip: ip.replace(/^::ffff:/, '') } : {}),
    ...(c.req.header('user-agent') ? { userAgent: c.req.header('user-agent') } : {}),
    requestId,
  }
}
