import { DomainError } from '../errors'
import { hashSecret, newId, newSecret } from '../ids/ids'
import type { User } from '../ports/user-repository'
import { type IdentityPorts, nowOf } from './identity-ports'

/** What a client holds after signing in: a short-lived access token and a refresh token. */
export interface SessionTokens {
  accessToken: string
  /** `<sessionId>.<secret>`; only the secret's hash is stored. */
  refreshToken: string
  /** Seconds until the access token expires. */
  expiresIn: number
}

/** A signed-in user with their tokens and the session (refresh-token family) id. */
export interface SignedIn extends SessionTokens {
  user: User
  sessionId: string
}

type SessionPorts = Pick<IdentityPorts, 'refreshTokens' | 'tokens' | 'identity' | 'clock'>

const dayMs = 86_400_000

/** Starts a session for `user`: a new refresh-token family and a first pair of tokens. */
export async function startSession(ports: SessionPorts, user: User): Promise<SignedIn> {
  const now = nowOf(ports)
  const sessionId = newId('ses')
  const secret = newSecret(32)
  await ports.refreshTokens.create({
    id: sessionId,
    userId: user.id,
    currentHash: hashSecret(secret),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ports.identity.refreshTokenTtlDays * dayMs).toISOString(),
  })
  const access = await signAccess(ports, user, sessionId)
  return { user, sessionId, ...access, refreshToken: `${sessionId}.${secret}` }
}

/** A fresh access token for an existing session. */
export async function signAccess(
  ports: Pick<IdentityPorts, 'tokens' | 'clock'>,
  user: User,
  sessionId: string,
): Promise<Omit<SessionTokens, 'refreshToken'>> {
  const { token, expiresAt } = await ports.tokens.sign({
    sub: user.id,
    sid: sessionId,
    role: user.role,
  })
  const expiresIn = Math.max(0, Math.floor((expiresAt.getTime() - nowOf(ports).getTime()) / 1000))
  return { accessToken: token, expiresIn }
}

/** Splits `<sessionId>.<secret>`, or throws `auth.unauthenticated` for anything else. */
export function parseRefreshToken(token: string): { sessionId: string; secret: string } {
  const match = /^(ses_[0-9a-z]{1,64})\.([\w-]{16,128})$/.exec(token)
  if (!match?.[1] || !match[2]) throw sessionEnded('The refresh token is not valid.')
  return { sessionId: match[1], secret: match[2] }
}

export const sessionEnded = (message = 'The session has ended; sign in again.') =>
  new DomainError('auth.unauthenticated', message)
