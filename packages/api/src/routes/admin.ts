import { listAllWorkspaces, listUsers, publicUser, setUserDisabled } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { currentUser, requireSystemAdmin } from '../middleware/authenticate'
import { createRouter } from '../router'
import {
  Id,
  json,
  jsonBody,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  signedInUser,
} from './access-schemas'
import { rateLimited, UserView } from './account-schemas'

const PlatformWorkspace = z
  .object({
    id: z.string(),
    name: z.string(),
    personal: z.boolean(),
    ownerId: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('PlatformWorkspace')

const admin = {
  tags: ['Admin'],
  middleware: [requireSystemAdmin()],
  security: signedInUser,
}
const denied = { ...problems(401, 403, 422), ...rateLimited }

const usersRoute = createRoute({
  ...admin,
  method: 'get',
  path: '/users',
  summary: 'Every user on the platform, oldest first',
  request: { query: PageQuery },
  responses: { 200: json(pageSchema(UserView), 'A page of users'), ...denied },
})
const userRoute = createRoute({
  ...admin,
  method: 'patch',
  path: '/users/{id}',
  summary: 'Disable or re-enable a user (disabling ends their sessions and keys at once)',
  request: {
    params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
    body: jsonBody(z.object({ disabled: z.boolean() }).strict().openapi('UserChange')),
  },
  responses: { 200: json(UserView, 'The user'), ...problems(400, 404), ...denied },
})
const workspacesRoute = createRoute({
  ...admin,
  method: 'get',
  path: '/workspaces',
  summary: 'Every workspace on the platform, newest first',
  request: { query: PageQuery },
  responses: { 200: json(pageSchema(PlatformWorkspace), 'A page of workspaces'), ...denied },
})

/** Platform administration (`/v1/admin/*`): platform admins only, never API keys. */
export function adminRoutes(deps: AppDependencies) {
  return createRouter()
    .openapi(usersRoute, async (c) => {
      const page = await listUsers(deps, pageOf(c.req.valid('query')))
      return c.json(mapPage(page, publicUser), 200)
    })
    .openapi(userRoute, async (c) => {
      const input = { userId: c.req.valid('param').id, disabled: c.req.valid('json').disabled }
      const user = await setUserDisabled(deps, currentUser(c), input, c.get('origin'))
      return c.json(publicUser(user), 200)
    })
    .openapi(workspacesRoute, async (c) => {
      const page = await listAllWorkspaces(deps, pageOf(c.req.valid('query')))
      return c.json(
        mapPage(page, ({ id, name, personal, ownerId, createdAt, updatedAt }) => ({
          id,
          name,
          personal,
          ownerId,
          createdAt,
          updatedAt,
        })),
        200,
      )
    })
}
