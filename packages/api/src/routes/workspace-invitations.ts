import { inviteMember, listInvitations, revokeInvitation } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  AssignableRole,
  anyCaller,
  Email,
  Id,
  json,
  jsonBody,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
} from './access-schemas'
import { InvitationView, invitationView } from './access-views'

const tags = ['Workspaces']
const pathId = (name: string) => Id.openapi({ param: { name, in: 'path' } })

/**
 * `/v1/workspaces/{id}/invitations`: inviting people by email (manageMembers; inviting an admin
 * needs administer), listing and revoking invitations. The invitee answers at /v1/invitations.
 */
export function workspaceInvitationsRoutes(deps: AppDependencies) {
  const manage = [workspaceAccess(deps, { param: 'id' }), requirePermission('manageMembers')]
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/invitations',
        tags,
        summary: 'Invite someone by email with a role (manageMembers; an admin: administer)',
        description:
          'The invitation is valid for 7 days. Inviting a member, or an email that already has a ' +
          'pending invitation here, is a 409.',
        security: anyCaller,
        middleware: manage,
        request: {
          params: z.object({ id: pathId('id') }),
          body: jsonBody(z.object({ email: Email, role: AssignableRole })),
        },
        responses: {
          201: json(InvitationView, 'Invited'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const invitation = await inviteMember(deps, actingIn(c, deps), c.req.valid('json'))
        return c.json(invitationView(invitation), 201)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/invitations',
        tags,
        summary: "The workspace's invitations, newest first, any status (manageMembers)",
        security: anyCaller,
        middleware: manage,
        request: { params: z.object({ id: pathId('id') }), query: PageQuery },
        responses: {
          200: json(pageSchema(InvitationView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listInvitations(
          deps.invitations,
          actingIn(c, deps),
          pageOf(c.req.valid('query')),
        )
        return c.json(mapPage(page, invitationView), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/invitations/{invitationId}',
        tags,
        summary: 'Revoke a pending invitation (manageMembers); idempotent',
        description: 'An invitation already accepted or declined cannot be revoked (409).',
        security: anyCaller,
        middleware: manage,
        request: { params: z.object({ id: pathId('id'), invitationId: pathId('invitationId') }) },
        responses: { 204: { description: 'Revoked' }, ...problems(401, 403, 404, 409) },
      }),
      async (c) => {
        const { invitationId } = c.req.valid('param')
        await revokeInvitation(deps, actingIn(c, deps), { invitationId })
        return c.body(null, 204)
      },
    )
}
