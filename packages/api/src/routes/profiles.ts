import {
  createProfile,
  deleteProfile,
  getDefaultProfile,
  getProfile,
  listProfiles,
  setDefaultProfile,
  updateProfile,
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
import { NewProfileBody, ProfilePatchBody, ProfileView, profileView } from './profile-schemas'

const tags = ['Profiles']
const headers = WorkspaceHeader
const byId = {
  headers,
  params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
}
const one = (description: string) => ({ 200: json(ProfileView, description) })

/**
 * `/v1/profiles`: the current workspace's model profiles (`X-Workspace-Id`, else the personal
 * one); reading needs `read`, changing `write`. Exactly one profile is the default while any
 * exist: the first one made, until `POST /{id}/default` moves it; the default can be deleted
 * only as the last profile.
 */
export function profilesRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return (
    createRouter()
      .openapi(
        createRoute({
          ...route('post', '/', 'Create a profile; the workspace’s first becomes its default'),
          middleware: writer,
          request: { headers, body: jsonBody(NewProfileBody) },
          responses: { 201: json(ProfileView, 'Created'), ...problems(400, 401, 403, 404, 422) },
        }),
        async (c) => {
          const profile = await createProfile(deps, actingIn(c, deps), c.req.valid('json'))
          return c.json(profileView(profile), 201)
        },
      )
      .openapi(
        createRoute({
          ...route('get', '/', 'The workspace’s profiles, newest first'),
          middleware: reader,
          request: { headers, query: PageQuery },
          responses: {
            200: json(pageSchema(ProfileView), 'A page'),
            ...problems(401, 403, 404, 422),
          },
        }),
        async (c) => {
          const page = await listProfiles(deps, actingIn(c, deps), pageOf(c.req.valid('query')))
          return c.json(mapPage(page, profileView), 200)
        },
      )
      // Before `/{id}`, which would otherwise take "default" for an id.
      .openapi(
        createRoute({
          ...route('get', '/default', 'The default profile (404 while the workspace has none)'),
          middleware: reader,
          request: { headers },
          responses: { ...one('The default profile'), ...problems(401, 403, 404) },
        }),
        async (c) => c.json(profileView(await getDefaultProfile(deps, actingIn(c, deps))), 200),
      )
      .openapi(
        createRoute({
          ...route('get', '/{id}', 'A profile (another workspace’s id is a 404)'),
          middleware: reader,
          request: byId,
          responses: { ...one('The profile'), ...problems(401, 403, 404, 422) },
        }),
        async (c) => {
          const profileId = c.req.valid('param').id
          const profile = await getProfile(deps, actingIn(c, deps), { profileId })
          return c.json(profileView(profile), 200)
        },
      )
      .openapi(
        createRoute({
          ...route(
            'patch',
            '/{id}',
            'Change some settings; retrieval merges, minScore null clears',
          ),
          middleware: writer,
          request: { ...byId, body: jsonBody(ProfilePatchBody) },
          responses: { ...one('The changed profile'), ...problems(400, 401, 403, 404, 422) },
        }),
        async (c) => {
          const profileId = c.req.valid('param').id
          const patch = c.req.valid('json')
          const profile = await updateProfile(deps, actingIn(c, deps), { profileId, patch })
          return c.json(profileView(profile), 200)
        },
      )
      .openapi(
        createRoute({
          ...route('delete', '/{id}', 'Delete a profile; the default only when it is the last'),
          middleware: writer,
          request: byId,
          responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 409, 422) },
        }),
        async (c) => {
          await deleteProfile(deps, actingIn(c, deps), { profileId: c.req.valid('param').id })
          return c.body(null, 204)
        },
      )
      .openapi(
        createRoute({
          ...route('post', '/{id}/default', 'Make a profile the workspace’s default'),
          middleware: writer,
          request: byId,
          responses: { ...one('The profile, now the default'), ...problems(401, 403, 404, 422) },
        }),
        async (c) => {
          const profileId = c.req.valid('param').id
          const profile = await setDefaultProfile(deps, actingIn(c, deps), { profileId })
          return c.json(profileView(profile), 200)
        },
      )
  )
}
