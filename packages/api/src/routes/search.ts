import { clearSearchHistory, listSearchHistory, searchDocuments } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  anyCaller,
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
  historyEntryView,
  SearchBody,
  SearchHistoryEntryView,
  SearchResultView,
} from './search-schemas'

const tags = ['Search']
const headers = WorkspaceHeader

/**
 * `/v1/search`: hybrid search over the current workspace's documents (vector + lexical, fused
 * by Reciprocal Rank Fusion), and each caller's own search history (an API key has its own).
 * Everything needs `read` only, so a viewer can search and clear what they searched.
 */
export function searchRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const route = (method: 'get' | 'post' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  const ports = { ...deps.knowledge, logger: deps.logger }
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Search the workspace’s documents (recorded in your history)'),
        middleware: reader,
        request: { headers, body: jsonBody(SearchBody) },
        responses: {
          200: json(SearchResultView, 'The best hits first, with highlights'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) =>
        c.json(await searchDocuments(ports, actingIn(c, deps), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        ...route('get', '/history', 'Your own searches in this workspace, newest first'),
        middleware: reader,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(SearchHistoryEntryView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listSearchHistory(ports, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, historyEntryView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/history', 'Forget your own searches in this workspace'),
        middleware: reader,
        request: { headers },
        responses: {
          200: json(z.object({ deleted: z.number().int() }), 'How many entries were deleted'),
          ...problems(401, 403, 404),
        },
      }),
      async (c) => c.json(await clearSearchHistory(ports, actingIn(c, deps)), 200),
    )
}
