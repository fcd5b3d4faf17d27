import type { Acting } from '../audit/acting'
import { DomainError } from '../errors'
import type { ReportRepository, ReportRun } from '../ports'
import { getReport } from './read-reports'
import { localDay } from './report-period'
import { type ReportRunPorts, runReport } from './run-report'

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/**
 * Runs a report now (`seeAnalytics`), synchronously (a report is a few counters read and one
 * small file): for the last full period, or the period holding `periodStart` (not in the
 * future). Always a new run, apart from the scheduled ones.
 */
export async function runReportNow(
  ports: ReportRunPorts & { reports: ReportRunPorts['reports'] & Pick<ReportRepository, 'get'> },
  acting: Pick<Acting, 'access' | 'now'>,
  input: { reportId: string; periodStart?: string },
): Promise<ReportRun> {
  const report = await getReport(ports, acting, input)
  const { periodStart } = input
  if (periodStart !== undefined) {
    const valid =
      dayPattern.test(periodStart) &&
      new Date(`${periodStart}T00:00:00Z`).toISOString().startsWith(periodStart)
    const problem = !valid
      ? 'Give a day as YYYY-MM-DD.'
      : periodStart > localDay(acting.now, report.schedule.timezone)
        ? 'Give a day that is not in the future.'
        : undefined
    if (problem)
      throw new DomainError('request.invalid', problem, {
        errors: [{ path: 'json.periodStart', message: problem }],
      })
  }
  const { run } = await runReport(ports, report, {
    trigger: 'manual',
    now: acting.now,
    ...(periodStart ? { periodStart } : {}),
  })
  return run
}
