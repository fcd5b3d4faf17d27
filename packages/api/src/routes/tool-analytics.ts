import { toolUsage } from '@chatter/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import { anyCaller, json, problems, WorkspaceHeader } from './access-schemas'
import { ToolAnalyticsQuery, ToolAnalyticsView } from './tool-server-schemas'

/**
 * `/v1/tool-analytics`: calls, errors, average and p95 latency per tool and server over a period
 * (`seeAnalytics`, like the audit log), from answers and direct calls alike; most calls first.
 */
export function toolAnalyticsRoutes(deps: AppDependencies) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Tool servers'],
      summary: 'Tool usage between from (inclusive) and to (exclusive); default the last 7 days',
      security: anyCaller,
      middleware: [workspaceAccess(deps), requirePermission('seeAnalytics')],
      request: { headers: WorkspaceHeader, query: ToolAnalyticsQuery },
      responses: {
        200: json(ToolAnalyticsView, 'Usage per tool'),
        ...problems(401, 403, 404, 422),
      },
    }),
    async (c) => c.json(await toolUsage(deps, actingIn(c, deps), c.req.valid('query')), 200),
  )
}
