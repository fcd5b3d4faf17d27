import {
  type DocumentJobPorts,
  getDocumentJob,
  listDocumentJobs,
  startDocumentJob,
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
  DocumentJobSummary,
  DocumentJobView,
  documentJobSummary,
  documentJobView,
  NewDocumentJobBody,
} from './document-job-schemas'

const tags = ['Documents']
const headers = WorkspaceHeader

/** What the job use cases need, from the app's dependencies. */
export const documentJobPorts = (deps: AppDependencies): DocumentJobPorts => ({
  ...deps.knowledge,
  audit: deps.audit,
  workspaces: deps.workspaces,
  ...(deps.clock ? { clock: deps.clock } : {}),
})

/**
 * `/v1/document-jobs`: bulk delete / tag / untag / reprocess of a workspace's documents, run in
 * the background by the ingest function. Starting needs `write` and answers 202 with the queued
 * job; reading (`read`) shows its progress and the documents that failed.
 */
export function documentJobsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const ports = documentJobPorts(deps)
  const route = (method: 'get' | 'post', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Start a bulk job over listed documents or a filter'),
        middleware: writer,
        request: { headers, body: jsonBody(NewDocumentJobBody) },
        responses: {
          202: json(DocumentJobView, 'Queued; poll GET /{id} for progress'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const job = await startDocumentJob(ports, actingIn(c, deps), c.req.valid('json'))
        return c.json(documentJobView(job), 202)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s bulk jobs, newest first'),
        middleware: reader,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(DocumentJobSummary), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listDocumentJobs(ports, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, documentJobSummary), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'A bulk job with its progress (another workspace’s id is a 404)'),
        middleware: reader,
        request: {
          headers,
          params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
        },
        responses: {
          200: json(DocumentJobView, 'The job'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const jobId = c.req.valid('param').id
        const job = await getDocumentJob(ports, actingIn(c, deps), { jobId })
        return c.json(documentJobView(job), 200)
      },
    )
}
