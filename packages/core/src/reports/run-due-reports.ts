import type { EventLog } from '../events/publish'
import type { ReportRepository } from '../ports/report-repository'
import { nextRunOf } from '../workflows/schedule'
import { lastFullPeriod } from './report-period'
import { type ReportRunPorts, runReport } from './run-report'

export interface DueReportPorts extends ReportRunPorts {
  reports: ReportRunPorts['reports'] &
    Pick<ReportRepository, 'get' | 'dueSchedules' | 'advanceSchedule' | 'unschedule'>
  log?: EventLog
}

/** How many due reports one tick takes on; the rest wait for the next tick. */
export const reportsPerTick = 50

/**
 * The report timer's work: every report due at `at` is claimed (its `nextRunAt` moved on,
 * conditionally, so two ticks never both take it) and run for the last full period before the
 * time it was due, so a late or retried tick covers the same period and the run's deterministic
 * id keeps it from running twice. A deleted or disabled report leaves the schedule.
 */
export async function runDueReports(ports: DueReportPorts, at: Date): Promise<{ ran: number }> {
  const due = await ports.reports.dueSchedules(at.toISOString(), reportsPerTick)
  let ran = 0
  for (const entry of due) {
    try {
      const report = await ports.reports.get(entry.workspaceId, entry.reportId)
      if (!report?.enabled) {
        await ports.reports.unschedule(entry.workspaceId, entry.reportId)
        continue
      }
      const { cron, timezone } = report.schedule
      const next = nextRunOf(cron, timezone, at).toISOString()
      if (!(await ports.reports.advanceSchedule(entry, next))) continue
      const dueAt = new Date(entry.nextRunAt)
      const periodStart = lastFullPeriod(report.period, timezone, dueAt).start
      const result = await runReport(ports, report, { trigger: 'schedule', periodStart, now: at })
      if (result.ran) ran++
    } catch (error) {
      ports.log?.warn('scheduled report not run', {
        reportId: entry.reportId,
        workspaceId: entry.workspaceId,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return { ran }
}
