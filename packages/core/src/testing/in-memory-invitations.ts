import type { PageRequest } from '../pagination'
import type { Invitation, InvitationRepository } from '../ports/invitation-repository'
import { normalizeEmail } from '../ports/user-repository'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, notFound, paginate } from './paginate'

/** In-memory invitations; `accept` adds the membership to the given workspaces fake. */
export class InMemoryInvitations implements InvitationRepository {
  readonly byId = new Map<string, Invitation>()

  constructor(private readonly workspaces: InMemoryWorkspaces) {
    workspaces.dependents.push({
      removeWorkspace: (id) => {
        const gone = [...this.byId.values()].filter((invitation) => invitation.workspaceId === id)
        for (const invitation of gone) this.byId.delete(invitation.id)
        return { invitations: gone.length, apiKeys: 0 }
      },
    })
  }

  async create(input: Omit<Invitation, 'status' | 'createdAt'>) {
    const email = normalizeEmail(input.email)
    const pending = [...this.byId.values()].some(
      (i) => i.workspaceId === input.workspaceId && i.email === email && i.status === 'pending',
    )
    if (pending) throw conflict('This email already has a pending invitation.')
    const invitation: Invitation = {
      ...input,
      email,
      status: 'pending',
      createdAt: new Date().toISOString(),
    }
    this.byId.set(invitation.id, invitation)
    return { ...invitation }
  }

  async get(id: string) {
    const invitation = this.byId.get(id)
    return invitation && { ...invitation }
  }

  async listForWorkspace(workspaceId: string, page: PageRequest) {
    return paginate(
      [...this.byId.values()].filter((i) => i.workspaceId === workspaceId).reverse(),
      page,
    )
  }

  async listForEmail(email: string, page: PageRequest) {
    const wanted = normalizeEmail(email)
    return paginate([...this.byId.values()].filter((i) => i.email === wanted).reverse(), page)
  }

  async accept(id: string, member: { userId: string; email: string; userName?: string }) {
    const invitation = this.byId.get(id)
    if (!invitation) throw notFound('No such invitation.')
    if (invitation.status !== 'pending') throw conflict(`The invitation is ${invitation.status}.`)
    await this.workspaces.addMember({
      workspaceId: invitation.workspaceId,
      userId: member.userId,
      role: invitation.role,
      workspaceName: invitation.workspaceName,
      email: member.email,
      ...(member.userName ? { userName: member.userName } : {}),
    })
    invitation.status = 'accepted'
    return { ...invitation }
  }

  async close(id: string, status: 'declined' | 'revoked') {
    const invitation = this.byId.get(id)
    if (!invitation) throw notFound('No such invitation.')
    if (invitation.status !== 'pending') throw conflict(`The invitation is ${invitation.status}.`)
    invitation.status = status
    return { ...invitation }
  }
}
