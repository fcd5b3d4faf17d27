import {
  type AccessTokenClaims,
  DomainError,
  hashSecret,
  isDomainError,
  looksLikeApiKey,
  type Principal,
} from '@chatter/core'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context'
import type { AppDependencies } from '../dependencies'
import { problemResponse } from '../problem'

// Writing "last used" on every request would double the cost of a keyed call; once a minute
// is precise enough for a list that shows "used 5 minutes ago".
const touchIntervalMs = 60_000
const maxCredentialLength = 4096

/**
 * Identifies the caller from `Authorization: Bearer <access token | API key>` or `X-API-Key`.
 * No credentials: no principal (each route decides whether it needs one). Bad credentials are
 * remembered as `authFailure` and answered 401 by `rejectBadCredentials` right after the rate
 * limiter has counted them against the client IP, so guessing keys or tokens is throttled too,
 * and a caller never mistakes a broken token for anonymous access.
 *
 * Every request re-reads the user, and for a token its session: one GetItem each, and the
 * reason logout, disabling a user and revoking a key take effect on the very next request
 * rather than when a 15-minute access token expires. Those reads are started, not awaited:
 * the rate limiter takes its token meanwhile, from the bucket the verified token names
 * (`claimedSubject`), and `identified(c)` (awaited by the limiter and `rejectBadCredentials`)
 * settles `principal` or `authFailure` before any route runs.
 */
export function authenticate(deps: AppDependencies): MiddlewareHandler<AppEnv> {
  const now = () => deps.clock?.() ?? new Date()
  return async (c, next) => {
    try {
      const credential = credentialOf(c)
      if (credential !== undefined && looksLikeApiKey(credential)) {
        c.set('identifying', settle(c, apiKeyPrincipal(deps, c, credential, now())))
      } else if (credential !== undefined) {
        // The signature check is local; only a token this platform issued names a bucket.
        const claims = await deps.tokens.verify(credential)
        c.set('claimedSubject', `user:${claims.sub}`)
        c.set('identifying', settle(c, userPrincipal(deps, claims, now())))
      }
    } catch (error) {
      refuse(c, error)
    }
    await next()
  }
}

/** Waits for `authenticate`'s lookups: afterwards `principal` or `authFailure` is set. */
export const identified = (c: Context<AppEnv>): Promise<void> =>
  c.get('identifying') ?? Promise.resolve()

const settle = (c: Context<AppEnv>, principal: Promise<Principal>) =>
  principal.then(
    (found) => c.set('principal', found),
    (error: unknown) => refuse(c, error),
  )

function refuse(c: Context<AppEnv>, error: unknown) {
  if (!isDomainError(error) || error.code !== 'auth.unauthenticated') throw error
  c.set('authFailure', error)
}

/** Answers a request whose credentials `authenticate` refused: 401, whatever the route. */
export function rejectBadCredentials(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await identified(c)
    const failure = c.get('authFailure')
    if (!failure) return next()
    return problemResponse(c, failure, { 'WWW-Authenticate': 'Bearer error="invalid_token"' })
  }
}

function credentialOf(c: Context<AppEnv>): string | undefined {
  const authorization = c.req.header('Authorization')
  const apiKey = c.req.header('X-API-Key')
  if (authorization === undefined && apiKey === undefined) return undefined
  const bearer =
    authorization === undefined ? undefined : /^Bearer +(\S+)$/i.exec(authorization)?.[1]
  if (authorization !== undefined && !bearer)
    throw unauthenticated('Send credentials as "Authorization: Bearer <token>".')
  if (bearer && apiKey !== undefined && bearer !== apiKey)
    throw unauthenticated('Send one credential, not two different ones.')
  const credential = bearer ?? apiKey ?? ''
  if (credential.length === 0 || credential.length > maxCredentialLength)
    throw unauthenticated('The credential is not valid.')
  if (bearer === undefined && !looksLikeApiKey(credential))
    throw unauthenticated('X-API-Key takes an API key (chk_...).')
  return credential
}

async function apiKeyPrincipal(
  deps: AppDependencies,
  c: Context<AppEnv>,
  secret: string,
  now: Date,
): Promise<Principal> {
  const key = await deps.apiKeys.findByHash(hashSecret(secret))
  if (!key) throw unauthenticated('The API key is not valid.')
  if (key.revokedAt) throw unauthenticated('The API key was revoked.')
  if (key.expiresAt && Date.parse(key.expiresAt) <= now.getTime())
    throw unauthenticated('The API key has expired.')
  const creator = await deps.users.getById(key.createdBy)
  if (!creator || creator.disabled)
    throw unauthenticated("The API key's creator can no longer use the platform.")
  if (!key.lastUsedAt || now.getTime() - Date.parse(key.lastUsedAt) >= touchIntervalMs) {
    // Bookkeeping must not fail the caller's request.
    await deps.apiKeys.touch(key.hash, now).catch((error: unknown) => {
      c.get('logger').warn('could not record API key use', { apiKeyId: key.id, error })
    })
  }
  return {
    type: 'apiKey',
    apiKeyId: key.id,
    userId: key.createdBy,
    workspaceId: key.workspaceId,
    scopes: key.scopes,
  }
}

async function userPrincipal(
  deps: AppDependencies,
  claims: AccessTokenClaims,
  now: Date,
): Promise<Principal> {
  const [user, session] = await Promise.all([
    deps.users.getById(claims.sub),
    deps.refreshTokens.get(claims.sid),
  ])
  if (!user || user.disabled) throw unauthenticated('This account can no longer sign in.')
  if (
    !session ||
    session.revoked ||
    session.userId !== user.id ||
    Date.parse(session.expiresAt) <= now.getTime()
  )
    throw unauthenticated('The session has ended; sign in again.')
  // The role is read from the user now, not the token, so a demoted admin loses it at once.
  return {
    type: 'user',
    userId: user.id,
    sessionId: session.id,
    systemAdmin: user.role === 'admin',
  }
}

const unauthenticated = (message: string) => new DomainError('auth.unauthenticated', message)

const signInFirst = (c: Context<AppEnv>) =>
  problemResponse(c, unauthenticated('Sign in or send an API key.'), {
    'WWW-Authenticate': 'Bearer',
  })

/** Lets any authenticated caller through (a person or an API key); 401 otherwise. */
export function requirePrincipal(): MiddlewareHandler<AppEnv> {
  return async (c, next) => (c.get('principal') ? next() : signInFirst(c))
}

/** For routes that are for people (sessions, passwords): 401 anonymous, 403 for API keys. */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (!principal) return signInFirst(c)
    if (principal.type !== 'user')
      throw new DomainError('auth.forbidden', 'This route is for people signed in, not API keys.')
    await next()
  }
}

/** Platform administrators only: 401 anonymous, 403 anyone else (API keys included). */
export function requireSystemAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (!principal) return signInFirst(c)
    if (principal.type !== 'user' || !principal.systemAdmin)
      throw new DomainError('auth.forbidden', 'Only platform administrators may do this.')
    await next()
  }
}

/** The signed-in person, in a handler behind `requireUser()` or `requireSystemAdmin()`. */
export function currentUser(c: Context<AppEnv>): Extract<Principal, { type: 'user' }> {
  const principal = c.get('principal')
  if (principal?.type !== 'user') throw unauthenticated('Sign in first.')
  return principal
}
