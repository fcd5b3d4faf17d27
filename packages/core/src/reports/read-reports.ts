import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { BlobStore, Report, ReportRepository, ReportRun } from '../ports'
import { reportFilename } from './run-report'

// One answer for "no such report" and "another workspace's", so ids reveal nothing.
export const reportNotFound = () =>
  new DomainError('resource.notFound', 'No such report in this workspace.')

const runNotFound = () => new DomainError('resource.notFound', 'This report has no such run.')

/** A report of the current workspace (`seeAnalytics`). */
export async function getReport(
  ports: { reports: Pick<ReportRepository, 'get'> },
  acting: Pick<Acting, 'access'>,
  input: { reportId: string },
): Promise<Report> {
  assertPermission(acting.access, 'seeAnalytics')
  const report = await ports.reports.get(acting.access.workspaceId, input.reportId)
  if (!report) throw reportNotFound()
  return report
}

/** The workspace's reports, newest first (`seeAnalytics`). */
export function listReports(
  ports: { reports: Pick<ReportRepository, 'list'> },
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<Report>> {
  assertPermission(acting.access, 'seeAnalytics')
  return ports.reports.list(acting.access.workspaceId, page)
}

/** A report's runs, newest first (`seeAnalytics`); 404 for no such report. */
export async function listReportRuns(
  ports: { reports: Pick<ReportRepository, 'get' | 'listRuns'> },
  acting: Pick<Acting, 'access'>,
  input: { reportId: string; page: PageRequest },
): Promise<Page<ReportRun>> {
  const report = await getReport(ports, acting, input)
  return ports.reports.listRuns(report.workspaceId, report.id, input.page)
}

/**
 * A succeeded run's file (`seeAnalytics`): its bytes, content type and a download name. 404 for
 * no such report or run; 409 while the run has no file (running, or failed).
 */
export async function downloadReportRun(
  ports: { reports: Pick<ReportRepository, 'get' | 'getRun'>; blobs: Pick<BlobStore, 'get'> },
  acting: Pick<Acting, 'access'>,
  input: { reportId: string; runId: string },
): Promise<{ body: Uint8Array; contentType: string; filename: string }> {
  const report = await getReport(ports, acting, input)
  const run = await ports.reports.getRun(report.workspaceId, report.id, input.runId)
  if (!run) throw runNotFound()
  if (run.status !== 'succeeded' || !run.key)
    throw new DomainError('resource.conflict', `This run has no file: it is ${run.status}.`, {
      status: run.status,
    })
  const body = await ports.blobs.get(run.key)
  if (!body) throw new DomainError('resource.notFound', 'The file of this run is gone.')
  const ext = run.key.slice(run.key.lastIndexOf('.') + 1)
  return {
    body,
    contentType: run.contentType ?? 'application/octet-stream',
    filename: reportFilename(report, run, ext),
  }
}
