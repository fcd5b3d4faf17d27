import type { RequestOrigin } from '../access/principal'
import { hashSecret, newSecret } from '../ids/ids'
import { recordAccountEvent } from './auth-audit'
import { type IdentityPorts, nowOf } from './identity-ports'
import { parseRefreshToken, type SignedIn, sessionEnded, signAccess } from './session'

/**
 * Trades a refresh token for a new pair (rotation): each refresh token works once.
 *
 * 1. Split the token into session id and secret; read the session for its user.
 * 2. Rotate: the store swaps the presented secret's hash for the new one in one conditional
 *    write. If the presented token was an older one, it was copied (stolen or replayed): the
 *    store revokes the whole session, so even its newest token stops working; this is recorded
 *    as `auth.refresh.reused` in the user's log, and answered 401.
 * 3. The user must still exist and be enabled (disabling revokes sessions; this is the backstop).
 * 4. Sign a new access token for the same session.
 */
export async function refresh(
  ports: IdentityPorts,
  refreshToken: string,
  origin: RequestOrigin = {},
): Promise<SignedIn> {
  const { sessionId, secret } = parseRefreshToken(refreshToken)
  const session = await ports.refreshTokens.get(sessionId)
  if (!session) throw sessionEnded()

  const nextSecret = newSecret(32)
  const now = nowOf(ports)
  const outcome = await ports.refreshTokens.rotate(
    sessionId,
    hashSecret(secret),
    hashSecret(nextSecret),
    now,
  )
  if (outcome === 'reused') {
    const user = await ports.users.getById(session.userId)
    if (user)
      await recordAccountEvent(
        ports.audit,
        user,
        {
          action: 'auth.refresh.reused',
          outcome: 'failure',
          actor: { type: 'anonymous' },
          details: { sessionId, generation: session.generation },
        },
        origin,
        now,
      )
    throw sessionEnded('This refresh token was already used, so the session was signed out.')
  }
  if (outcome !== 'rotated') throw sessionEnded()

  const user = await ports.users.getById(session.userId)
  if (!user || user.disabled) {
    await ports.refreshTokens.revoke(sessionId)
    throw sessionEnded()
  }
  const access = await signAccess(ports, user, sessionId)
  return { user, sessionId, ...access, refreshToken: `${sessionId}.${nextSecret}` }
}
