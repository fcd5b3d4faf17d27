import type { Role } from '../access/permissions'
import type { Page, PageRequest } from '../pagination'

/** A tenant: every stored item, vector namespace, S3 prefix and query is scoped by its id. */
export interface Workspace {
  id: string
  name: string
  /** The user who owns it (exactly one owner). */
  ownerId: string
  /** Every user has one personal workspace, made at sign-up; it cannot be deleted or shared away. */
  personal: boolean
  createdAt: string
  updatedAt: string
}

export interface Membership {
  workspaceId: string
  userId: string
  role: Role
  /** Denormalised so member lists and "my workspaces" need no second read. */
  workspaceName: string
  email: string
  userName?: string
  joinedAt: string
}

export interface NewWorkspace {
  id: string
  name: string
  personal: boolean
  owner: { userId: string; email: string; name?: string }
}

/** What a workspace deletion removed, so the caller can say so. */
export interface WorkspaceDeletion {
  workspaceId: string
  members: number
  invitations: number
  apiKeys: number
  /** Documents deleted with their files, chunks and vectors (set by the use case). */
  documents?: number
}

/** Workspaces and their memberships. */
export interface WorkspaceRepository {
  /** Creates the workspace and its owner's membership in one transaction. */
  create(workspace: NewWorkspace): Promise<Workspace>
  get(id: string): Promise<Workspace | undefined>
  rename(id: string, name: string): Promise<Workspace>
  /** Deletes the workspace with its memberships, invitations and API keys. */
  delete(id: string): Promise<WorkspaceDeletion>
  /** Every workspace, newest first (platform administrators). */
  list(page: PageRequest): Promise<Page<Workspace>>

  getMembership(workspaceId: string, userId: string): Promise<Membership | undefined>
  listMembers(workspaceId: string, page: PageRequest): Promise<Page<Membership>>
  /** The workspaces a user belongs to, as memberships. */
  listMembershipsOf(userId: string, page: PageRequest): Promise<Page<Membership>>
  /** Throws `resource.conflict` if the user is already a member. */
  addMember(membership: Omit<Membership, 'joinedAt'>): Promise<Membership>
  setRole(workspaceId: string, userId: string, role: Role): Promise<Membership>
  /** Resolves whether a membership was removed. */
  removeMember(workspaceId: string, userId: string): Promise<boolean>
}
