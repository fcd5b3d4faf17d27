import type { RequestOrigin } from '../access/principal'
import { newAuditEvent } from '../audit/new-audit-event'
import { eraseDocument } from '../documents/document-commands'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import type { AuditActor, AuditLog } from '../ports/audit-log'
import type { ConversationRepository } from '../ports/conversation-repository'
import type { RetentionPolicy, RetentionStore } from '../ports/retention-store'

const dayMs = 86_400_000
/** Candidates read per query: small pages keep each step short, so the budget is honoured. */
const batchSize = 25

export interface PurgePorts {
  retention: Pick<
    RetentionStore,
    'conversationsInactiveSince' | 'documentsCreatedBefore' | 'deleteAuditEventsBefore'
  >
  conversations: Pick<ConversationRepository, 'delete'>
  knowledge: Pick<KnowledgePorts, 'documents' | 'blobs' | 'vectors' | 'lexical'>
  audit: Pick<AuditLog, 'record'>
}

/** What one purge of one workspace removed. */
export interface PurgeSummary {
  workspaceId: string
  conversations: number
  messages: number
  documents: number
  auditEvents: number
  /** False when the time budget ran out first: the rest goes at the next run. */
  complete: boolean
}

export interface PurgeOptions {
  now: Date
  /** Whether there is still time for another batch (from the Lambda context's remaining time). */
  hasTime?: () => boolean
  /** Who the `retention.purged` event names: the scheduled job, or the member who ran it. */
  actor?: AuditActor
  origin?: RequestOrigin
}

export const retentionJobActor: AuditActor = { type: 'system', label: 'retention job' }

/** The instant before which a period of `days` has run out. */
export const retentionCutoff = (now: Date, days: number): string =>
  new Date(now.getTime() - days * dayMs).toISOString()

/**
 * Purges what a workspace's policy no longer keeps, oldest first, in small batches while there
 * is time. Idempotent: what is gone is not found again, so a rerun (or the next day's run)
 * carries on where this one stopped.
 *
 * 1. Conversations last active before the cutoff, with their messages, stream deltas and stored
 *    large contents (the repository's delete cascade).
 * 2. Documents created before the cutoff, with their chunks, vectors, lexical entries and file
 *    (`eraseDocument`, as a member's delete).
 * 3. Audit events older than the cutoff.
 * 4. Record `retention.purged` with the counts, when anything was purged.
 */
export async function purgeWorkspace(
  ports: PurgePorts,
  policy: RetentionPolicy,
  options: PurgeOptions,
): Promise<PurgeSummary> {
  const { workspaceId } = policy
  const hasTime = options.hasTime ?? (() => true)
  const summary: PurgeSummary = {
    workspaceId,
    conversations: 0,
    messages: 0,
    documents: 0,
    auditEvents: 0,
    complete: true,
  }
  // A batch that removed nothing stops too: an index read just after a delete may still list
  // what is gone, and rereading it would loop.
  const drain = async (next: () => Promise<{ found: number; removed: number }>) => {
    while (true) {
      if (!hasTime()) {
        summary.complete = false
        return
      }
      const { found, removed } = await next()
      if (found < batchSize || removed === 0) return
    }
  }
  if (policy.conversationsDays !== undefined) {
    const before = retentionCutoff(options.now, policy.conversationsDays)
    await drain(async () => {
      const ids = await ports.retention.conversationsInactiveSince(workspaceId, before, batchSize)
      for (const id of ids) {
        const { messages } = await ports.conversations.delete(workspaceId, id)
        summary.conversations += 1
        summary.messages += messages
      }
      return { found: ids.length, removed: ids.length }
    })
  }
  if (policy.documentsDays !== undefined) {
    const before = retentionCutoff(options.now, policy.documentsDays)
    await drain(async () => {
      const ids = await ports.retention.documentsCreatedBefore(workspaceId, before, batchSize)
      let removed = 0
      for (const id of ids) {
        const document = await ports.knowledge.documents.get(workspaceId, id)
        if (document && (await eraseDocument(ports.knowledge, document))) removed += 1
      }
      summary.documents += removed
      return { found: ids.length, removed }
    })
  }
  if (policy.auditDays !== undefined) {
    const before = retentionCutoff(options.now, policy.auditDays)
    await drain(async () => {
      const deleted = await ports.retention.deleteAuditEventsBefore(workspaceId, before, batchSize)
      summary.auditEvents += deleted
      return { found: deleted, removed: deleted }
    })
  }
  const { conversations, messages, documents, auditEvents, complete } = summary
  if (conversations + documents + auditEvents > 0)
    await ports.audit.record(
      newAuditEvent(
        {
          workspaceId,
          action: 'retention.purged',
          actor: options.actor ?? retentionJobActor,
          target: { type: 'workspace', id: workspaceId },
          details: { conversations, messages, documents, auditEvents, complete },
        },
        options.origin,
        options.now,
      ),
    )
  return summary
}
