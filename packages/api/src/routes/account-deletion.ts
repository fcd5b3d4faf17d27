import { requestAccountDeletion } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { currentUser, requireUser } from '../middleware/authenticate'
import { createRouter } from '../router'
import { json, jsonBody, problems, signedInUser } from './access-schemas'

const DeleteAccount = z
  .object({ password: z.string().min(1).max(1024).openapi({ description: 'Asked again' }) })
  .openapi('DeleteAccountInput')

const DeletionJob = z
  .object({
    id: z.string(),
    executionArn: z.string(),
    status: z.literal('RUNNING'),
    startedAt: z.string(),
  })
  .openapi('AccountDeletionJob')

/**
 * `DELETE /v1/me`: deletes the signed-in user's account (the right to be forgotten). Only the
 * person, with their password (an API key gets 403). It answers 202 with the deletion job, a
 * state machine execution: sign-in is blocked at once, then the workspaces they own alone are
 * deleted, shared ones left (their private conversations deleted), and the user forgotten. A
 * workspace they own with other members is a 409 naming it: transfer ownership first.
 */
export function accountDeletionRoutes(deps: AppDependencies) {
  return createRouter().openapi(
    createRoute({
      method: 'delete',
      path: '/',
      tags: ['Account'],
      summary: 'Delete my account and what only I own (password re-confirmed)',
      security: signedInUser,
      middleware: [requireUser()],
      request: { body: jsonBody(DeleteAccount) },
      responses: {
        202: json(z.object({ job: DeletionJob }), 'The deletion job started'),
        ...problems(401, 403, 409, 422),
      },
    }),
    async (c) => {
      const job = await requestAccountDeletion(deps, currentUser(c), c.req.valid('json'))
      c.header('Cache-Control', 'no-store')
      return c.json({ job }, 202)
    },
  )
}
