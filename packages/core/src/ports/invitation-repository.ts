import type { AssignableRole } from '../access/permissions'
import type { Page, PageRequest } from '../pagination'

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked'

export interface Invitation {
  id: string
  workspaceId: string
  workspaceName: string
  /** Normalised; only the user signed in with this email may accept. */
  email: string
  role: AssignableRole
  invitedBy: string
  status: InvitationStatus
  createdAt: string
  /** Pending invitations expire; an expired one cannot be accepted. */
  expiresAt: string
}

/** Invitations to join a workspace, by workspace and by invitee email. */
export interface InvitationRepository {
  /** Throws `resource.conflict` if a pending invitation for that email and workspace exists. */
  create(invitation: Omit<Invitation, 'status' | 'createdAt'>): Promise<Invitation>
  get(id: string): Promise<Invitation | undefined>
  listForWorkspace(workspaceId: string, page: PageRequest): Promise<Page<Invitation>>
  listForEmail(email: string, page: PageRequest): Promise<Page<Invitation>>
  /**
   * Marks a pending invitation accepted and adds the membership, in one transaction.
   * Throws `resource.conflict` if it is no longer pending or the user is already a member.
   */
  accept(
    id: string,
    member: { userId: string; email: string; userName?: string },
  ): Promise<Invitation>
  /** Changes a pending invitation's status; throws `resource.conflict` if it is not pending. */
  close(id: string, status: 'declined' | 'revoked'): Promise<Invitation>
}
