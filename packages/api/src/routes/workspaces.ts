import {
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  listMyWorkspaces,
  renameWorkspace,
} from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { requireUser } from '../middleware/authenticate'
import {
  actingIn,
  actingUser,
  requirePermission,
  workspaceAccess,
} from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  anyCaller,
  DisplayName,
  idParam,
  json,
  jsonBody,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  signedInUser,
} from './access-schemas'
import {
  MyWorkspace,
  myWorkspaceView,
  WorkspaceDeletion,
  WorkspaceView,
  workspaceView,
} from './access-views'
import { workspaceInvitationsRoutes } from './workspace-invitations'
import { workspaceMembersRoutes } from './workspace-members'

const tags = ['Workspaces']
const body = jsonBody(z.object({ name: DisplayName }))

/**
 * `/v1/workspaces`: the caller's workspaces, and each one by id. The path id must be a workspace
 * the caller belongs to, else 404 (so ids of other tenants reveal nothing); members and
 * invitations live under it.
 */
export function workspacesRoutes(deps: AppDependencies) {
  const inWorkspace = workspaceAccess(deps, { param: 'id' })
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags,
        summary: 'Create a shared workspace; the caller becomes its owner',
        security: signedInUser,
        middleware: [requireUser()],
        request: { body },
        responses: { 201: json(WorkspaceView, 'Created'), ...problems(400, 401, 403, 422) },
      }),
      async (c) => {
        const workspace = await createWorkspace(deps, actingUser(c, deps), c.req.valid('json'))
        return c.json(workspaceView(workspace, 'owner'), 201)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: "The caller's workspaces, with their role in each",
        security: signedInUser,
        middleware: [requireUser()],
        request: { query: PageQuery },
        responses: { 200: json(pageSchema(MyWorkspace), 'A page'), ...problems(401, 403, 422) },
      }),
      async (c) => {
        const { userId } = actingUser(c, deps)
        const page = await listMyWorkspaces(deps.workspaces, userId, pageOf(c.req.valid('query')))
        return c.json(mapPage(page, myWorkspaceView), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        tags,
        summary: 'A workspace the caller belongs to (read)',
        security: anyCaller,
        middleware: [inWorkspace, requirePermission('read')],
        request: { params: idParam('id') },
        responses: { 200: json(WorkspaceView, 'The workspace'), ...problems(401, 403, 404) },
      }),
      async (c) => {
        const acting = actingIn(c, deps)
        const workspace = await getWorkspace(deps.workspaces, acting)
        return c.json(workspaceView(workspace, acting.access.role), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}',
        tags,
        summary: 'Rename a workspace (administer: the owner)',
        security: anyCaller,
        middleware: [inWorkspace, requirePermission('administer')],
        request: { params: idParam('id'), body },
        responses: {
          200: json(WorkspaceView, 'Renamed'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const acting = actingIn(c, deps)
        const workspace = await renameWorkspace(deps, acting, c.req.valid('json'))
        return c.json(workspaceView(workspace, acting.access.role), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}',
        tags,
        summary: 'Delete a shared workspace (administer: the owner)',
        description:
          'Deletes the workspace with its memberships, invitations and API keys. Answers 200 with ' +
          'what was deleted (counts) rather than the usual 204, because a delete says what it ' +
          'deleted. A personal workspace cannot be deleted (409).',
        security: anyCaller,
        middleware: [inWorkspace, requirePermission('administer')],
        request: { params: idParam('id') },
        responses: {
          200: json(WorkspaceDeletion, 'Deleted; the counts of what went with it'),
          ...problems(401, 403, 404, 409),
        },
      }),
      async (c) => c.json(await deleteWorkspace(deps, actingIn(c, deps)), 200),
    )
    .route('/', workspaceMembersRoutes(deps))
    .route('/', workspaceInvitationsRoutes(deps))
}
