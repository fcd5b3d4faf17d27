import type { RequestOrigin } from '../access/principal'
import { sortableId } from '../ids/ids'
import type { AuditEvent } from '../ports/audit-log'

/**
 * Builds an audit event stamped with an id and time, copying where the request came from.
 * @example await audit.record(newAuditEvent({ workspaceId, action: 'key.created', actor, target }, origin))
 */
export function newAuditEvent(
  event: Omit<AuditEvent, 'id' | 'at' | 'outcome' | 'ip' | 'userAgent'> & {
    outcome?: AuditEvent['outcome']
  },
  origin: RequestOrigin = {},
  at: Date = new Date(),
): AuditEvent {
  return {
    id: sortableId(at),
    at: at.toISOString(),
    outcome: 'success',
    ...event,
    ...(origin.ip ? { ip: origin.ip } : {}),
    ...(origin.userAgent ? { userAgent: origin.userAgent.slice(0, 512) } : {}),
  }
}
