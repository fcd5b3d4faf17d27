import type { Page, PageRequest, RetentionPolicy, RetentionStore } from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { neverPurged } from './entities/retention-policy'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, RetentionPolicyItem } from './table'

// A lower bound keeps each range inside its entity's keys (the partitions are shared); the upper
// bound, a bare time, sorts before every `time#id` key at that instant, so the cutoff is exclusive.
const floor = '0000'

/**
 * Retention policies and the purge's candidate queries, each a Query on an existing index,
 * oldest first: conversations by activity (gsi1), documents by creation (gsi1), audit events by
 * time (the workspace's log partition). Deleting the candidates is left to the repositories'
 * own cascades; audit events have no dependents, so they are deleted here.
 * @example const ids = await retention.documentsCreatedBefore(workspaceId, cutoff, 25)
 */
export class DynamoRetentionStore implements RetentionStore {
  constructor(private readonly table: ChatterTable) {}

  async getPolicy(workspaceId: string): Promise<RetentionPolicy | undefined> {
    const { data } = await this.table.entities.retentionPolicy
      .get({ workspaceId })
      .go({ consistent: true })
    return data ? toPolicy(data) : undefined
  }

  async putPolicy(
    policy: Omit<RetentionPolicy, 'lastPurgedAt'>,
  ): Promise<RetentionPolicy | undefined> {
    const { conversationsDays, documentsDays, auditDays } = policy
    if (conversationsDays === undefined && documentsDays === undefined && auditDays === undefined) {
      await this.deletePolicy(policy.workspaceId)
      return undefined
    }
    const before = await this.getPolicy(policy.workspaceId)
    const item = {
      workspaceId: policy.workspaceId,
      updatedBy: policy.updatedBy,
      updatedAt: policy.updatedAt,
      lastPurgedAt: before?.lastPurgedAt ?? neverPurged,
      ...(conversationsDays === undefined ? {} : { conversationsDays }),
      ...(documentsDays === undefined ? {} : { documentsDays }),
      ...(auditDays === undefined ? {} : { auditDays }),
    }
    await this.table.entities.retentionPolicy.put(item).go()
    return toPolicy(item)
  }

  async deletePolicy(workspaceId: string): Promise<void> {
    await this.table.entities.retentionPolicy.delete({ workspaceId }).go()
  }

  async listPolicies(page: PageRequest): Promise<Page<RetentionPolicy>> {
    const { retentionPolicy } = this.table.entities
    const cursors = createConversions(retentionPolicy).byAccessPattern
    return queryPage(
      page,
      (options) => retentionPolicy.query.byLastPurge({}).go(options),
      (item) => cursors.byLastPurge.fromComposite.toCursor(item),
      toPolicy,
    )
  }

  async markPurged(workspaceId: string, at: string): Promise<void> {
    try {
      await this.table.entities.retentionPolicy
        .patch({ workspaceId })
        .set({ lastPurgedAt: at })
        .go()
    } catch (error) {
      // The policy was removed meanwhile: nothing to mark.
      if (!isConditionFailure(error)) throw error
    }
  }

  async conversationsInactiveSince(workspaceId: string, before: string, limit: number) {
    const { data } = await this.table.entities.conversation.query
      .byActivity({ workspaceId })
      .between({ lastActivityAt: floor }, { lastActivityAt: before })
      .go({ limit, count: limit, attributes: ['id'] })
    return data.map(({ id }) => id)
  }

  async documentsCreatedBefore(workspaceId: string, before: string, limit: number) {
    const { data } = await this.table.entities.document.query
      .byCreation({ workspaceId })
      .between({ createdAt: floor }, { createdAt: before })
      .go({ limit, count: limit, attributes: ['id'] })
    return data.map(({ id }) => id)
  }

  async deleteAuditEventsBefore(workspaceId: string, before: string, limit: number) {
    const { auditEvent } = this.table.entities
    const { data } = await auditEvent.query
      .byTime({ workspaceId })
      .between({ at: floor }, { at: before })
      .go({ limit, count: limit, attributes: ['at', 'id'] })
    return deleteAll(
      data.map(({ at, id }) => ({ workspaceId, at, id })),
      (batch) => auditEvent.delete(batch).go(),
    )
  }
}

function toPolicy(item: RetentionPolicyItem): RetentionPolicy {
  return {
    workspaceId: item.workspaceId,
    ...(item.conversationsDays === undefined ? {} : { conversationsDays: item.conversationsDays }),
    ...(item.documentsDays === undefined ? {} : { documentsDays: item.documentsDays }),
    ...(item.auditDays === undefined ? {} : { auditDays: item.auditDays }),
    updatedBy: item.updatedBy,
    updatedAt: item.updatedAt,
    ...(item.lastPurgedAt === neverPurged ? {} : { lastPurgedAt: item.lastPurgedAt }),
  }
}
