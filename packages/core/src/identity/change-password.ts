import type { RequestOrigin } from '../access/principal'
import { DomainError } from '../errors'
import type { LoginThrottle } from '../rate-limit/login-throttle'
import { recordAccountEvent } from './auth-audit'
import { type IdentityPorts, nowOf } from './identity-ports'
import { assertPasswordPolicy } from './password-policy'
import { sessionEnded } from './session'

/**
 * Changes the caller's password and signs out their other sessions.
 *
 * 1. Check the new password against the policy (and that it differs from the current one).
 * 2. Take a try from the brute-force buckets, as sign-in does: a stolen access token must not
 *    become a way to guess the password.
 * 3. Verify the current password (403 when wrong, audited as a failed change).
 * 4. Store the new hash, revoke every other session, record `auth.password.changed`.
 */
export async function changePassword(
  ports: IdentityPorts & { throttle: LoginThrottle },
  caller: { userId: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  origin: RequestOrigin = {},
): Promise<{ otherSessionsRevoked: number }> {
  const user = await ports.users.getById(caller.userId)
  if (!user || user.disabled) throw sessionEnded()
  assertPasswordPolicy(input.newPassword, { email: user.email, path: 'newPassword' })
  if (input.newPassword.normalize('NFKC') === input.currentPassword.normalize('NFKC'))
    throw new DomainError('request.invalid', 'The new password is the current one.', {
      errors: [
        { path: 'newPassword', message: 'Choose a password different from the current one.' },
      ],
    })

  const attempt = await ports.throttle.attempt(user.email, origin.ip)
  const matches =
    user.passwordHash !== undefined &&
    (await ports.passwords.verify(input.currentPassword, user.passwordHash))
  if (!matches) {
    await recordAccountEvent(
      ports.audit,
      user,
      {
        action: 'auth.password.changed',
        outcome: 'failure',
        details: { reason: 'wrong current password' },
      },
      origin,
      nowOf(ports),
    )
    throw new DomainError('auth.forbidden', 'The current password is wrong.')
  }
  await attempt.succeeded()

  await ports.users.update(user.id, { passwordHash: await ports.passwords.hash(input.newPassword) })
  const otherSessionsRevoked = await ports.refreshTokens.revokeAllOf(user.id, caller.sessionId)
  await recordAccountEvent(
    ports.audit,
    user,
    { action: 'auth.password.changed', details: { otherSessionsRevoked } },
    origin,
    nowOf(ports),
  )
  return { otherSessionsRevoked }
}
