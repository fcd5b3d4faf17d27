import { apiKeyScopes, getMe, publicUser } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { requirePrincipal } from '../middleware/authenticate'
import { createRouter } from '../router'
import { anyCaller, json, problems } from './access-schemas'
import { MyWorkspace, myWorkspaceView } from './access-views'
import { rateLimited, UserView } from './account-schemas'

const Me = z
  .object({
    user: UserView,
    systemAdmin: z.boolean().openapi({ description: 'Always false for an API key' }),
    personalWorkspaceId: z.string(),
    workspaces: z.array(MyWorkspace).openapi({ description: "With an API key: the key's only" }),
    apiKey: z
      .object({ id: z.string(), workspaceId: z.string(), scopes: z.array(z.enum(apiKeyScopes)) })
      .nullable()
      .openapi({ description: 'The key making the call, if one is' }),
  })
  .openapi('Me')

const meRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'The caller, their workspaces and roles',
  tags: ['Account'],
  middleware: [requirePrincipal()],
  security: anyCaller,
  responses: { 200: json(Me, 'The caller'), ...problems(401), ...rateLimited },
})

/** `GET /v1/me`: who is calling, for a person or a program (API key). */
export function meRoutes(deps: AppDependencies) {
  return createRouter().openapi(meRoute, async (c) => {
    const principal = c.get('principal')
    if (!principal) throw new Error('requirePrincipal lets no anonymous caller through')
    const me = await getMe(deps, principal)
    c.header('Cache-Control', 'no-store')
    return c.json(
      {
        user: publicUser(me.user),
        systemAdmin: me.systemAdmin,
        personalWorkspaceId: me.personalWorkspaceId,
        workspaces: me.memberships.map(myWorkspaceView),
        apiKey: me.apiKey ?? null,
      },
      200,
    )
  })
}
