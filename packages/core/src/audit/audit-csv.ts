import type { AuditEvent } from '../ports/audit-log'

/** The CSV export's columns, in order; the header row names them. */
export const auditCsvColumns = [
  'id',
  'at',
  'action',
  'outcome',
  'actorType',
  'actorId',
  'actorLabel',
  'targetType',
  'targetId',
  'targetLabel',
  'ip',
  'userAgent',
  'details',
] as const

const row = (event: AuditEvent): string[] => [
  event.id,
  event.at,
  event.action,
  event.outcome,
  event.actor.type,
  event.actor.id ?? '',
  event.actor.label ?? '',
  event.target?.type ?? '',
  event.target?.id ?? '',
  event.target?.label ?? '',
  event.ip ?? '',
  event.userAgent ?? '',
  event.details ? JSON.stringify(event.details) : '',
]

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// labels and user agents are caller-controlled, so such cells are defused with a leading quote.
const formulaStart = /^[=+\-@\t\r]/

/** One CSV cell: formula-defused, then quoted per RFC 4180 when it holds `"`, `,`, CR or LF. */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The events as RFC 4180 CSV (CRLF line ends) with a header row. */
export function auditEventsToCsv(events: readonly AuditEvent[]): string {
  const lines = [
    auditCsvColumns.join(','),
    ...events.map((event) => row(event).map(csvCell).join(',')),
  ]
  return `${lines.join('\r\n')}\r\n`
}
