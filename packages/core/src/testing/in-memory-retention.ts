import type { PageRequest } from '../pagination'
import type { RetentionPolicy, RetentionStore } from '../ports/retention-store'
import type { InMemoryAuditLog } from './in-memory-audit'
import type { InMemoryConversations } from './in-memory-conversations'
import type { InMemoryDocuments } from './in-memory-documents'
import { paginate } from './paginate'

const oldestFirst = <T>(items: T[], time: (item: T) => string) =>
  items.sort((a, b) => time(a).localeCompare(time(b)))

/** In-memory `RetentionStore` over the in-memory conversations, documents and audit log. */
export class InMemoryRetention implements RetentionStore {
  readonly policies = new Map<string, RetentionPolicy>()

  constructor(
    private readonly stores: {
      conversations: InMemoryConversations
      documents: InMemoryDocuments
      audit: InMemoryAuditLog
    },
  ) {}

  async getPolicy(workspaceId: string) {
    const policy = this.policies.get(workspaceId)
    return policy && { ...policy }
  }

  async putPolicy(policy: Omit<RetentionPolicy, 'lastPurgedAt'>) {
    const { conversationsDays, documentsDays, auditDays } = policy
    if (conversationsDays === undefined && documentsDays === undefined && auditDays === undefined) {
      this.policies.delete(policy.workspaceId)
      return undefined
    }
    const before = this.policies.get(policy.workspaceId)
    const stored: RetentionPolicy = {
      ...policy,
      ...(before?.lastPurgedAt ? { lastPurgedAt: before.lastPurgedAt } : {}),
    }
    this.policies.set(policy.workspaceId, stored)
    return { ...stored }
  }

  async deletePolicy(workspaceId: string) {
    this.policies.delete(workspaceId)
  }

  async listPolicies(page: PageRequest) {
    const all = oldestFirst([...this.policies.values()], (p) => p.lastPurgedAt ?? '')
    return paginate(all, page)
  }

  async markPurged(workspaceId: string, at: string) {
    const policy = this.policies.get(workspaceId)
    if (policy) policy.lastPurgedAt = at
  }

  async conversationsInactiveSince(workspaceId: string, before: string, limit: number) {
    const stale = [...this.stores.conversations.byId.values()].filter(
      (c) => c.workspaceId === workspaceId && c.lastActivityAt < before,
    )
    return oldestFirst(stale, (c) => c.lastActivityAt)
      .slice(0, limit)
      .map((c) => c.id)
  }

  async documentsCreatedBefore(workspaceId: string, before: string, limit: number) {
    const old = [...this.stores.documents.byKey.values()].filter(
      (d) => d.workspaceId === workspaceId && d.createdAt < before,
    )
    return oldestFirst(old, (d) => d.createdAt)
      .slice(0, limit)
      .map((d) => d.id)
  }

  async deleteAuditEventsBefore(workspaceId: string, before: string, limit: number) {
    const { events } = this.stores.audit
    const old = oldestFirst(
      events.filter((e) => e.workspaceId === workspaceId && e.at < before),
      (e) => e.at,
    ).slice(0, limit)
    for (const event of old) events.splice(events.indexOf(event), 1)
    return old.length
  }
}
