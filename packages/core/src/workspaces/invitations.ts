import type { AssignableRole } from '../access/permissions'
import type { Acting } from '../audit/acting'
import { assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import { newId } from '../ids/ids'
import type { Page, PageRequest } from '../pagination'
import type { AuditLog } from '../ports/audit-log'
import type { Invitation, InvitationRepository } from '../ports/invitation-repository'
import { normalizeEmail, type UserRepository } from '../ports/user-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'

/** How long an invitation can be accepted. */
export const invitationTtlDays = 7

export interface InvitationPorts {
  users: Pick<UserRepository, 'getByEmail'>
  workspaces: Pick<WorkspaceRepository, 'get' | 'getMembership'>
  invitations: Pick<InvitationRepository, 'create' | 'get' | 'close'>
  audit: Pick<AuditLog, 'record'>
}

/**
 * Invites someone by email to join with a role (`manageMembers`).
 *
 * 1. Check `manageMembers`; inviting an admin needs `administer` (only the owner makes admins).
 * 2. Someone already a member cannot be invited (409).
 * 3. Create the invitation, valid for `invitationTtlDays`; the repository refuses a second
 *    pending one for the same email (409).
 * 4. Record `member.invited`.
 */
export async function inviteMember(
  ports: InvitationPorts,
  acting: Acting,
  input: { email: string; role: AssignableRole },
): Promise<Invitation> {
  assertPermission(acting.access, 'manageMembers')
  if (input.role === 'admin')
    assertPermission(acting.access, 'administer', 'Only the workspace owner can invite admins.')
  const { workspaceId } = acting.access
  const email = normalizeEmail(input.email)
  const existing = await ports.users.getByEmail(email)
  if (existing && (await ports.workspaces.getMembership(workspaceId, existing.id)))
    throw new DomainError('resource.conflict', 'That person is already a member of this workspace.')
  const workspace = await ports.workspaces.get(workspaceId)
  if (!workspace) throw new DomainError('resource.notFound', 'No such workspace.')
  const invitation = await ports.invitations.create({
    id: newId('inv'),
    workspaceId,
    workspaceName: workspace.name,
    email,
    role: input.role,
    invitedBy: acting.access.principal.userId,
    expiresAt: new Date(acting.now.getTime() + invitationTtlDays * 86_400_000).toISOString(),
  })
  await recordAudit(ports.audit, acting, {
    workspaceId,
    action: 'member.invited',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'invitation', id: invitation.id, label: email },
    details: { role: input.role },
  })
  return invitation
}

/** The workspace's invitations, newest first, whatever their status (`manageMembers`). */
export async function listInvitations(
  invitations: Pick<InvitationRepository, 'listForWorkspace'>,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<Invitation>> {
  assertPermission(acting.access, 'manageMembers')
  return invitations.listForWorkspace(acting.access.workspaceId, page)
}

/**
 * Revokes a pending invitation (`manageMembers`). Revoking one already revoked changes nothing;
 * one already accepted or declined is a 409. Another workspace's invitation id is a 404.
 */
export async function revokeInvitation(
  ports: InvitationPorts,
  acting: Acting,
  input: { invitationId: string },
): Promise<Invitation> {
  assertPermission(acting.access, 'manageMembers')
  const invitation = await ports.invitations.get(input.invitationId)
  if (!invitation || invitation.workspaceId !== acting.access.workspaceId)
    throw new DomainError('resource.notFound', 'No such invitation in this workspace.')
  if (invitation.status === 'revoked') return invitation
  if (invitation.status !== 'pending')
    throw new DomainError('resource.conflict', `The invitation was already ${invitation.status}.`)
  const revoked = await ports.invitations.close(invitation.id, 'revoked')
  await recordAudit(ports.audit, acting, {
    workspaceId: invitation.workspaceId,
    action: 'member.invitation.revoked',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'invitation', id: invitation.id, label: invitation.email },
    details: { role: invitation.role },
  })
  return revoked
}
