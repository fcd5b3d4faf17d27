import type { Permission } from '../access/permissions'
import type { Principal, RequestOrigin, WorkspaceAccess } from '../access/principal'
import { DomainError } from '../errors'
import type { AuditActor, AuditLog } from '../ports/audit-log'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { newAuditEvent } from './new-audit-event'

/**
 * Who is acting in a workspace, from where, and when: what every workspace use case needs to
 * check permissions and to stamp the audit log. `now` is passed in so tests can fix the time.
 */
export interface Acting {
  access: WorkspaceAccess
  origin: RequestOrigin
  now: Date
}

/** A signed-in user acting outside any one workspace (their invitations, new workspaces). */
export interface ActingUser {
  userId: string
  origin: RequestOrigin
  now: Date
}

/**
 * The audit log's view of a principal. A key is logged as itself (its id), so an admin can tell
 * a program's changes from its creator's; `label` is the human-readable who, when known.
 */
export function actorOf(principal: Principal, label?: string): AuditActor {
  const actor: AuditActor =
    principal.type === 'user'
      ? { type: 'user', id: principal.userId }
      : { type: 'apiKey', id: principal.apiKeyId }
  return label ? { ...actor, label } : actor
}

/**
 * Who acts, as stored in `createdBy`/`startedBy` fields: a user id, or `apiKey:<id>` for a key
 * (so a program's doing is told apart from its creator's).
 */
export const actorRef = (acting: Pick<Acting, 'access'>): string => {
  const { principal } = acting.access
  return principal.type === 'user' ? principal.userId : `apiKey:${principal.apiKeyId}`
}

/**
 * Throws `auth.forbidden` naming the missing permission. Routes check first (before validating
 * the body); use cases check again so they are safe to call from anywhere.
 */
export function assertPermission(access: WorkspaceAccess, permission: Permission, why?: string) {
  if (access.permissions.has(permission)) return
  throw new DomainError(
    'auth.forbidden',
    why ?? `This needs the "${permission}" permission in this workspace.`,
    { permission },
  )
}

/**
 * The acting principal as the audit log shows it, labelled with the member's email (one read of
 * the caller's membership, so an admin reading the log sees who, not just an id).
 */
export async function auditActor(
  workspaces: Pick<WorkspaceRepository, 'getMembership'>,
  access: WorkspaceAccess,
): Promise<AuditActor> {
  if (access.principal.type === 'apiKey') return actorOf(access.principal)
  const membership = await workspaces.getMembership(access.workspaceId, access.principal.userId)
  return actorOf(access.principal, membership?.email)
}

/**
 * Records an audit event stamped with the acting caller's origin and time.
 * @example await recordAudit(ports.audit, acting, { workspaceId, action: 'key.created', actor, target })
 */
export function recordAudit(
  audit: Pick<AuditLog, 'record'>,
  acting: Pick<Acting, 'origin' | 'now'>,
  event: Parameters<typeof newAuditEvent>[0],
): Promise<void> {
  return audit.record(newAuditEvent(event, acting.origin, acting.now))
}
