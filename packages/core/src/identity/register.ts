import type { RequestOrigin } from '../access/principal'
import { newId } from '../ids/ids'
import type { User } from '../ports/user-repository'
import { cleanAccountFields } from './account-fields'
import { recordAccountEvent } from './auth-audit'
import { type IdentityPorts, nowOf } from './identity-ports'
import { assertPasswordPolicy } from './password-policy'
import { newPersonalWorkspace } from './personal-workspace'
import { type SignedIn, startSession } from './session'

export interface Registration {
  email: string
  password: string
  name?: string | undefined
}

/**
 * Creates an account, its personal workspace and a first session.
 *
 * 1. Check the email, name and password policy (all problems at once, as field errors).
 * 2. Hash the password (scrypt), then create the user; the repository claims the email
 *    atomically, so a taken email is `resource.conflict` (409) even under a race.
 * 3. If configured, the platform's first user becomes an admin: whoever wins `claimFirstUser`.
 * 4. Create the personal workspace (id derived from the user id; a failure here is repaired at
 *    the next sign-in, see `ensurePersonalWorkspace`).
 * 5. Record `user.registered` in that workspace's log and start a session.
 * @example const { user, accessToken, refreshToken } = await register(deps, { email, password }, origin)
 */
export async function register(
  ports: IdentityPorts,
  input: Registration,
  origin: RequestOrigin = {},
): Promise<SignedIn> {
  const fields = cleanAccountFields(input)
  assertPasswordPolicy(input.password, { email: fields.email })

  const passwordHash = await ports.passwords.hash(input.password)
  let user: User = await ports.users.create({ id: newId('usr'), ...fields, passwordHash })
  if (ports.identity.firstUserAdmin && (await ports.users.claimFirstUser(user.id)))
    user = await ports.users.update(user.id, { role: 'admin' })

  await ports.workspaces.create(newPersonalWorkspace(user))
  await recordAccountEvent(
    ports.audit,
    user,
    { action: 'user.registered', details: { platformAdmin: user.role === 'admin' } },
    origin,
    nowOf(ports),
  )
  return startSession(ports, user)
}
