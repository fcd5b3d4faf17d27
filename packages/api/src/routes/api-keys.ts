import { createApiKey, listApiKeys, maxApiKeyLifetimeDays, revokeApiKey } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  anyCaller,
  DisplayName,
  Id,
  json,
  jsonBody,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  Scope,
  WorkspaceHeader,
} from './access-schemas'
import { ApiKeyViewSchema, apiKeyView } from './access-views'

const tags = ['API keys']

const NewKey = z.object({
  name: DisplayName,
  scopes: z.array(Scope).min(1).max(3),
  expiresAt: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: `In the future, at most ${maxApiKeyLifetimeDays} days away` }),
})

const CreatedKey = ApiKeyViewSchema.extend({
  secret: z.string().openapi({ description: 'Shown once: store it now; it cannot be shown again' }),
}).openapi('CreatedApiKey')

/**
 * `/v1/api-keys`: the current workspace's keys (`X-Workspace-Id`, else the personal one), all
 * under `manageKeys`. A key's scopes never exceed what its creator may do; it is stored only as
 * a hash, and its secret is answered once, at creation.
 */
export function apiKeysRoutes(deps: AppDependencies) {
  const manage = [workspaceAccess(deps), requirePermission('manageKeys')]
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Create an API key; the answer holds its secret, shown once',
        security: anyCaller,
        middleware: manage,
        request: { headers: WorkspaceHeader, body: jsonBody(NewKey) },
        responses: {
          201: json(CreatedKey, 'Created'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { key, secret } = await createApiKey(deps, actingIn(c, deps), c.req.valid('json'))
        c.header('Cache-Control', 'no-store')
        return c.json({ ...apiKeyView(key), secret }, 201)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: "The workspace's keys, newest first, revoked ones included",
        security: anyCaller,
        middleware: manage,
        request: { headers: WorkspaceHeader, query: PageQuery },
        responses: {
          200: json(pageSchema(ApiKeyViewSchema), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listApiKeys(
          deps.apiKeys,
          actingIn(c, deps),
          pageOf(c.req.valid('query')),
        )
        return c.json(mapPage(page, apiKeyView), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Revoke a key; idempotent (another workspace’s key id is a 404)',
        security: anyCaller,
        middleware: manage,
        request: {
          headers: WorkspaceHeader,
          params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
        },
        responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        await revokeApiKey(deps, actingIn(c, deps), { keyId: c.req.valid('param').id })
        return c.body(null, 204)
      },
    )
}
