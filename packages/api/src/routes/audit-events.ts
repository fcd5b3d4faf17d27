import {
  type AuditFilter,
  auditActions,
  auditEventsToCsv,
  exportAuditEvents,
  maxExportEvents,
  queryAuditEvents,
} from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  anyCaller,
  Id,
  json,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import { AuditEventView } from './access-views'

const tags = ['Audit log']

const Filter = z.object({
  action: z.enum(auditActions).optional(),
  actorId: Id.optional(),
  from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Inclusive' }),
  to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Inclusive' }),
})

const filterOf = ({ action, actorId, from, to }: z.infer<typeof Filter>): AuditFilter => ({
  ...(action ? { action } : {}),
  ...(actorId ? { actorId } : {}),
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
})

/**
 * `/v1/audit-events`: the current workspace's audit log, newest first (`seeAnalytics`: owners
 * and admins, or an admin-scoped key), filtered and paged, or exported as CSV or JSON.
 */
export function auditEventsRoutes(deps: AppDependencies) {
  const admins = [workspaceAccess(deps), requirePermission('seeAnalytics')]
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Query the audit log by action, actor and time range',
        security: anyCaller,
        middleware: admins,
        request: { headers: WorkspaceHeader, query: PageQuery.extend(Filter.shape) },
        responses: {
          200: json(pageSchema(AuditEventView), 'A page, newest first'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const query = c.req.valid('query')
        const page = await queryAuditEvents(
          deps.audit,
          actingIn(c, deps),
          filterOf(query),
          pageOf(query),
        )
        return c.json(
          mapPage(page, (event) => event),
          200,
        )
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/export',
        tags,
        summary: 'Export the audit log as CSV or as a JSON array',
        description:
          'CSV (`?format=csv`, or `Accept: text/csv` without `format`) has a header row and ' +
          'RFC 4180 quoting; cells starting with = + - @ are prefixed with a single quote so ' +
          `spreadsheets do not run them. At most ${maxExportEvents} events, newest first; ` +
          '`X-Export-Truncated: true` says there were more (narrow `from`/`to`).',
        security: anyCaller,
        middleware: admins,
        request: {
          headers: WorkspaceHeader,
          query: Filter.extend({ format: z.enum(['csv', 'json']).optional() }),
        },
        responses: {
          200: {
            description: 'The events',
            content: {
              'text/csv': { schema: z.string() },
              'application/json': { schema: z.array(AuditEventView) },
            },
          },
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const query = c.req.valid('query')
        const csv = query.format
          ? query.format === 'csv'
          : (c.req.header('Accept') ?? '').includes('text/csv')
        const acting = actingIn(c, deps)
        const { events, truncated } = await exportAuditEvents(deps.audit, acting, filterOf(query))
        const name = `audit-${acting.access.workspaceId}.${csv ? 'csv' : 'json'}`
        return c.body(csv ? auditEventsToCsv(events) : JSON.stringify(events), 200, {
          'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/json',
          'Content-Disposition': `attachment; filename="${name}"`,
          'Cache-Control': 'no-store',
          'X-Export-Truncated': String(truncated),
        })
      },
    )
}
