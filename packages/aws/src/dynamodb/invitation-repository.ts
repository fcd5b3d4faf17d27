import {
  DomainError,
  type Invitation,
  type InvitationRepository,
  normalizeEmail,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { epochSeconds } from './entities/shared'
import { queryPage } from './pagination'
import type { ChatterTable } from './table'
import { toInvitation } from './to-domain'
import { failedAt, writeTransaction } from './transactions'

const notFound = () => new DomainError('resource.notFound', 'No such invitation.')
const notPending = () =>
  new DomainError('resource.conflict', 'The invitation is no longer pending or has expired.')

/**
 * Invitations by id, by workspace (gsi1) and by invitee email (gsi2), newest first. A claim item
 * per (workspace, email), written and released in the same transactions as the invitation's
 * status, keeps at most one pending invitation per email and workspace, even under races.
 * @example const invitations = new DynamoInvitationRepository(createTable(document, tableName))
 */
export class DynamoInvitationRepository implements InvitationRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: Omit<Invitation, 'status' | 'createdAt'>): Promise<Invitation> {
    const now = this.clock().toISOString()
    const invitation: Invitation = {
      id: input.id,
      workspaceId: input.workspaceId,
      workspaceName: input.workspaceName,
      email: normalizeEmail(input.email),
      role: input.role,
      invitedBy: input.invitedBy,
      status: 'pending',
      createdAt: now,
      expiresAt: input.expiresAt,
    }
    const { workspaceId, email, id, expiresAt } = invitation
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ invitation: invitations, invitationClaim }) => [
          // An expired pending invitation no longer blocks a new one: its claim is taken over.
          invitationClaim
            .put({ workspaceId, email, invitationId: id, expiresAt, ttl: epochSeconds(expiresAt) })
            .where((claim, { notExists, lte }) =>
              [notExists(claim.invitationId), lte(claim.expiresAt, now)].join(' OR '),
            )
            .commit(),
          invitations.create(invitation).commit(),
        ])
        .go(),
    )
    if (codes && failedAt(codes, 0)) {
      throw new DomainError('resource.conflict', 'This email already has a pending invitation.')
    }
    if (codes) throw new DomainError('resource.conflict', 'An invitation with this id exists.')
    return invitation
  }

  async get(id: string): Promise<Invitation | undefined> {
    const { data } = await this.table.entities.invitation.get({ id }).go({ consistent: true })
    return data ? toInvitation(data) : undefined
  }

  listForWorkspace(workspaceId: string, page: PageRequest): Promise<Page<Invitation>> {
    const { invitation } = this.table.entities
    return queryPage(
      page,
      (options) => invitation.query.byWorkspace({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) =>
        createConversions(invitation).byAccessPattern.byWorkspace.fromComposite.toCursor(item),
      toInvitation,
    )
  }

  listForEmail(email: string, page: PageRequest): Promise<Page<Invitation>> {
    const { invitation } = this.table.entities
    return queryPage(
      page,
      (options) =>
        invitation.query
          .byEmail({ email: normalizeEmail(email) })
          .go({ ...options, order: 'desc' }),
      (item) => createConversions(invitation).byAccessPattern.byEmail.fromComposite.toCursor(item),
      toInvitation,
    )
  }

  /**
   * One transaction: the invitation goes from pending (and unexpired) to accepted, the membership
   * is created (not if one exists) and the pending claim is released.
   */
  async accept(
    id: string,
    member: { userId: string; email: string; userName?: string },
  ): Promise<Invitation> {
    const invitation = await this.get(id)
    if (!invitation) throw notFound()
    const { workspaceId } = invitation
    // The membership carries the workspace's current name, which may have changed since.
    const { data: workspace } = await this.table.entities.workspace
      .get({ workspaceId })
      .go({ consistent: true })
    if (!workspace) throw new DomainError('resource.notFound', 'The workspace no longer exists.')
    const now = this.clock().toISOString()
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ invitation: invitations, membership, invitationClaim }) => [
          invitations
            .patch({ id })
            .set({ status: 'accepted' })
            .where(({ status, expiresAt }, { eq, gt }) =>
              [eq(status, 'pending'), gt(expiresAt, now)].join(' AND '),
            )
            .commit(),
          membership
            .create({
              workspaceId,
              userId: member.userId,
              role: invitation.role,
              workspaceName: workspace.name,
              email: normalizeEmail(member.email),
              ...(member.userName === undefined ? {} : { userName: member.userName }),
              joinedAt: now,
            })
            .commit(),
          invitationClaim
            .delete({ workspaceId, email: invitation.email })
            .where(({ invitationId }, { eq }) => eq(invitationId, id))
            .commit(),
        ])
        .go(),
    )
    if (codes && !failedAt(codes, 0) && failedAt(codes, 1)) {
      throw new DomainError('resource.conflict', 'The user is already a member.')
    }
    if (codes) throw notPending()
    return { ...invitation, status: 'accepted' }
  }

  async close(id: string, status: 'declined' | 'revoked'): Promise<Invitation> {
    const invitation = await this.get(id)
    if (!invitation) throw notFound()
    const { workspaceId, email } = invitation
    const write = (releaseClaim: boolean) =>
      writeTransaction(() =>
        this.table.transaction
          .write(({ invitation: invitations, invitationClaim }) => [
            invitations
              .patch({ id })
              .set({ status })
              .where((item, { eq }) => eq(item.status, 'pending'))
              .commit(),
            ...(releaseClaim
              ? [
                  invitationClaim
                    .delete({ workspaceId, email })
                    .where(({ invitationId }, { eq }) => eq(invitationId, id))
                    .commit(),
                ]
              : []),
          ])
          .go(),
      )
    let codes = await write(true)
    // Only the claim failed: this invitation expired and its claim was taken over by a newer
    // invitation or removed by TTL. Close it alone, leaving the newer claim in place.
    if (codes && !failedAt(codes, 0)) codes = await write(false)
    if (codes) throw new DomainError('resource.conflict', 'The invitation is no longer pending.')
    return { ...invitation, status }
  }
}
