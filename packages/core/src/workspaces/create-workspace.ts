import { type ActingUser, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import { newId } from '../ids/ids'
import type { Page, PageRequest } from '../pagination'
import type { AuditLog } from '../ports/audit-log'
import type { UserRepository } from '../ports/user-repository'
import type { Membership, Workspace, WorkspaceRepository } from '../ports/workspace-repository'
import { cleanDisplayName, displayNameProblem, invalidDisplayName } from './display-name'

export interface CreateWorkspacePorts {
  users: Pick<UserRepository, 'getById'>
  workspaces: Pick<WorkspaceRepository, 'create'>
  audit: Pick<AuditLog, 'record'>
}

/**
 * Creates a shared workspace owned by the signed-in user.
 *
 * 1. Check the name (trimmed, 1-100 visible characters).
 * 2. Read the creator, whose email and name the owner membership carries.
 * 3. Create the workspace with its owner membership (one transaction in the repository).
 * 4. Record `workspace.created` in the new workspace's audit log.
 */
export async function createWorkspace(
  ports: CreateWorkspacePorts,
  acting: ActingUser,
  input: { name: string },
): Promise<Workspace> {
  const problem = displayNameProblem(input.name)
  if (problem) throw invalidDisplayName(problem)
  const user = await ports.users.getById(acting.userId)
  if (!user) throw new DomainError('auth.unauthenticated', 'Sign in again.')
  const workspace = await ports.workspaces.create({
    id: newId('ws'),
    name: cleanDisplayName(input.name),
    personal: false,
    owner: { userId: user.id, email: user.email, ...(user.name ? { name: user.name } : {}) },
  })
  await recordAudit(ports.audit, acting, {
    workspaceId: workspace.id,
    action: 'workspace.created',
    actor: { type: 'user', id: user.id, label: user.email },
    target: { type: 'workspace', id: workspace.id, label: workspace.name },
  })
  return workspace
}

/** The workspaces the user belongs to, with their role in each. */
export async function listMyWorkspaces(
  workspaces: Pick<WorkspaceRepository, 'listMembershipsOf'>,
  userId: string,
  page: PageRequest,
): Promise<Page<Membership>> {
  return workspaces.listMembershipsOf(userId, page)
}
