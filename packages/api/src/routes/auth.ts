import {
  BucketLoginThrottle,
  changePassword,
  DomainError,
  emailField,
  isDomainError,
  login,
  logout,
  maxPasswordLength,
  passwordProblems,
  personNameField,
  publicUser,
  rateLimitPolicies,
  refresh,
  register,
  type SignedIn,
} from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../context'
import type { AppDependencies } from '../dependencies'
import { currentUser, requireUser } from '../middleware/authenticate'
import { createRouter } from '../router'
import { json, jsonBody, problems, signedInUser } from './access-schemas'
import { AuthSession, noContent, rateLimited } from './account-schemas'

const Password = z.string().openapi({ minLength: 12, maxLength: maxPasswordLength })

// Core's field schemas (plain zod) carry no OpenAPI extras. The password policy runs here as well as in the use case, so one 422 lists every problem.
const RegisterBody = z
  .object({
    email: emailField,
    password: Password,
    name: personNameField.optional(),
  })
  .superRefine((body, context) => {
    if (typeof body.password !== 'string') return
    const email = typeof body.email === 'string' ? body.email : undefined
    for (const message of passwordProblems(body.password, { email }))
      context.addIssue({ code: 'custom', path: ['password'], message })
  })
  .openapi('RegisterRequest')

const LoginBody = z
  .object({ email: emailField, password: z.string().min(1).max(maxPasswordLength) })
  .openapi('LoginRequest')

const RefreshBody = z.object({ refreshToken: z.string().min(1).max(512) }).openapi('RefreshRequest')

const PasswordBody = z
  .object({ currentPassword: z.string().min(1).max(maxPasswordLength), newPassword: Password })
  .openapi('ChangePasswordRequest')

const post = <P extends string>(path: P, summary: string) => ({
  method: 'post' as const,
  path,
  summary,
  tags: ['Account'],
  // Public unless the route says otherwise: explicit, so the docs show no lock on sign-in.
  security: [] as Record<string, string[]>[],
})

const registerRoute = createRoute({
  ...post('/register', 'Create an account, its personal workspace and a session'),
  request: { body: jsonBody(RegisterBody) },
  responses: { 201: json(AuthSession, 'Signed up'), ...problems(400, 409, 422), ...rateLimited },
})
const loginRoute = createRoute({
  ...post('/login', 'Sign in with email and password'),
  request: { body: jsonBody(LoginBody) },
  responses: {
    200: json(AuthSession, 'Signed in'),
    ...problems(400, 401, 403, 422),
    ...rateLimited,
  },
})
const refreshRoute = createRoute({
  ...post('/refresh', 'Trade a refresh token for a new pair; reusing an old one ends the session'),
  request: { body: jsonBody(RefreshBody) },
  responses: { 200: json(AuthSession, 'New tokens'), ...problems(400, 401, 422), ...rateLimited },
})
const logoutRoute = createRoute({
  ...post('/logout', "End the caller's session: its refresh and access tokens stop working"),
  middleware: [requireUser()],
  security: signedInUser,
  responses: { ...noContent('Signed out'), ...problems(401, 403), ...rateLimited },
})
const passwordRoute = createRoute({
  ...post('/password', 'Change the password; signs out every other session'),
  middleware: [requireUser()],
  security: signedInUser,
  request: { body: jsonBody(PasswordBody) },
  responses: { ...noContent('Changed'), ...problems(400, 401, 403, 422), ...rateLimited },
})

/** Sign-up, sign-in, refresh, sign-out and password change: `/v1/auth/*`. */
export function authRoutes(deps: AppDependencies) {
  const policies = rateLimitPolicies(deps.rateLimitPolicies)
  const throttle = new BucketLoginThrottle(deps.rateLimits, policies, deps.clock)
  const session = (c: Context<AppEnv>, signedIn: SignedIn) => {
    // Tokens must never sit in a shared cache (RFC 6749 §5.1).
    c.header('Cache-Control', 'no-store')
    const { accessToken, refreshToken, expiresIn } = signedIn
    return { user: publicUser(signedIn.user), accessToken, refreshToken, expiresIn }
  }

  return createRouter()
    .openapi(registerRoute, async (c) => {
      const signedIn = await register(deps, c.req.valid('json'), c.get('origin')).catch(bodyErrors)
      return c.json(session(c, signedIn), 201)
    })
    .openapi(loginRoute, async (c) => {
      const ports = { ...deps, throttle, logger: c.get('logger') }
      const signedIn = await login(ports, c.req.valid('json'), c.get('origin')).catch(
        (error: unknown) => retryLater(c, error),
      )
      return c.json(session(c, signedIn), 200)
    })
    .openapi(refreshRoute, async (c) => {
      const signedIn = await refresh(deps, c.req.valid('json').refreshToken, c.get('origin'))
      return c.json(session(c, signedIn), 200)
    })
    .openapi(logoutRoute, async (c) => {
      await logout(deps, currentUser(c), c.get('origin'))
      return c.body(null, 204)
    })
    .openapi(passwordRoute, async (c) => {
      await changePassword(
        { ...deps, throttle },
        currentUser(c),
        c.req.valid('json'),
        c.get('origin'),
      )
        .catch(bodyErrors)
        .catch((error: unknown) => retryLater(c, error))
      return c.body(null, 204)
    })
}

/** The use cases name fields as the body does; the API's 422s prefix them with `json.`. */
function bodyErrors(error: unknown): never {
  if (isDomainError(error) && error.code === 'request.invalid' && error.details?.errors)
    throw new DomainError(error.code, error.message, {
      errors: error.details.errors.map((e) => ({ ...e, path: `json.${e.path}` })),
    })
  throw error
}

/** Refusals after too many failed passwords say when to come back. */
function retryLater(c: Context<AppEnv>, error: unknown): never {
  const seconds = isDomainError(error) ? error.details?.retryAfterSeconds : undefined
  if (typeof seconds === 'number') c.header('Retry-After', String(seconds))
  throw error
}
