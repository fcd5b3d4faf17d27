import { checkReadiness, type DependencyProbe, dependencyNames } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../router'

const Health = z.object({ status: z.literal('ok') }).openapi('Health')

const Readiness = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.array(
      z.object({
        name: z.enum(dependencyNames),
        status: z.enum(['ok', 'down']),
        latencyMs: z.number(),
        error: z.string().optional(),
      }),
    ),
  })
  .openapi('Readiness')

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Health'],
  security: [],
  summary: 'Liveness: the function or server is up',
  responses: { 200: { description: 'Up', content: { 'application/json': { schema: Health } } } },
})

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['Health'],
  security: [],
  summary: 'Readiness: each dependency by name, with status and latency',
  responses: {
    200: {
      description: 'Every dependency answers',
      content: { 'application/json': { schema: Readiness } },
    },
    503: {
      description: 'At least one dependency is down',
      content: { 'application/json': { schema: Readiness } },
    },
  },
})

/** Public liveness and readiness routes. `/readyz` checks every probe it is given, concurrently. */
export function healthRoutes(probes: readonly DependencyProbe[]) {
  return createRouter()
    .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyz, async (c) => {
      const readiness = await checkReadiness(probes)
      c.header('Cache-Control', 'no-store')
      if (readiness.status !== 'ok') c.get('logger').warn('not ready', { readiness })
      return c.json(readiness, readiness.status === 'ok' ? 200 : 503)
    })
}
