import type { RequestOrigin } from '../access/principal'
import { recordAccountEvent } from './auth-audit'
import { type IdentityPorts, nowOf } from './identity-ports'

/**
 * Ends the caller's session: its refresh tokens stop working, and so do its access tokens,
 * because every request checks that its session is not revoked.
 */
export async function logout(
  ports: Pick<IdentityPorts, 'users' | 'refreshTokens' | 'audit' | 'clock'>,
  caller: { userId: string; sessionId: string },
  origin: RequestOrigin = {},
): Promise<void> {
  await ports.refreshTokens.revoke(caller.sessionId)
  const user = await ports.users.getById(caller.userId)
  if (user)
    await recordAccountEvent(
      ports.audit,
      user,
      { action: 'auth.logout', details: { sessionId: caller.sessionId } },
      origin,
      nowOf(ports),
    )
}
