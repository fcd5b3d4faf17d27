import {
  DomainError,
  type Membership,
  normalizeEmail,
  type Page,
  type PageRequest,
  type Role,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable } from './table'
import { toMembership } from './to-domain'

const noMembership = () => new DomainError('resource.notFound', 'No such membership.')

/**
 * The membership half of the workspace repository. Memberships live in their workspace's
 * partition (members: one strongly consistent Query) and on gsi1 by user ("my workspaces").
 */
export abstract class DynamoWorkspaceMemberships {
  constructor(
    protected readonly table: ChatterTable,
    protected readonly clock: () => Date = () => new Date(),
  ) {}

  async getMembership(workspaceId: string, userId: string): Promise<Membership | undefined> {
    const { data } = await this.table.entities.membership
      .get({ workspaceId, userId })
      .go({ consistent: true })
    return data ? toMembership(data) : undefined
  }

  listMembers(workspaceId: string, page: PageRequest): Promise<Page<Membership>> {
    const { membership } = this.table.entities
    return queryPage(
      page,
      (options) =>
        membership.query.byWorkspace({ workspaceId }).go({ ...options, consistent: true }),
      (item) =>
        createConversions(membership).byAccessPattern.byWorkspace.fromComposite.toCursor(item),
      toMembership,
    )
  }

  listMembershipsOf(userId: string, page: PageRequest): Promise<Page<Membership>> {
    const { membership } = this.table.entities
    return queryPage(
      page,
      (options) => membership.query.byUser({ userId }).go(options),
      (item) => createConversions(membership).byAccessPattern.byUser.fromComposite.toCursor(item),
      toMembership,
    )
  }

  async addMember(input: Omit<Membership, 'joinedAt'>): Promise<Membership> {
    const membership: Membership = {
      ...input,
      email: normalizeEmail(input.email),
      joinedAt: this.clock().toISOString(),
    }
    try {
      await this.table.entities.membership.create(membership).go()
      return membership
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new DomainError('resource.conflict', 'The user is already a member.')
      }
      throw error
    }
  }

  async setRole(workspaceId: string, userId: string, role: Role): Promise<Membership> {
    try {
      const { data } = await this.table.entities.membership
        .patch({ workspaceId, userId })
        .set({ role })
        .go({ response: 'all_new' })
      return toMembership(data)
    } catch (error) {
      if (isConditionFailure(error)) throw noMembership()
      throw error
    }
  }

  async removeMember(workspaceId: string, userId: string): Promise<boolean> {
    const { data } = await this.table.entities.membership
      .delete({ workspaceId, userId })
      .go({ response: 'all_old' })
    return data !== null && data !== undefined
  }
}
