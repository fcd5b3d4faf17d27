import { DomainError, type FieldError } from '../errors'
import {
  type ReportFormat,
  type ReportPeriod,
  type ReportSection,
  reportFormats,
  reportPeriods,
  reportSections,
} from '../ports/report-repository'
import { nextRunOf, scheduleProblem } from '../workflows/schedule'

export const reportLimits = { name: 100, emails: 20, email: 254 } as const

/** Reports may not run more often than this: each run renders and stores a file. */
export const minimumReportIntervalMinutes = 60

/** A report's content as given on create (every field) or update (the changed ones). */
export interface ReportFields {
  name?: string
  schedule?: { cron: string; timezone?: string }
  period?: string
  sections?: string[]
  format?: string
  recipients?: { emails?: string[]; webhook?: boolean }
}

/** The fields of a valid report, defaults applied. */
export interface ReportContent {
  name: string
  schedule: { cron: string; timezone: string }
  period: ReportPeriod
  sections: ReportSection[]
  format: ReportFormat
  recipients: { emails?: string[]; webhook?: boolean }
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Every problem with the given fields, by field path (`json.schedule.cron`, ...). */
export function reportProblems(fields: ReportFields): FieldError[] {
  const errors: FieldError[] = []
  const add = (path: string, message: string) => errors.push({ path: `json.${path}`, message })
  if (fields.name !== undefined) {
    const name = fields.name.trim()
    if (name.length === 0 || name.length > reportLimits.name)
      add('name', `A name is 1 to ${reportLimits.name} characters.`)
  }
  if (fields.schedule !== undefined) {
    const problem = reportScheduleProblem(fields.schedule.cron, fields.schedule.timezone ?? 'UTC')
    if (problem) add('schedule.cron', problem)
  }
  if (fields.period !== undefined && !isOneOf(reportPeriods, fields.period))
    add('period', `Give one of: ${reportPeriods.join(', ')}.`)
  if (fields.format !== undefined && !isOneOf(reportFormats, fields.format))
    add('format', `Give one of: ${reportFormats.join(', ')}.`)
  if (fields.sections !== undefined) {
    if (fields.sections.length === 0) add('sections', 'Name at least one section.')
    fields.sections.forEach((section, index) => {
      if (!isOneOf(reportSections, section))
        add(`sections.${index}`, `Give one of: ${reportSections.join(', ')}.`)
    })
  }
  const emails = fields.recipients?.emails
  if (emails !== undefined) {
    if (emails.length > reportLimits.emails)
      add('recipients.emails', `Give at most ${reportLimits.emails} addresses.`)
    emails.forEach((email, index) => {
      if (email.length > reportLimits.email || !emailPattern.test(email))
        add(`recipients.emails.${index}`, 'Not an email address.')
    })
  }
  return errors
}

/** The problem with a report schedule, or undefined: valid and at most hourly. */
export function reportScheduleProblem(cron: string, timezone: string): string | undefined {
  const problem = scheduleProblem(cron, timezone)
  if (problem) return problem
  // Valid (scheduleProblem parsed it): look at a few gaps, as it does for its own minimum.
  let at = nextRunOf(cron, timezone, new Date(Date.UTC(2030, 0, 1)))
  for (let i = 0; i < 3; i++) {
    const next = nextRunOf(cron, timezone, at)
    if (next.getTime() - at.getTime() < minimumReportIntervalMinutes * 60_000)
      return `Run a report at most every ${minimumReportIntervalMinutes} minutes.`
    at = next
  }
  return undefined
}

/** Throws a 422 listing every problem. */
export function assertReportFields(fields: ReportFields): void {
  const errors = reportProblems(fields)
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The report has invalid settings.',
      { errors },
    )
}

/** Checks a whole report (every field required) and applies the defaults. */
export function checkedReportContent(fields: Required<ReportFields>): ReportContent {
  assertReportFields(fields)
  const emails = fields.recipients.emails
  return {
    name: fields.name.trim(),
    schedule: { cron: fields.schedule.cron.trim(), timezone: fields.schedule.timezone ?? 'UTC' },
    period: fields.period as ReportPeriod,
    sections: [...new Set(fields.sections)] as ReportSection[],
    format: fields.format as ReportFormat,
    recipients: {
      ...(emails && emails.length > 0 ? { emails: [...new Set(emails)] } : {}),
      ...(fields.recipients.webhook ? { webhook: true } : {}),
    },
  }
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value)
}
