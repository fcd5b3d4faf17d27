import { type ApiKeyScope, keyPermissions, rolePermissions } from '../access/permissions'
import type { Acting } from '../audit/acting'
import type { User } from '../ports/user-repository'
import { inMemoryStores } from '../testing'

/**
 * A workspace with one person in each role and an outsider (owner of another workspace), over
 * the in-memory stores: the cast of the workspace and key use-case tests.
 */
export async function team() {
  const stores = inMemoryStores()
  const person = (name: string) =>
    stores.users.create({ id: `usr_${name}`, email: `${name}@example.com`, name })
  const [owner, admin, member, viewer, outsider] = await Promise.all(
    ['owner', 'admin', 'member', 'viewer', 'outsider'].map(person),
  )
  if (!owner || !admin || !member || !viewer || !outsider) throw new Error('cast')
  const workspace = await stores.workspaces.create({
    id: 'ws_team',
    name: 'Team',
    personal: false,
    owner: { userId: owner.id, email: owner.email },
  })
  const other = await stores.workspaces.create({
    id: 'ws_other',
    name: 'Other',
    personal: false,
    owner: { userId: outsider.id, email: outsider.email },
  })
  for (const [user, role] of [
    [admin, 'admin'],
    [member, 'member'],
    [viewer, 'viewer'],
  ] as const)
    await stores.workspaces.addMember({
      workspaceId: workspace.id,
      userId: user.id,
      role,
      workspaceName: workspace.name,
      email: user.email,
    })
  const origin = { ip: '203.0.113.7', userAgent: 'vitest' }
  const now = new Date('2026-03-01T12:00:00Z')

  /** `user` acting in `workspaceId` with their current role there. */
  async function as(user: User, workspaceId = workspace.id): Promise<Acting> {
    const membership = await stores.workspaces.getMembership(workspaceId, user.id)
    if (!membership) throw new Error(`${user.id} is not in ${workspaceId}`)
    const principal = {
      type: 'user',
      userId: user.id,
      sessionId: 'ses_1',
      systemAdmin: false,
    } as const
    const permissions = new Set(rolePermissions[membership.role])
    return { access: { principal, workspaceId, role: membership.role, permissions }, origin, now }
  }

  /** A key of `user` in the team workspace with `scopes`. */
  async function asKey(user: User, scopes: ApiKeyScope[]): Promise<Acting> {
    const { access } = await as(user)
    const principal = {
      type: 'apiKey',
      apiKeyId: 'key_test',
      userId: user.id,
      workspaceId: workspace.id,
      scopes,
    } as const
    const permissions = keyPermissions(access.role, scopes)
    return { access: { ...access, principal, permissions }, origin, now }
  }

  return {
    ...stores,
    workspace,
    other,
    owner,
    admin,
    member,
    viewer,
    outsider,
    as,
    asKey,
    now,
    origin,
  }
}
