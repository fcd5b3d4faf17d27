import { listDocumentTags, removeTagEverywhere, renameTagEverywhere } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import { anyCaller, json, jsonBody, problems, WorkspaceHeader } from './access-schemas'
import { DocumentJobView, documentJobView } from './document-job-schemas'
import { documentJobPorts } from './document-jobs'
import { Tag, TagsView } from './document-schemas'

const tags = ['Documents']
const headers = WorkspaceHeader
const params = z.object({ tag: Tag.openapi({ param: { name: 'tag', in: 'path' } }) })

const RenameTagBody = z
  .object({ name: Tag.openapi({ description: 'The new name (not the same tag once normalised)' }) })
  .strict()
  .openapi('TagRename', { example: { name: 'guides' } })

/**
 * `/v1/tags`: the tags of the current workspace's documents with how many carry each (`read`),
 * and renaming one or removing it on every document (`write`, each a bulk job answered 202).
 * Tags are set per document with
 * `PATCH /v1/documents/{id}` and `POST /v1/documents/{id}/tags`.
 */
export function tagsRoutes(deps: AppDependencies) {
  const ports = documentJobPorts(deps)
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: 'Every tag in use, by name, with its document count',
        security: anyCaller,
        middleware: [workspaceAccess(deps), requirePermission('read')],
        request: { headers },
        responses: { 200: json(TagsView, 'The tags'), ...problems(401, 403, 404) },
      }),
      async (c) => {
        const items = await listDocumentTags(deps.knowledge, actingIn(c, deps))
        return c.json({ items }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{tag}',
        tags,
        summary: 'Take a tag off every document carrying it (a bulk untag job)',
        security: anyCaller,
        middleware: [workspaceAccess(deps), requirePermission('write')],
        request: { headers, params },
        responses: {
          202: json(DocumentJobView, 'Queued; follow it at GET /v1/document-jobs/{id}'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const job = await removeTagEverywhere(ports, actingIn(c, deps), c.req.valid('param').tag)
        return c.json(documentJobView(job), 202)
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{tag}',
        tags,
        summary: 'Rename a tag on every document carrying it (a bulk retag job)',
        description:
          'Each document carrying the tag gets the new name instead, in one change; one already carrying the new name keeps it once. The same name is a 422, a tag no document carries a 404.',
        security: anyCaller,
        middleware: [workspaceAccess(deps), requirePermission('write')],
        request: { headers, params, body: jsonBody(RenameTagBody) },
        responses: {
          202: json(DocumentJobView, 'Queued; follow it at GET /v1/document-jobs/{id}'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { tag } = c.req.valid('param')
        const { name } = c.req.valid('json')
        const job = await renameTagEverywhere(ports, actingIn(c, deps), tag, name)
        return c.json(documentJobView(job), 202)
      },
    )
}
