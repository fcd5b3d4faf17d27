import { changeMemberRole, listMembers, removeMember } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  AssignableRole,
  anyCaller,
  Id,
  json,
  jsonBody,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
} from './access-schemas'
import { Member, memberView } from './access-views'

const tags = ['Workspaces']
const MemberParams = z.object({
  id: Id.openapi({ param: { name: 'id', in: 'path' } }),
  userId: Id.openapi({ param: { name: 'userId', in: 'path' } }),
})

/**
 * `/v1/workspaces/{id}/members`: who is in the workspace, their roles, and leaving. Only the
 * owner makes or unmakes admins; nobody changes or removes the owner.
 */
export function workspaceMembersRoutes(deps: AppDependencies) {
  const inWorkspace = workspaceAccess(deps, { param: 'id' })
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/members',
        tags,
        summary: "The workspace's members and their roles (read)",
        security: anyCaller,
        middleware: [inWorkspace, requirePermission('read')],
        request: { params: z.object({ id: MemberParams.shape.id }), query: PageQuery },
        responses: { 200: json(pageSchema(Member), 'A page'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const page = await listMembers(
          deps.workspaces,
          actingIn(c, deps),
          pageOf(c.req.valid('query')),
        )
        return c.json(mapPage(page, memberView), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}/members/{userId}',
        tags,
        summary: "Change a member's role (manageMembers; making or unmaking admins: administer)",
        description:
          "The owner's role never changes (409): ownership is not transferable. Admins may set " +
          'members and viewers; only the owner grants or takes away the admin role (403).',
        security: anyCaller,
        middleware: [inWorkspace, requirePermission('manageMembers')],
        request: { params: MemberParams, body: jsonBody(z.object({ role: AssignableRole })) },
        responses: {
          200: json(Member, 'The membership with its new role'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const { userId } = c.req.valid('param')
        const { role } = c.req.valid('json')
        const member = await changeMemberRole(deps, actingIn(c, deps), { userId, role })
        return c.json(memberView(member), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/members/{userId}',
        tags,
        summary: 'Remove a member (manageMembers), or leave (your own user id)',
        description:
          'Any member may remove themselves (leave), except the owner (409). Removing someone ' +
          'else needs manageMembers; removing an admin needs administer; the owner cannot be ' +
          'removed (409). API keys the removed member created stop working.',
        security: anyCaller,
        middleware: [inWorkspace],
        request: { params: MemberParams },
        responses: { 204: { description: 'Removed' }, ...problems(401, 403, 404, 409) },
      }),
      async (c) => {
        await removeMember(deps, actingIn(c, deps), { userId: c.req.valid('param').userId })
        return c.body(null, 204)
      },
    )
}
