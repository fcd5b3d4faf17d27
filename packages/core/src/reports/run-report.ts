import { usageReport } from '../analytics/usage-report'
import { type EventLog, platformEvent, publishQuietly } from '../events/publish'
import { newId } from '../ids/ids'
import type { BlobStore } from '../ports/blob-store'
import type { PlatformEvents } from '../ports/platform-events'
import type { Report, ReportMailer, ReportRepository, ReportRun } from '../ports/report-repository'
import type { UsageCounters } from '../ports/usage-counters'
import { renderReport } from './render-report'
import { lastFullPeriod, periodContaining } from './report-period'

/** What a run needs: the runs, the usage counters, the bucket and the deliveries. */
export interface ReportRunPorts {
  reports: Pick<ReportRepository, 'createRun' | 'getRun' | 'updateRun'>
  usage: Pick<UsageCounters, 'days'>
  blobs: Pick<BlobStore, 'put'>
  /** Where `report.ready` goes (the webhooks subscribe to it). */
  events?: PlatformEvents
  /** Sends the file to `recipients.emails` (SES in AWS); unset (locally): recorded as skipped. */
  mailer?: ReportMailer
  log?: EventLog
}

export interface RunReportOptions {
  /** A day of the period to cover; default the last full period before `now`. */
  periodStart?: string
  trigger: 'schedule' | 'manual'
  now: Date
}

/** Where a run's file is stored. */
export const reportRunKey = (
  run: Pick<ReportRun, 'workspaceId' | 'reportId' | 'id'>,
  ext: string,
) => `reports/${run.workspaceId}/${run.reportId}/${run.id}.${ext}`

/**
 * Runs a report for one period and stores its file. A scheduled run's id is its report and
 * period (`rpr_<reportId>_<periodStart>`), created conditionally, so a period never runs twice:
 * the second call resolves the first run with `ran: false`. Manual runs always run.
 *
 * 1. Work out the period and create the run (`running`).
 * 2. Read the period's usage by day from the counters and render it in the report's format.
 * 3. Store the file under `reports/{workspaceId}/{reportId}/{runId}.{ext}`.
 * 4. Deliver: publish `report.ready` (webhooks), mail it when a mailer is configured.
 * 5. Record the run `succeeded` (or `failed`, with why).
 */
export async function runReport(
  ports: ReportRunPorts,
  report: Report,
  options: RunReportOptions,
): Promise<{ run: ReportRun; ran: boolean }> {
  const { now, trigger } = options
  const period = options.periodStart
    ? periodContaining(report.period, options.periodStart)
    : lastFullPeriod(report.period, report.schedule.timezone, now)
  const run: ReportRun = {
    id: trigger === 'schedule' ? `rpr_${report.id}_${period.start}` : newId('rpr'),
    reportId: report.id,
    workspaceId: report.workspaceId,
    periodStart: period.start,
    periodEnd: period.end,
    trigger,
    status: 'running',
    startedAt: now.toISOString(),
    delivery: {},
  }
  if (!(await ports.reports.createRun(run))) {
    const existing = await ports.reports.getRun(run.workspaceId, run.reportId, run.id)
    return { run: existing ?? run, ran: false }
  }
  let finished: ReportRun | undefined
  try {
    const usage = await usageReport(
      ports.usage as UsageCounters,
      report.workspaceId,
      { range: `${period.start}..${period.end}`, bucket: 'day' },
      now,
    )
    const file = renderReport({ report, period, usage, generatedAt: now.toISOString() })
    const body = new TextEncoder().encode(file.body)
    const key = reportRunKey(run, file.extension)
    await ports.blobs.put(key, body, { contentType: file.contentType })
    const delivery: ReportRun['delivery'] = {}
    if (report.recipients.webhook) {
      const event = platformEvent(
        'report.ready',
        report.workspaceId,
        { reportId: report.id, runId: run.id, format: report.format },
        now,
      )
      await publishQuietly(ports.events, event, ports.log)
      delivery.webhook = 'published'
    }
    if (report.recipients.emails?.length)
      delivery.emails = await mail(ports, report, run, { ...file, text: file.body, body })
    finished = await ports.reports.updateRun(run.workspaceId, run.reportId, run.id, {
      status: 'succeeded',
      key,
      contentType: file.contentType,
      bytes: body.byteLength,
      finishedAt: new Date().toISOString(),
      delivery,
    })
  } catch (error) {
    ports.log?.warn('report run failed', {
      reportId: report.id,
      runId: run.id,
      error: reason(error),
    })
    finished = await ports.reports.updateRun(run.workspaceId, run.reportId, run.id, {
      status: 'failed',
      error: reason(error),
      finishedAt: new Date().toISOString(),
    })
  }
  return { run: finished ?? run, ran: true }
}

async function mail(
  ports: ReportRunPorts,
  report: Report,
  run: ReportRun,
  file: { text: string; body: Uint8Array; contentType: string; extension: string },
): Promise<NonNullable<ReportRun['delivery']['emails']>> {
  if (!ports.mailer) return 'skipped: SES not configured'
  const period = `${run.periodStart} to ${run.periodEnd}`
  try {
    await ports.mailer.send({
      to: report.recipients.emails ?? [],
      subject: `${report.name}: ${period}`,
      text: [
        `The usage report "${report.name}" for ${period} is attached.`,
        `Download it again: GET ${reportDownloadPath(run)} (workspace ${run.workspaceId}).`,
      ].join('\n'),
      // An HTML report is a self-contained page: it is the message itself.
      ...(report.format === 'html' ? { html: file.text } : {}),
      attachment: {
        filename: reportFilename(report, run, file.extension),
        contentType: file.contentType,
        body: file.body,
      },
    })
    return 'sent'
  } catch (error) {
    const why = reason(error).slice(0, 500)
    ports.log?.warn('report email failed', { reportId: report.id, runId: run.id, error: why })
    return `failed: ${why}`
  }
}

/** The API path a run's file downloads from (with the workspace header and `seeAnalytics`). */
export const reportDownloadPath = (run: Pick<ReportRun, 'reportId' | 'id'>) =>
  `/v1/reports/${run.reportId}/runs/${run.id}/download`

/** The file's name for a download or an attachment: `<name>-<periodStart>.<ext>`, ASCII-safe. */
export function reportFilename(
  report: Pick<Report, 'name'>,
  run: Pick<ReportRun, 'periodStart'>,
  ext: string,
) {
  const base = report.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'report'
  return `${base.slice(0, 80)}-${run.periodStart}.${ext}`
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))
