import { acceptInvitation, declineInvitation, listMyInvitations } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { requireUser } from '../middleware/authenticate'
import { actingUser } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  Id,
  json,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  signedInUser,
} from './access-schemas'
import { InvitationView, invitationView, MyWorkspace, myWorkspaceView } from './access-views'

const tags = ['Invitations']
const params = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })
const Accepted = z
  .object({ invitation: InvitationView, workspace: MyWorkspace })
  .openapi('AcceptedInvitation')

/**
 * `/v1/invitations`: the signed-in user's side of invitations, matched by their email. An
 * invitation addressed to anyone else is a 404; a closed or expired one is a 409.
 */
export function invitationsRoutes(deps: AppDependencies) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        tags,
        summary: "The caller's open invitations (pending, not expired)",
        security: signedInUser,
        middleware: [requireUser()],
        request: { query: PageQuery },
        responses: {
          200: json(pageSchema(InvitationView), 'A page; it may hold fewer than limit items'),
          ...problems(401, 403, 422),
        },
      }),
      async (c) => {
        const page = await listMyInvitations(
          deps,
          actingUser(c, deps),
          pageOf(c.req.valid('query')),
        )
        return c.json(mapPage(page, invitationView), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/accept',
        tags,
        summary: 'Accept an invitation: join the workspace with its role',
        security: signedInUser,
        middleware: [requireUser()],
        request: { params },
        responses: {
          200: json(Accepted, 'Joined'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const invitationId = c.req.valid('param').id
        const { invitation, membership } = await acceptInvitation(deps, actingUser(c, deps), {
          invitationId,
        })
        return c.json(
          { invitation: invitationView(invitation), workspace: myWorkspaceView(membership) },
          200,
        )
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/decline',
        tags,
        summary: 'Decline an invitation',
        security: signedInUser,
        middleware: [requireUser()],
        request: { params },
        responses: { 200: json(InvitationView, 'Declined'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const invitationId = c.req.valid('param').id
        const invitation = await declineInvitation(deps, actingUser(c, deps), { invitationId })
        return c.json(invitationView(invitation), 200)
      },
    )
}
