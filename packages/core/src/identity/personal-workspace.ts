import { isDomainError } from '../errors'
import type { User } from '../ports/user-repository'
import type { NewWorkspace, Workspace, WorkspaceRepository } from '../ports/workspace-repository'

/**
 * The id of a user's personal workspace, derived from the user id (`usr_abc` -> `ws_abc`), so
 * anything that knows the user (the audit of a sign-in, the default `X-Workspace-Id`) finds it
 * without a lookup.
 */
export const personalWorkspaceId = (userId: string): string =>
  `ws_${userId.slice(userId.indexOf('_') + 1)}`

/** "Ada's workspace", from the name or else the email's local part; within 100 characters. */
export function personalWorkspaceName(user: Pick<User, 'email' | 'name'>): string {
  const who = user.name ?? user.email.split('@')[0] ?? 'My'
  return `${[...who].slice(0, 80).join('')}'s workspace`
}

/** The personal workspace to create for a new user; they own it. */
export const newPersonalWorkspace = (user: Pick<User, 'id' | 'email' | 'name'>): NewWorkspace => ({
  id: personalWorkspaceId(user.id),
  name: personalWorkspaceName(user),
  personal: true,
  owner: { userId: user.id, email: user.email, ...(user.name ? { name: user.name } : {}) },
})

/**
 * Makes sure `user` has their personal workspace. Sign-up creates it right after the user; if
 * that second write failed, the next sign-in repairs it here, so no account stays without one.
 */
export async function ensurePersonalWorkspace(
  workspaces: Pick<WorkspaceRepository, 'get' | 'create'>,
  user: Pick<User, 'id' | 'email' | 'name'>,
): Promise<Workspace | undefined> {
  const id = personalWorkspaceId(user.id)
  const existing = await workspaces.get(id)
  if (existing) return existing
  try {
    return await workspaces.create(newPersonalWorkspace(user))
  } catch (error) {
    // Two first sign-ins raced; the other one made it, which is all we need.
    if (isDomainError(error) && error.code === 'resource.conflict') return workspaces.get(id)
    throw error
  }
}
