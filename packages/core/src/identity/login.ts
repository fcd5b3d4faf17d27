import type { RequestOrigin } from '../access/principal'
import { DomainError } from '../errors'
import { hashSecret, newSecret } from '../ids/ids'
import type { PasswordHasher } from '../ports/security'
import { normalizeEmail } from '../ports/user-repository'
import type { LoginThrottle } from '../rate-limit/login-throttle'
import { recordAccountEvent } from './auth-audit'
import { type AuthLogger, type IdentityPorts, nowOf } from './identity-ports'
import { ensurePersonalWorkspace } from './personal-workspace'
import { type SignedIn, startSession } from './session'

export interface LoginPorts extends IdentityPorts {
  throttle: LoginThrottle
  logger?: AuthLogger
}

/** The same answer for an unknown email and a wrong password, so neither reveals an account. */
const wrongCredentials = () =>
  new DomainError('auth.unauthenticated', 'The email or password is wrong.')

/**
 * Signs a user in with email and password.
 *
 * 1. Take a try from the brute-force buckets (per account, per IP): when either is empty the
 *    answer is 429, even for the right password.
 * 2. Look the user up. An unknown email still costs one password verification (against a
 *    dummy hash), so the response time does not tell whether the account exists.
 * 3. Verify the password; a wrong one is a 401 and a `auth.login.failed` event in the user's
 *    log. Only then is a disabled account told it is disabled (403), so that status is never
 *    shown to someone without the password.
 * 4. Give the try back, make sure the personal workspace exists, start a session and record
 *    `auth.login.succeeded`.
 */
export async function login(
  ports: LoginPorts,
  input: { email: string; password: string },
  origin: RequestOrigin = {},
): Promise<SignedIn> {
  const attempt = await ports.throttle.attempt(input.email, origin.ip)
  const user = await ports.users.getByEmail(input.email)
  if (!user?.passwordHash) {
    await ports.passwords.verify(input.password, await dummyHash(ports.passwords))
    // No account means no workspace to audit into: these go to the logger only, with a hash
    // of the email (people type passwords into the email box; logs must not keep them).
    ports.logger?.warn('sign-in for an unknown email or an account without a password', {
      emailHash: hashSecret(normalizeEmail(input.email)).slice(0, 16),
      ip: origin.ip,
    })
    throw wrongCredentials()
  }

  const failed = (reason: string) =>
    recordAccountEvent(
      ports.audit,
      user,
      {
        action: 'auth.login.failed',
        outcome: 'failure',
        actor: { type: 'anonymous' },
        details: { reason },
      },
      origin,
      nowOf(ports),
    )
  if (!(await ports.passwords.verify(input.password, user.passwordHash))) {
    await failed('wrong password')
    throw wrongCredentials()
  }
  await attempt.succeeded()
  if (user.disabled) {
    await failed('account disabled')
    throw new DomainError('auth.forbidden', 'This account is disabled.')
  }

  await ensurePersonalWorkspace(ports.workspaces, user)
  const session = await startSession(ports, user)
  await recordAccountEvent(
    ports.audit,
    user,
    { action: 'auth.login.succeeded', details: { sessionId: session.sessionId } },
    origin,
    nowOf(ports),
  )
  return session
}

// One per hasher, made on first need, with the hasher's own cost, so it takes as long as a real one.
const dummyHashes = new WeakMap<PasswordHasher, Promise<string>>()

function dummyHash(passwords: PasswordHasher): Promise<string> {
  let hash = dummyHashes.get(passwords)
  if (!hash) {
    hash = passwords.hash(newSecret(16))
    dummyHashes.set(passwords, hash)
  }
  return hash
}
