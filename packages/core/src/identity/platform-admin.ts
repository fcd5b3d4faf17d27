import type { RequestOrigin } from '../access/principal'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { User } from '../ports/user-repository'
import type { Workspace } from '../ports/workspace-repository'
import { recordAccountEvent } from './auth-audit'
import { type IdentityPorts, nowOf } from './identity-ports'

// Platform administration. Callers must already be platform admins (the API checks the role
// on every request, from the stored user, not from the access token's claim).

/** Every user on the platform, oldest first. */
export const listUsers = (
  ports: Pick<IdentityPorts, 'users'>,
  page: PageRequest,
): Promise<Page<User>> => ports.users.list(page)

/** Every workspace on the platform, newest first. */
export const listAllWorkspaces = (
  ports: Pick<IdentityPorts, 'workspaces'>,
  page: PageRequest,
): Promise<Page<Workspace>> => ports.workspaces.list(page)

/**
 * Disables or re-enables a user.
 *
 * 1. An admin cannot disable themselves (the platform could be left with no admin at all).
 * 2. Store the flag (404 for an unknown user).
 * 3. Disabling revokes every session, so their access tokens fail on the next request; their
 *    API keys fail too, because a key works only while its creator is enabled.
 * 4. Record `user.disabled` / `user.enabled` in the user's log, with the admin as actor, when
 *    the state actually changed.
 */
export async function setUserDisabled(
  ports: Pick<IdentityPorts, 'users' | 'refreshTokens' | 'audit' | 'clock'>,
  admin: { userId: string },
  input: { userId: string; disabled: boolean },
  origin: RequestOrigin = {},
): Promise<User> {
  if (input.disabled && input.userId === admin.userId)
    throw new DomainError('auth.forbidden', 'You cannot disable your own account.')
  const before = await ports.users.getById(input.userId)
  if (!before) throw new DomainError('resource.notFound', 'No such user.')
  const user = await ports.users.update(input.userId, { disabled: input.disabled })
  if (input.disabled) await ports.refreshTokens.revokeAllOf(user.id)
  if (before.disabled !== input.disabled) {
    const actor = await ports.users.getById(admin.userId)
    await recordAccountEvent(
      ports.audit,
      user,
      {
        action: input.disabled ? 'user.disabled' : 'user.enabled',
        actor: { type: 'user', id: admin.userId, ...(actor ? { label: actor.email } : {}) },
      },
      origin,
      nowOf(ports),
    )
  }
  return user
}
