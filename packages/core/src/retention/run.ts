import type { Acting } from '../audit/acting'
import { assertPermission, auditActor } from '../audit/acting'
import type { RetentionStore } from '../ports/retention-store'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { type PurgePorts, type PurgeSummary, purgeWorkspace } from './purge'

export interface RetentionRunPorts extends PurgePorts {
  retention: PurgePorts['retention'] &
    Pick<RetentionStore, 'getPolicy' | 'listPolicies' | 'markPurged'>
}

/** What one scheduled run did. */
export interface RetentionRunSummary {
  workspaces: number
  conversations: number
  documents: number
  auditEvents: number
  /** False when the time budget ran out: the next run carries on. */
  complete: boolean
}

/**
 * The daily purge: every workspace with a policy, least recently purged first, while there is
 * time. A workspace purged to the end is marked, which moves it to the back of the queue, so a
 * run cut short by its budget starts the next one with the workspaces it did not reach.
 */
export async function runRetention(
  ports: RetentionRunPorts,
  options: { now: Date; hasTime?: () => boolean },
): Promise<RetentionRunSummary> {
  const hasTime = options.hasTime ?? (() => true)
  const total: RetentionRunSummary = {
    workspaces: 0,
    conversations: 0,
    documents: 0,
    auditEvents: 0,
    complete: true,
  }
  let cursor: string | undefined
  do {
    const page = await ports.retention.listPolicies({ limit: 25, cursor })
    for (const policy of page.items) {
      if (!hasTime()) return { ...total, complete: false }
      const summary = await purgeWorkspace(ports, policy, { now: options.now, hasTime })
      add(total, summary)
      if (!summary.complete) return { ...total, complete: false }
      await ports.retention.markPurged(policy.workspaceId, options.now.toISOString())
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return total
}

function add(total: RetentionRunSummary, summary: PurgeSummary) {
  total.workspaces += 1
  total.conversations += summary.conversations
  total.documents += summary.documents
  total.auditEvents += summary.auditEvents
}

/**
 * Purges one workspace now (`manageMembers`), as the scheduled run would, within `hasTime`;
 * a workspace without a policy purges nothing. What is left when time runs out goes at the next
 * daily run (the summary says `complete: false`).
 */
export async function runRetentionNow(
  ports: RetentionRunPorts & { workspaces: Pick<WorkspaceRepository, 'getMembership'> },
  acting: Acting,
  options: { hasTime?: () => boolean } = {},
): Promise<PurgeSummary> {
  assertPermission(acting.access, 'manageMembers')
  const { workspaceId } = acting.access
  const policy = await ports.retention.getPolicy(workspaceId)
  if (!policy)
    return {
      workspaceId,
      conversations: 0,
      messages: 0,
      documents: 0,
      auditEvents: 0,
      complete: true,
    }
  const summary = await purgeWorkspace(ports, policy, {
    now: acting.now,
    hasTime: options.hasTime,
    actor: await auditActor(ports.workspaces, acting.access),
    origin: acting.origin,
  })
  if (summary.complete) await ports.retention.markPurged(workspaceId, acting.now.toISOString())
  return summary
}
