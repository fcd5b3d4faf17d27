import type { RequestOrigin } from '../access/principal'
import { newAuditEvent } from '../audit/new-audit-event'
import type { AuditActor, AuditEvent, AuditLog } from '../ports/audit-log'
import type { User } from '../ports/user-repository'
import { personalWorkspaceId } from './personal-workspace'

/** An account event, before it is stamped and filed. */
export interface AccountEvent {
  action: AuditEvent['action']
  outcome?: AuditEvent['outcome']
  /** Defaults to the user themselves. */
  actor?: AuditActor
  details?: AuditEvent['details']
}

/**
 * Files an event about `user`'s account in their personal workspace's log: the one log that
 * is surely theirs, and that they (its owner) can read.
 */
export function recordAccountEvent(
  audit: Pick<AuditLog, 'record'>,
  user: Pick<User, 'id' | 'email'>,
  event: AccountEvent,
  origin: RequestOrigin,
  at: Date,
): Promise<void> {
  const { actor, ...rest } = event
  return audit.record(
    newAuditEvent(
      {
        ...rest,
        workspaceId: personalWorkspaceId(user.id),
        actor: actor ?? { type: 'user', id: user.id, label: user.email },
        target: { type: 'user', id: user.id, label: user.email },
      },
      origin,
      at,
    ),
  )
}
