import type { Page, PageRequest } from '../pagination'

export const auditActions = [
  'user.registered',
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.logout',
  'auth.refresh.reused',
  'auth.password.changed',
  'workspace.created',
  'workspace.renamed',
  'workspace.deleted',
  'member.invited',
  'member.invitation.revoked',
  'member.invitation.declined',
  'member.added',
  'member.removed',
  'member.role.changed',
  'key.created',
  'key.revoked',
  'user.disabled',
  'user.enabled',
  'document.uploaded',
  'document.deleted',
  'document.reprocessed',
  'document.tagged',
  'documents.job.started',
  'export.requested',
  'import.requested',
  'import.completed',
  'prompt.created',
  'prompt.updated',
  'prompt.deleted',
  'toolServer.registered',
  'toolServer.updated',
  'toolServer.deleted',
  'agent.created',
  'agent.updated',
  'agent.deleted',
  'workflow.created',
  'workflow.updated',
  'workflow.deleted',
  'workflow.execution.started',
  'workflow.execution.cancelled',
  'workflow.approval.decided',
  'experiment.created',
  'experiment.updated',
  'experiment.deleted',
  'experiment.started',
  'experiment.paused',
  'experiment.resumed',
  'experiment.completed',
  'retention.updated',
  'retention.purged',
  'account.deleted',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret.rotated',
  'report.created',
  'report.updated',
  'report.deleted',
] as const
export type AuditAction = (typeof auditActions)[number]

export interface AuditActor {
  type: 'user' | 'apiKey' | 'anonymous' | 'system'
  id?: string
  /** Shown in the log, so an admin reads who, not an id. */
  label?: string
}

export interface AuditEvent {
  /** Sorts by time (a ULID-like id), so equal timestamps keep their order. */
  id: string
  workspaceId: string
  at: string
  action: AuditAction
  outcome: 'success' | 'failure'
  actor: AuditActor
  target?: { type: string; id: string; label?: string }
  ip?: string
  userAgent?: string
  details?: Record<string, string | number | boolean>
}

export interface AuditFilter {
  action?: AuditAction
  actorId?: string
  /** Inclusive ISO 8601 bounds. */
  from?: string
  to?: string
}

/** Append-only log of auth and membership events, per workspace, newest first. */
export interface AuditLog {
  record(event: AuditEvent): Promise<void>
  query(workspaceId: string, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEvent>>
}
