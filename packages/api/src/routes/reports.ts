import {
  createReport,
  deleteReport,
  downloadReportRun,
  getReport,
  listReportRuns,
  listReports,
  type ReportRunPorts,
  type ReportWritePorts,
  runReportNow,
  updateReport,
} from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  anyCaller,
  Id,
  json,
  jsonBody,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import {
  NewReportBody,
  ReportDeletionView,
  ReportPatchBody,
  ReportRunView,
  ReportView,
  RunReportBody,
  reportRunView,
  reportView,
} from './report-schemas'

const tags = ['Reports']
const headers = WorkspaceHeader
const idParam = Id.openapi({ param: { name: 'id', in: 'path' } })
const byId = { headers, params: z.object({ id: idParam }) }
const byRun = {
  headers,
  params: z.object({ id: idParam, runId: Id.openapi({ param: { name: 'runId', in: 'path' } }) }),
}

/** What the report use cases need, from the app's dependencies (a mailer only where SES is). */
export const reportPorts = (deps: AppDependencies) =>
  ({
    reports: deps.reports,
    usage: deps.usage,
    blobs: deps.knowledge.blobs,
    events: deps.events,
    ...(deps.reportMailer ? { mailer: deps.reportMailer } : {}),
    audit: deps.audit,
    workspaces: deps.workspaces,
    log: deps.logger,
  }) satisfies ReportWritePorts & ReportRunPorts

/**
 * `/v1/reports`: the workspace's scheduled usage reports, their runs and files. Everything needs
 * `seeAnalytics` (admins and owners, or a key with the analytics scope). Running one now is
 * synchronous (a report is a few counter reads and one small file) and answers 201 with the
 * run; its file downloads through `.../runs/{runId}/download` with the same credentials.
 */
export function reportsRoutes(deps: AppDependencies) {
  const analysts = [workspaceAccess(deps), requirePermission('seeAnalytics')]
  const ports = reportPorts(deps)
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller, middleware: analysts }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Schedule a report'),
        request: { headers, body: jsonBody(NewReportBody) },
        responses: { 201: json(ReportView, 'Scheduled'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const report = await createReport(ports, actingIn(c, deps), c.req.valid('json'))
        return c.json(reportView(report), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s reports, newest first'),
        request: { headers, query: PageQuery },
        responses: { 200: json(pageSchema(ReportView), 'A page'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const page = await listReports(ports, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, reportView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'A report'),
        request: byId,
        responses: { 200: json(ReportView, 'The report'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const reportId = c.req.valid('param').id
        return c.json(reportView(await getReport(ports, actingIn(c, deps), { reportId })), 200)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'patch',
          '/{id}',
          'Change its schedule, period, sections, format, recipients or enabled',
        ),
        request: { ...byId, body: jsonBody(ReportPatchBody) },
        responses: {
          200: json(ReportView, 'The changed report'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const reportId = c.req.valid('param').id
        const patch = c.req.valid('json')
        const report = await updateReport(ports, actingIn(c, deps), { reportId, patch })
        return c.json(reportView(report), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete a report with its runs and files'),
        request: byId,
        responses: {
          200: json(ReportDeletionView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const reportId = c.req.valid('param').id
        const { report, runs } = await deleteReport(ports, actingIn(c, deps), { reportId })
        return c.json({ report: reportView(report), runs }, 200)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'post',
          '/{id}/run',
          'Run it now, for the last full period or the one holding periodStart',
        ),
        request: { ...byId, body: { ...jsonBody(RunReportBody), required: false } },
        responses: {
          201: json(ReportRunView, 'The finished run'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const reportId = c.req.valid('param').id
        const { periodStart } = c.req.valid('json') ?? {}
        const run = await runReportNow(ports, actingIn(c, deps), {
          reportId,
          ...(periodStart ? { periodStart } : {}),
        })
        return c.json(reportRunView(run), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/runs', 'Its runs, newest first'),
        request: { ...byId, query: PageQuery },
        responses: {
          200: json(pageSchema(ReportRunView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const reportId = c.req.valid('param').id
        const page = pageOf(c.req.valid('query'))
        const runs = await listReportRuns(ports, actingIn(c, deps), { reportId, page })
        return c.json(mapPage(runs, reportRunView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/runs/{runId}/download', 'The file of a succeeded run'),
        request: byRun,
        responses: {
          200: {
            description: 'The file, as an attachment',
            content: {
              'text/html': { schema: z.string() },
              'text/csv': { schema: z.string() },
              'application/json': {
                schema: z.unknown().openapi({
                  example: {
                    report: {
                      id: 'rep_3k9q2m8x7v6c5b4n1p0z',
                      name: 'Weekly usage',
                      sections: ['usage'],
                    },
                    period: {
                      kind: 'week',
                      start: '2026-01-05T00:00:00.000Z',
                      end: '2026-01-12T00:00:00.000Z',
                    },
                    generatedAt: '2026-01-12T06:00:00.000Z',
                    usage: { conversations: 42, messages: 318, activeUsers: 7 },
                  },
                }),
              },
            },
          },
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const { id: reportId, runId } = c.req.valid('param')
        const file = await downloadReportRun(ports, actingIn(c, deps), { reportId, runId })
        return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': file.contentType,
          'Content-Disposition': `attachment; filename="${file.filename}"`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
      },
    )
}
