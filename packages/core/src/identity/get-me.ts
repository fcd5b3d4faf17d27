import type { ApiKeyScope } from '../access/permissions'
import type { Principal } from '../access/principal'
import { maxPageSize } from '../pagination'
import type { User, UserRepository } from '../ports/user-repository'
import type { Membership, WorkspaceRepository } from '../ports/workspace-repository'
import { personalWorkspaceId } from './personal-workspace'
import { sessionEnded } from './session'

/** The caller as `GET /v1/me` shows them. */
export interface Me {
  user: User
  systemAdmin: boolean
  personalWorkspaceId: string
  /** With an API key: only the key's workspace, the one place the key can act. */
  memberships: Membership[]
  apiKey?: { id: string; workspaceId: string; scopes: ApiKeyScope[] }
}

// Enough for anyone; a longer list would want its own paginated route.
const maxMemberships = 1000

/**
 * Who is calling and where they belong. A user sees every workspace they are a member of; a
 * program (API key) sees its creator and the key's own workspace, never the creator's others.
 */
export async function getMe(
  ports: { users: Pick<UserRepository, 'getById'>; workspaces: WorkspaceRepository },
  principal: Principal,
): Promise<Me> {
  const user = await ports.users.getById(principal.userId)
  if (!user || user.disabled) throw sessionEnded()
  const personal = personalWorkspaceId(user.id)
  if (principal.type === 'apiKey') {
    const membership = await ports.workspaces.getMembership(principal.workspaceId, user.id)
    return {
      user,
      systemAdmin: false,
      personalWorkspaceId: personal,
      memberships: membership ? [membership] : [],
      apiKey: {
        id: principal.apiKeyId,
        workspaceId: principal.workspaceId,
        scopes: principal.scopes,
      },
    }
  }
  const memberships: Membership[] = []
  let cursor: string | undefined
  do {
    const page = await ports.workspaces.listMembershipsOf(user.id, {
      limit: maxPageSize,
      ...(cursor ? { cursor } : {}),
    })
    memberships.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor && memberships.length < maxMemberships)
  return { user, systemAdmin: user.role === 'admin', personalWorkspaceId: personal, memberships }
}
