import { getPreferences, listPreferenceVersions, updatePreferences } from '@chatter/core'
import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../context'
import type { AppDependencies } from '../dependencies'
import { requirePrincipal } from '../middleware/authenticate'
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
} from './access-schemas'
import { rateLimited } from './account-schemas'
import {
  PreferencesPatchBody,
  PreferencesView,
  PreferenceVersionView,
  preferencesView,
  preferenceVersionView,
} from './preference-schemas'

const tags = ['Account']

const principalOf = (c: Context<AppEnv>) => {
  const principal = c.get('principal')
  if (!principal) throw new Error('requirePrincipal lets no anonymous caller through')
  return principal
}

/**
 * `/v1/me/preferences`: the caller's own preferences, the same in every workspace (no
 * `X-Workspace-Id` needed). As `/v1/me`: a person, or an API key acting for its creator; only a
 * key with the `write` (or `admin`) scope may change them.
 */
export function preferencesRoutes(deps: AppDependencies) {
  const now = () => deps.clock?.() ?? new Date()
  const route = (method: 'get' | 'patch', path: string, summary: string) => ({
    ...({ method, path, tags, summary, security: anyCaller } as const),
    middleware: [requirePrincipal()],
  })
  return createRouter()
    .openapi(
      createRoute({
        ...route('get', '/', 'Your preferences (the defaults at version 0 if never saved)'),
        responses: {
          200: json(PreferencesView, 'Your preferences'),
          ...problems(401),
          ...rateLimited,
        },
      }),
      async (c) => {
        const preferences = await getPreferences(deps, { principal: principalOf(c) })
        c.header('Cache-Control', 'no-store')
        return c.json(preferencesView(preferences), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('patch', '/', 'Change your preferences: saves a new version'),
        request: { body: jsonBody(PreferencesPatchBody) },
        responses: {
          200: json(PreferencesView, 'Your preferences at their new version'),
          ...problems(400, 401, 403, 409, 422),
          ...rateLimited,
        },
      }),
      async (c) => {
        const { expectedVersion, ...patch } = c.req.valid('json')
        const preferences = await updatePreferences(
          deps,
          { principal: principalOf(c), now: now() },
          { patch, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
        )
        return c.json(preferencesView(preferences), 200)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'get',
          '/versions',
          'Your last 20 saved versions of your preferences, newest first',
        ),
        request: { query: PageQuery },
        responses: {
          200: json(pageSchema(PreferenceVersionView), 'A page'),
          ...problems(401, 422),
          ...rateLimited,
        },
      }),
      async (c) => {
        const page = await listPreferenceVersions(
          deps,
          { principal: principalOf(c) },
          pageOf(c.req.valid('query')),
        )
        c.header('Cache-Control', 'no-store')
        return c.json(mapPage(page, preferenceVersionView), 200)
      },
    )
}
