import { type Acting, actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError, type FieldError } from '../errors'
import type { AuditLog } from '../ports/audit-log'
import type { RetentionPeriods, RetentionPolicy, RetentionStore } from '../ports/retention-store'
import type { WorkspaceRepository } from '../ports/workspace-repository'

/** The kinds a policy can limit, with the bounds of each period in days. */
export const retentionKinds = ['conversationsDays', 'documentsDays', 'auditDays'] as const
export const retentionDayBounds = { min: 1, max: 3650 } as const

/** A policy as the API shows it: `null` keeps that kind forever. */
export interface RetentionView {
  workspaceId: string
  conversationsDays: number | null
  documentsDays: number | null
  auditDays: number | null
  updatedAt: string | null
  updatedBy: string | null
}

export interface RetentionPolicyPorts {
  retention: Pick<RetentionStore, 'getPolicy' | 'putPolicy'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

/** What a PUT sets: every period at once; `null` or absent keeps that kind forever. */
export type RetentionInput = { [kind in (typeof retentionKinds)[number]]?: number | null }

export function retentionView(
  workspaceId: string,
  policy: RetentionPolicy | undefined,
): RetentionView {
  return {
    workspaceId,
    conversationsDays: policy?.conversationsDays ?? null,
    documentsDays: policy?.documentsDays ?? null,
    auditDays: policy?.auditDays ?? null,
    updatedAt: policy?.updatedAt ?? null,
    updatedBy: policy?.updatedBy ?? null,
  }
}

/** The workspace's retention policy (`manageMembers`: admins and the owner). */
export async function getRetentionPolicy(
  ports: Pick<RetentionPolicyPorts, 'retention'>,
  acting: Pick<Acting, 'access'>,
): Promise<RetentionView> {
  assertPermission(acting.access, 'manageMembers')
  const { workspaceId } = acting.access
  return retentionView(workspaceId, await ports.retention.getPolicy(workspaceId))
}

/**
 * Replaces the workspace's retention policy (`manageMembers`).
 *
 * 1. Check each period: a whole number of days from 1 to 3650, or null (keep forever).
 * 2. Store it (a policy with no period at all is removed, so the purge job skips the workspace).
 * 3. Record `retention.updated` with the periods.
 */
export async function setRetentionPolicy(
  ports: RetentionPolicyPorts,
  acting: Acting,
  input: RetentionInput,
): Promise<RetentionView> {
  assertPermission(acting.access, 'manageMembers')
  const errors: FieldError[] = []
  const periods: RetentionPeriods = {}
  for (const kind of retentionKinds) {
    const days = input[kind]
    if (days === undefined || days === null) continue
    if (!Number.isInteger(days) || days < retentionDayBounds.min || days > retentionDayBounds.max)
      errors.push({
        path: kind,
        message: 'Expected a whole number of days from 1 to 3650, or null.',
      })
    else periods[kind] = days
  }
  if (errors.length > 0)
    throw new DomainError('request.invalid', 'The retention policy is not valid.', { errors })
  const { workspaceId } = acting.access
  const stored = await ports.retention.putPolicy({
    workspaceId,
    ...periods,
    updatedBy: actorRef(acting),
    updatedAt: acting.now.toISOString(),
  })
  const details: Record<string, number | string> = {}
  for (const kind of retentionKinds) details[kind] = periods[kind] ?? 'forever'
  await recordAudit(ports.audit, acting, {
    workspaceId,
    action: 'retention.updated',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'workspace', id: workspaceId },
    details,
  })
  return retentionView(workspaceId, stored)
}
