import { platformUsage, workspaceUsage } from '@chatter/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { requireSystemAdmin } from '../middleware/authenticate'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import { anyCaller, json, problems, signedInUser, WorkspaceHeader } from './access-schemas'
import { rateLimited } from './account-schemas'
import { UsageQuery, UsageReportView, usageReportView } from './analytics-schemas'

const usageSummary =
  'Conversations, messages, active users, tokens, cost, latency and more by day, week or month'

/**
 * `/v1/analytics`: a workspace's usage from its daily counters (`seeAnalytics`, like the audit
 * log), one query however many messages the range holds.
 */
export function analyticsRoutes(deps: AppDependencies) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/usage',
      tags: ['Analytics'],
      summary: usageSummary,
      security: anyCaller,
      middleware: [workspaceAccess(deps), requirePermission('seeAnalytics')],
      request: { headers: WorkspaceHeader, query: UsageQuery },
      responses: {
        200: json(UsageReportView, 'Usage by bucket, with totals'),
        ...problems(401, 403, 404, 422),
      },
    }),
    async (c) => {
      const report = await workspaceUsage(deps, actingIn(c, deps), c.req.valid('query'))
      return c.json(usageReportView(report), 200)
    },
  )
}

/** `/v1/admin/analytics`: the whole platform's usage; platform admins only, never API keys. */
export function adminAnalyticsRoutes(deps: AppDependencies) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/usage',
      tags: ['Admin'],
      summary: `${usageSummary}, platform-wide`,
      security: signedInUser,
      middleware: [requireSystemAdmin()],
      request: { query: UsageQuery },
      responses: {
        200: json(UsageReportView, 'Usage by bucket, with totals'),
        ...problems(401, 403, 422),
        ...rateLimited,
      },
    }),
    async (c) => {
      const now = deps.clock?.() ?? new Date()
      return c.json(usageReportView(await platformUsage(deps, c.req.valid('query'), now)), 200)
    },
  )
}
