import { DomainError } from '../errors'
import { maxPageSize, type Page, type PageRequest } from '../pagination'
import type { AuditEvent, AuditFilter, AuditLog } from '../ports/audit-log'
import type { Acting } from './acting'
import { assertPermission } from './acting'

/** The most events one export answers; narrow `from`/`to` to export older ones. */
export const maxExportEvents = 10_000

const invalid = (path: string, message: string) =>
  new DomainError('request.invalid', message, { errors: [{ path, message }] })

// Stored times are `toISOString()` strings compared as text, so bounds take that exact form.
function instant(value: string | undefined, path: string): string | undefined {
  if (value === undefined) return undefined
  const at = Date.parse(value)
  if (Number.isNaN(at)) throw invalid(path, 'Give an ISO 8601 time.')
  return new Date(at).toISOString()
}

function normalized(filter: AuditFilter): AuditFilter {
  const from = instant(filter.from, 'query.from')
  const to = instant(filter.to, 'query.to')
  if (from && to && from > to) throw invalid('query.from', '`from` must not be after `to`.')
  return { ...filter, ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

/** A page of the workspace's audit log, newest first, filtered (`seeAnalytics`: admins). */
export async function queryAuditEvents(
  audit: Pick<AuditLog, 'query'>,
  acting: Pick<Acting, 'access'>,
  filter: AuditFilter,
  page: PageRequest,
): Promise<Page<AuditEvent>> {
  assertPermission(acting.access, 'seeAnalytics')
  return audit.query(acting.access.workspaceId, normalized(filter), page)
}

/**
 * Every event matching the filter, newest first, up to `maxExportEvents` (`seeAnalytics`).
 * `truncated` says there were more: the caller narrows the time range to get the rest.
 */
export async function exportAuditEvents(
  audit: Pick<AuditLog, 'query'>,
  acting: Pick<Acting, 'access'>,
  filter: AuditFilter,
): Promise<{ events: AuditEvent[]; truncated: boolean }> {
  assertPermission(acting.access, 'seeAnalytics')
  const bounded = normalized(filter)
  const events: AuditEvent[] = []
  let cursor: string | undefined
  do {
    const limit = Math.min(maxPageSize, maxExportEvents - events.length)
    const page = await audit.query(acting.access.workspaceId, bounded, {
      limit,
      ...(cursor ? { cursor } : {}),
    })
    events.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor && events.length < maxExportEvents)
  return { events, truncated: cursor !== undefined }
}
