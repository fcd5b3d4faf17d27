import type { AssignableRole } from '../access/permissions'
import type { Acting } from '../audit/acting'
import { assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { AuditLog } from '../ports/audit-log'
import type { Membership, WorkspaceRepository } from '../ports/workspace-repository'

export interface MemberPorts {
  workspaces: Pick<WorkspaceRepository, 'getMembership' | 'setRole' | 'removeMember'>
  audit: Pick<AuditLog, 'record'>
}

/** The workspace's members with their roles (`read`: every member sees their team). */
export async function listMembers(
  workspaces: Pick<WorkspaceRepository, 'listMembers'>,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<Membership>> {
  assertPermission(acting.access, 'read')
  return workspaces.listMembers(acting.access.workspaceId, page)
}

async function memberOrNotFound(ports: MemberPorts, acting: Acting, userId: string) {
  const member = await ports.workspaces.getMembership(acting.access.workspaceId, userId)
  if (!member) throw new DomainError('resource.notFound', 'No such member in this workspace.')
  return member
}

/**
 * Changes a member's role (`manageMembers`).
 *
 * 1. Check `manageMembers`; find the member (404).
 * 2. The owner's role never changes: ownership is not transferable (409).
 * 3. Making or unmaking an admin needs `administer`: only the owner does that (403).
 * 4. Set the role and record `member.role.changed` (nothing is recorded for a no-op).
 */
export async function changeMemberRole(
  ports: MemberPorts,
  acting: Acting,
  input: { userId: string; role: AssignableRole },
): Promise<Membership> {
  assertPermission(acting.access, 'manageMembers')
  const member = await memberOrNotFound(ports, acting, input.userId)
  if (member.role === 'owner')
    throw new DomainError(
      'resource.conflict',
      "The owner's role cannot be changed: ownership is not transferable.",
    )
  if (member.role === 'admin' || input.role === 'admin')
    assertPermission(
      acting.access,
      'administer',
      'Only the workspace owner can make or unmake admins.',
    )
  if (member.role === input.role) return member
  const changed = await ports.workspaces.setRole(member.workspaceId, member.userId, input.role)
  await recordAudit(ports.audit, acting, {
    workspaceId: member.workspaceId,
    action: 'member.role.changed',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'user', id: member.userId, label: member.email },
    details: { from: member.role, to: input.role },
  })
  return changed
}

/**
 * Removes a member, or lets a signed-in member leave (removing themselves needs no permission).
 *
 * 1. Leaving: anyone but the owner, who would leave the workspace ownerless (409).
 * 2. Removing someone else: `manageMembers`; the owner cannot be removed (409); removing an
 *    admin needs `administer`, like unmaking one (403).
 * 3. Remove and record `member.removed`. Keys the member created stop working with them.
 */
export async function removeMember(
  ports: MemberPorts,
  acting: Acting,
  input: { userId: string },
): Promise<void> {
  const { principal } = acting.access
  const leaving = principal.type === 'user' && principal.userId === input.userId
  if (!leaving) assertPermission(acting.access, 'manageMembers')
  const member = await memberOrNotFound(ports, acting, input.userId)
  if (member.role === 'owner')
    throw new DomainError(
      'resource.conflict',
      leaving
        ? 'The owner cannot leave the workspace; delete it instead.'
        : 'The owner cannot be removed from the workspace.',
    )
  if (!leaving && member.role === 'admin')
    assertPermission(acting.access, 'administer', 'Only the workspace owner can remove an admin.')
  // The actor's label is read first: a leaving member's membership is about to go.
  const actor = await auditActor(ports.workspaces, acting.access)
  if (!(await ports.workspaces.removeMember(member.workspaceId, member.userId)))
    throw new DomainError('resource.notFound', 'No such member in this workspace.')
  await recordAudit(ports.audit, acting, {
    workspaceId: member.workspaceId,
    action: 'member.removed',
    actor,
    target: { type: 'user', id: member.userId, label: member.email },
    details: { role: member.role, left: leaving },
  })
}
