import type { Page, PageRequest } from '../pagination'

/** What one run covers: the last full day, week (Monday to Sunday) or month before it. */
export const reportPeriods = ['day', 'week', 'month'] as const
export type ReportPeriod = (typeof reportPeriods)[number]

/** The parts of a report, each read from the analytics counters. */
export const reportSections = [
  'summary',
  'models',
  'latency',
  'tools',
  'documents',
  'workflows',
] as const
export type ReportSection = (typeof reportSections)[number]

export const reportFormats = ['json', 'csv', 'html'] as const
export type ReportFormat = (typeof reportFormats)[number]

/** A scheduled usage report of a workspace. */
export interface Report {
  /** `rep_...` */
  id: string
  workspaceId: string
  name: string
  /** A five-field cron read in `timezone` (IANA), at most hourly. */
  schedule: { cron: string; timezone: string }
  period: ReportPeriod
  sections: ReportSection[]
  format: ReportFormat
  /**
   * `emails`: sent the file when a mailer is configured; `webhook`: a `report.ready` platform
   * event is published, which the workspace's webhooks deliver.
   */
  recipients: { emails?: string[]; webhook?: boolean }
  /** Off: the schedule does not run it (running it now still does). */
  enabled: boolean
  createdBy: string
  createdAt: string
  updatedAt: string
}

export type NewReport = Omit<Report, 'createdAt' | 'updatedAt'>

export type ReportChanges = Partial<
  Pick<Report, 'name' | 'schedule' | 'period' | 'sections' | 'format' | 'recipients' | 'enabled'>
>

export const reportRunStatuses = ['running', 'succeeded', 'failed'] as const
export type ReportRunStatus = (typeof reportRunStatuses)[number]

/** One rendering of a report for one period, stored as a file in S3. */
export interface ReportRun {
  /** `rpr_<reportId>_<periodStart>` for a scheduled run (one per period), `rpr_...` otherwise. */
  id: string
  reportId: string
  workspaceId: string
  /** First and last day of the period (YYYY-MM-DD), both included. */
  periodStart: string
  periodEnd: string
  trigger: 'schedule' | 'manual'
  status: ReportRunStatus
  /** Where the file is (`reports/{workspaceId}/{reportId}/{runId}.{ext}`), once it succeeded. */
  key?: string
  contentType?: string
  bytes?: number
  /** Why it failed, readable. */
  error?: string
  startedAt: string
  finishedAt?: string
  delivery: { webhook?: 'published'; emails?: ReportEmailDelivery }
}

/** `failed: ...` names why the mailer refused; the file is stored either way. */
export type ReportEmailDelivery = 'sent' | 'skipped: SES not configured' | `failed: ${string}`

export type ReportRunChanges = Partial<
  Pick<ReportRun, 'status' | 'key' | 'contentType' | 'bytes' | 'error' | 'finishedAt' | 'delivery'>
>

/** A report's place in the scheduler's queue: due at `nextRunAt`. */
export interface ReportScheduleEntry {
  workspaceId: string
  reportId: string
  /** ISO 8601. */
  nextRunAt: string
}

/**
 * Report definitions of a workspace (listed newest first), their runs (newest first), and the
 * schedule index the report timer reads what is due from.
 */
export interface ReportRepository {
  /** A duplicate id is a `resource.conflict`. */
  create(report: NewReport): Promise<Report>
  get(workspaceId: string, id: string): Promise<Report | undefined>
  list(workspaceId: string, page: PageRequest): Promise<Page<Report>>
  /** Sets the given fields and `updatedAt`; undefined when there is no such report. */
  update(workspaceId: string, id: string, changes: ReportChanges): Promise<Report | undefined>
  /** Deletes the report with its runs and schedule entry; undefined when there was none. */
  delete(workspaceId: string, id: string): Promise<Report | undefined>

  /** Puts (or replaces) the report's schedule entry. */
  schedule(entry: ReportScheduleEntry): Promise<void>
  /** Removes the report's schedule entry; a missing one is not an error. */
  unschedule(workspaceId: string, reportId: string): Promise<void>
  /** Entries with `nextRunAt <= now`, oldest first, at most `limit`. */
  dueSchedules(now: string, limit: number): Promise<ReportScheduleEntry[]>
  /**
   * Claims a due entry by moving its `nextRunAt` to `next`, conditional on the value read: true
   * if this call moved it, false if another tick did first (or it is gone).
   */
  advanceSchedule(entry: ReportScheduleEntry, next: string): Promise<boolean>

  /** Creates a run unless one with its id exists: false then (nothing changes). */
  createRun(run: ReportRun): Promise<boolean>
  getRun(workspaceId: string, reportId: string, runId: string): Promise<ReportRun | undefined>
  /** A report's runs, newest first. */
  listRuns(workspaceId: string, reportId: string, page: PageRequest): Promise<Page<ReportRun>>
  updateRun(
    workspaceId: string,
    reportId: string,
    runId: string,
    changes: ReportRunChanges,
  ): Promise<ReportRun | undefined>
}

/**
 * The file of a run, by email: SES in AWS when `REPORT_EMAIL_FROM` is set; not wired otherwise
 * (locally), where runs record it skipped. A refusal throws; the run records `failed: <message>`.
 */
export interface ReportMailer {
  send(input: {
    to: readonly string[]
    subject: string
    /** A short note with where to download the file. */
    text: string
    /** An HTML report itself, as the message's HTML body. */
    html?: string
    attachment: { filename: string; contentType: string; body: Uint8Array }
  }): Promise<void>
}
