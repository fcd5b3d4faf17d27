import type { Role } from '../access/permissions'
import type { PageRequest } from '../pagination'
import type {
  Membership,
  NewWorkspace,
  Workspace,
  WorkspaceRepository,
} from '../ports/workspace-repository'
import { conflict, notFound, paginate } from './paginate'

/** In-memory workspaces, memberships (and the invitations and keys a delete removes). */
export class InMemoryWorkspaces implements WorkspaceRepository {
  readonly workspaces = new Map<string, Workspace>()
  readonly members = new Map<string, Membership>()
  /** Set by the in-memory invitations and keys so `delete` can count and remove them. */
  readonly dependents: { removeWorkspace(id: string): { invitations: number; apiKeys: number } }[] =
    []

  async create(input: NewWorkspace) {
    if (this.workspaces.has(input.id)) throw conflict('Workspace exists.')
    const now = new Date().toISOString()
    const workspace: Workspace = {
      id: input.id,
      name: input.name,
      ownerId: input.owner.userId,
      personal: input.personal,
      createdAt: now,
      updatedAt: now,
    }
    this.workspaces.set(workspace.id, workspace)
    const owner = input.owner
    this.members.set(key(workspace.id, owner.userId), {
      workspaceId: workspace.id,
      userId: owner.userId,
      role: 'owner',
      workspaceName: workspace.name,
      email: owner.email,
      ...(owner.name ? { userName: owner.name } : {}),
      joinedAt: now,
    })
    return { ...workspace }
  }

  async get(id: string) {
    const workspace = this.workspaces.get(id)
    return workspace && { ...workspace }
  }

  async rename(id: string, name: string) {
    const workspace = this.workspaces.get(id)
    if (!workspace) throw notFound('No such workspace.')
    const renamed = { ...workspace, name, updatedAt: new Date().toISOString() }
    this.workspaces.set(id, renamed)
    for (const member of this.members.values())
      if (member.workspaceId === id) member.workspaceName = name
    return { ...renamed }
  }

  async delete(id: string) {
    const memberKeys = [...this.members.entries()].filter(([, m]) => m.workspaceId === id)
    for (const [memberKey] of memberKeys) this.members.delete(memberKey)
    this.workspaces.delete(id)
    let invitations = 0
    let apiKeys = 0
    for (const dependent of this.dependents) {
      const removed = dependent.removeWorkspace(id)
      invitations += removed.invitations
      apiKeys += removed.apiKeys
    }
    return { workspaceId: id, members: memberKeys.length, invitations, apiKeys }
  }

  async list(page: PageRequest) {
    return paginate([...this.workspaces.values()].reverse(), page)
  }

  async getMembership(workspaceId: string, userId: string) {
    const membership = this.members.get(key(workspaceId, userId))
    return membership && { ...membership }
  }

  async listMembers(workspaceId: string, page: PageRequest) {
    return paginate(
      [...this.members.values()].filter((m) => m.workspaceId === workspaceId),
      page,
    )
  }

  async listMembershipsOf(userId: string, page: PageRequest) {
    return paginate(
      [...this.members.values()].filter((m) => m.userId === userId),
      page,
    )
  }

  async addMember(membership: Omit<Membership, 'joinedAt'>) {
    const memberKey = key(membership.workspaceId, membership.userId)
    if (this.members.has(memberKey)) throw conflict('Already a member.')
    const added = { ...membership, joinedAt: new Date().toISOString() }
    this.members.set(memberKey, added)
    return { ...added }
  }

  async setRole(workspaceId: string, userId: string, role: Role) {
    const membership = this.members.get(key(workspaceId, userId))
    if (!membership) throw notFound('No such member.')
    membership.role = role
    return { ...membership }
  }

  async removeMember(workspaceId: string, userId: string) {
    return this.members.delete(key(workspaceId, userId))
  }
}

const key = (workspaceId: string, userId: string) => `${workspaceId}/${userId}`
