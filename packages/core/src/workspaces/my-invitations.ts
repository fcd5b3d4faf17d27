import { type ActingUser, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import { platformEvent, publishQuietly } from '../events/publish'
import type { Page, PageRequest } from '../pagination'
import type { AuditLog } from '../ports/audit-log'
import type { Invitation, InvitationRepository } from '../ports/invitation-repository'
import type { PlatformEvents } from '../ports/platform-events'
import type { User, UserRepository } from '../ports/user-repository'
import type { Membership, WorkspaceRepository } from '../ports/workspace-repository'

export interface MyInvitationPorts {
  users: Pick<UserRepository, 'getById'>
  invitations: Pick<InvitationRepository, 'get' | 'accept' | 'close'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
  audit: Pick<AuditLog, 'record'>
  /** Told `member.added`. */
  events?: PlatformEvents
}

const isOpen = (invitation: Invitation, now: Date) =>
  invitation.status === 'pending' && Date.parse(invitation.expiresAt) > now.getTime()

async function signedInUser(users: Pick<UserRepository, 'getById'>, userId: string) {
  const user = await users.getById(userId)
  if (!user) throw new DomainError('auth.unauthenticated', 'Sign in again.')
  return user
}

/**
 * The signed-in user's open invitations (pending, not expired), found by their email. A page may
 * hold fewer than `limit` items because closed ones are left out; follow `nextCursor` regardless.
 */
export async function listMyInvitations(
  ports: {
    users: Pick<UserRepository, 'getById'>
    invitations: Pick<InvitationRepository, 'listForEmail'>
  },
  acting: ActingUser,
  page: PageRequest,
): Promise<Page<Invitation>> {
  const user = await signedInUser(ports.users, acting.userId)
  const found = await ports.invitations.listForEmail(user.email, page)
  return { ...found, items: found.items.filter((invitation) => isOpen(invitation, acting.now)) }
}

/**
 * Loads an invitation addressed to the signed-in user: anyone else's is a 404, so invitation ids
 * reveal nothing. A closed or expired one is a 409 saying which.
 */
async function myOpenInvitation(ports: MyInvitationPorts, acting: ActingUser, id: string) {
  const user = await signedInUser(ports.users, acting.userId)
  const invitation = await ports.invitations.get(id)
  if (!invitation || invitation.email !== user.email)
    throw new DomainError('resource.notFound', 'No such invitation for you.')
  if (invitation.status !== 'pending')
    throw new DomainError('resource.conflict', `This invitation was already ${invitation.status}.`)
  if (!isOpen(invitation, acting.now))
    throw new DomainError(
      'resource.conflict',
      `This invitation expired at ${invitation.expiresAt}; ask for a new one.`,
    )
  return { user, invitation }
}

/**
 * Accepts an invitation addressed to the signed-in user's email.
 *
 * 1. Find it (404 unless addressed to this user); it must be pending and unexpired (409).
 * 2. Accept: the repository marks it accepted and adds the membership in one transaction
 *    (409 if the user is already a member).
 * 3. Record `member.added` in the workspace's audit log.
 */
export async function acceptInvitation(
  ports: MyInvitationPorts,
  acting: ActingUser,
  input: { invitationId: string },
): Promise<{ invitation: Invitation; membership: Membership }> {
  const { user, invitation } = await myOpenInvitation(ports, acting, input.invitationId)
  const accepted = await ports.invitations.accept(invitation.id, memberOf(user))
  const membership = await ports.workspaces.getMembership(invitation.workspaceId, user.id)
  if (!membership) throw new DomainError('resource.notFound', 'The workspace no longer exists.')
  await recordAudit(ports.audit, acting, {
    workspaceId: invitation.workspaceId,
    action: 'member.added',
    actor: { type: 'user', id: user.id, label: user.email },
    target: { type: 'user', id: user.id, label: user.email },
    details: { role: invitation.role, invitationId: invitation.id },
  })
  await publishQuietly(
    ports.events,
    platformEvent(
      'member.added',
      invitation.workspaceId,
      { userId: user.id, role: membership.role },
      acting.now,
    ),
  )
  return { invitation: accepted, membership }
}

/** Declines an invitation addressed to the signed-in user (same rules as accepting). */
export async function declineInvitation(
  ports: MyInvitationPorts,
  acting: ActingUser,
  input: { invitationId: string },
): Promise<Invitation> {
  const { user, invitation } = await myOpenInvitation(ports, acting, input.invitationId)
  const declined = await ports.invitations.close(invitation.id, 'declined')
  await recordAudit(ports.audit, acting, {
    workspaceId: invitation.workspaceId,
    action: 'member.invitation.declined',
    actor: { type: 'user', id: user.id, label: user.email },
    target: { type: 'invitation', id: invitation.id, label: user.email },
  })
  return declined
}

const memberOf = (user: User) => ({
  userId: user.id,
  email: user.email,
  ...(user.name ? { userName: user.name } : {}),
})
