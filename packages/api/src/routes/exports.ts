import { type ExportPorts, getExport, listExports, requestExport } from '@chatter/core'
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
  ExportSummary,
  ExportView,
  exportSummary,
  exportView,
  NewExportBody,
} from './export-schemas'

const tags = ['Exports']
const headers = WorkspaceHeader

/** What the export use cases need, from the app's dependencies. */
export const exportPorts = (deps: AppDependencies): ExportPorts => ({
  ...deps,
  documents: deps.knowledge.documents,
  blobs: deps.knowledge.blobs,
  queue: deps.knowledge.queue,
})

/**
 * `/v1/exports`: a member's data exports. Asking needs `manageMembers` for the whole workspace and
 * only membership for one's own conversations; it answers 202 with the queued export, built in
 * the background by the ingest function. Reading shows one's own exports only, a succeeded one
 * with a fresh 1-hour download link.
 */
export function exportsRoutes(deps: AppDependencies) {
  const member = [workspaceAccess(deps), requirePermission('read')]
  const ports = exportPorts(deps)
  const route = (method: 'get' | 'post', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Export the workspace, or your own conversations in it'),
        middleware: member,
        request: { headers, body: jsonBody(NewExportBody) },
        responses: {
          202: json(ExportView, 'Queued; poll GET /{id} until it has a download'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const job = await requestExport(ports, actingIn(c, deps), c.req.valid('json'))
        return c.json(exportView(job), 202)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'Your exports in this workspace, newest first'),
        middleware: member,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(ExportSummary), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listExports(ports, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, exportSummary), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'One of your exports, with a download link once it succeeded'),
        middleware: member,
        request: {
          headers,
          params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
        },
        responses: {
          200: json(ExportView, 'The export'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const exportId = c.req.valid('param').id
        const job = await getExport(ports, actingIn(c, deps), { exportId })
        return c.json(exportView(job), 200)
      },
    )
}
