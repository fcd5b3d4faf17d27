/**
 * The one written permission table. Every route names the permission it needs; a caller's
 * permissions come from their role in the workspace (and, for an API key, are further limited
 * to the key's scopes).
 *
 * | permission     | what it allows                                          | owner | admin | member | viewer |
 * | -------------- | ------------------------------------------------------- | ----- | ----- | ------ | ------ |
 * | read           | read the workspace's data                               | yes   | yes   | yes    | yes    |
 * | write          | create and change data (chat, documents, prompts, ...)  | yes   | yes   | yes    | no     |
 * | manageMembers  | invite, remove, change roles (not the owner's)          | yes   | yes   | no     | no     |
 * | manageKeys     | create, list and revoke the workspace's API keys        | yes   | yes   | no     | no     |
 * | seeAnalytics   | analytics and the audit log                             | yes   | yes   | no     | no     |
 * | administer     | rename or delete the workspace, make admins             | yes   | no    | no     | no     |
 */
export const roles = ['owner', 'admin', 'member', 'viewer'] as const
export type Role = (typeof roles)[number]

export const permissions = [
  'read',
  'write',
  'manageMembers',
  'manageKeys',
  'seeAnalytics',
  'administer',
] as const
export type Permission = (typeof permissions)[number]

export const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: permissions,
  admin: ['read', 'write', 'manageMembers', 'manageKeys', 'seeAnalytics'],
  member: ['read', 'write'],
  viewer: ['read'],
}

/** What an API key may do at most; never more than its creator's current role allows. */
export const apiKeyScopes = ['read', 'write', 'admin'] as const
export type ApiKeyScope = (typeof apiKeyScopes)[number]

export const scopePermissions: Record<ApiKeyScope, readonly Permission[]> = {
  read: ['read'],
  write: ['read', 'write'],
  // A key never administers the workspace itself (rename, delete, make admins).
  admin: ['read', 'write', 'manageMembers', 'manageKeys', 'seeAnalytics'],
}

/** The roles an invitation or a role change may grant; ownership is never granted this way. */
export const assignableRoles = ['admin', 'member', 'viewer'] as const
export type AssignableRole = (typeof assignableRoles)[number]

export const can = (role: Role, permission: Permission): boolean =>
  rolePermissions[role].includes(permission)

/** A key's permissions: its scopes, within what its creator's role allows now. */
export function keyPermissions(creatorRole: Role, scopes: readonly ApiKeyScope[]): Set<Permission> {
  const granted = new Set(scopes.flatMap((scope) => scopePermissions[scope]))
  return new Set(rolePermissions[creatorRole].filter((permission) => granted.has(permission)))
}
