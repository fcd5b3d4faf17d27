import {
  createImportUpload,
  getImport,
  type ImportJobPorts,
  importConversations,
  listImports,
  startImport,
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
import { ImportReportView, importReportView, NewImportBody } from './export-schemas'
import {
  ImportJobView,
  ImportUploadView,
  importJobView,
  NewImportUploadBody,
} from './import-schemas'

const tags = ['Exports']
const headers = WorkspaceHeader
const params = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })

/** What the import job use cases need, from the app's dependencies. */
export const importJobPorts = (deps: AppDependencies): ImportJobPorts => ({
  ...deps,
  blobs: deps.knowledge.blobs,
  queue: deps.knowledge.queue,
  uploads: deps.knowledge.uploads,
})

/**
 * `/v1/imports`: conversations from ChatGPT's or Claude's exports, or from a Chatter export,
 * become the caller's own in this workspace (`write`). A small `conversations.json` travels in
 * the JSON body (bounded by MAX_BODY_BYTES) and answers the report at once; a real export file
 * (up to IMPORT_MAX_BYTES) is uploaded to a signed URL (`POST /uploads`), started
 * (`POST /{id}/start`, 202) and imported in the background by the ingest function, read with
 * `GET /{id}` until `succeeded` with its report or `failed` with why. Jobs are their creator's.
 */
export function importsRoutes(deps: AppDependencies) {
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const member = [workspaceAccess(deps), requirePermission('read')]
  const ports = importJobPorts(deps)
  const route = (method: 'get' | 'post', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Import conversations from ChatGPT, Claude or a Chatter export'),
        middleware: writer,
        request: { headers, body: jsonBody(NewImportBody) },
        responses: {
          201: json(ImportReportView, 'What was imported, and what was skipped with why'),
          ...problems(400, 401, 403, 404, 413, 422),
        },
      }),
      async (c) => {
        const { source, data } = c.req.valid('json')
        const report = await importConversations(deps, actingIn(c, deps), { source, data })
        return c.json(importReportView(report), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/uploads', 'Upload an export file (ZIP or JSON) to import'),
        middleware: writer,
        request: { headers, body: jsonBody(NewImportUploadBody) },
        responses: {
          201: json(
            ImportUploadView,
            'The import, `uploading`: PUT the file to `upload.url` with `upload.headers`, then start it',
          ),
          ...problems(400, 401, 403, 404, 413, 422),
        },
      }),
      async (c) => {
        const { job, upload } = await createImportUpload(
          ports,
          actingIn(c, deps),
          c.req.valid('json'),
        )
        return c.json(
          {
            import: importJobView(job),
            upload: { url: upload.url, method: upload.method, headers: { ...upload.headers } },
          },
          201,
        )
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/start', 'Start importing an uploaded file'),
        middleware: writer,
        request: { headers, params },
        responses: {
          202: json(ImportJobView, 'Queued; poll GET /{id} until it succeeded or failed'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const importId = c.req.valid('param').id
        const job = await startImport(ports, actingIn(c, deps), { importId })
        return c.json(importJobView(job), 202)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'Your imports in this workspace, newest first'),
        middleware: member,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(ImportJobView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listImports(ports, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, importJobView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'One of your imports, with its progress and report'),
        middleware: member,
        request: { headers, params },
        responses: {
          200: json(ImportJobView, 'The import'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const importId = c.req.valid('param').id
        const job = await getImport(ports, actingIn(c, deps), { importId })
        return c.json(importJobView(job), 200)
      },
    )
}
