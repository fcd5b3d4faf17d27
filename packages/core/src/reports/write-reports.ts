import type { Acting } from '../audit/acting'
import { actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { newId } from '../ids/ids'
import type { AuditLog, BlobStore, Report, ReportRepository, WorkspaceRepository } from '../ports'
import { nextRunOf } from '../workflows/schedule'
import { reportNotFound } from './read-reports'
import { checkedReportContent, type ReportFields } from './report-rules'

export interface ReportWritePorts {
  reports: Pick<
    ReportRepository,
    'create' | 'get' | 'update' | 'delete' | 'schedule' | 'unschedule' | 'listRuns'
  >
  blobs: Pick<BlobStore, 'delete'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

/** A new report: every field but `schedule.timezone` (UTC), `recipients` and `enabled` (true). */
export type NewReportInput = Required<Omit<ReportFields, 'recipients'>> &
  Pick<ReportFields, 'recipients'> & { enabled?: boolean }

/** Given fields replace the current ones (`schedule`, `sections`, `recipients` as a whole). */
export type ReportPatch = ReportFields & { enabled?: boolean }

async function audit(
  ports: ReportWritePorts,
  acting: Acting,
  action: 'report.created' | 'report.updated' | 'report.deleted',
  report: Report,
  details: Record<string, string | number | boolean> = {},
) {
  await recordAudit(ports.audit, acting, {
    workspaceId: report.workspaceId,
    action,
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'report', id: report.id, label: report.name },
    details,
  })
}

/** Puts an enabled report on the timer's queue at its next time after `now`, or takes it off. */
async function reschedule(ports: ReportWritePorts, report: Report, now: Date) {
  if (!report.enabled) return ports.reports.unschedule(report.workspaceId, report.id)
  const { cron, timezone } = report.schedule
  await ports.reports.schedule({
    workspaceId: report.workspaceId,
    reportId: report.id,
    nextRunAt: nextRunOf(cron, timezone, now).toISOString(),
  })
}

/**
 * Creates a scheduled report (`seeAnalytics`): a cron at most hourly in an IANA zone, the period
 * one run covers, its sections, format and recipients. A 422 names each problem.
 * @example await createReport(deps, acting, { name: 'Weekly', schedule: { cron: '0 8 * * 1' }, period: 'week', sections: ['summary'], format: 'html' })
 */
export async function createReport(
  ports: ReportWritePorts,
  acting: Acting,
  input: NewReportInput,
): Promise<Report> {
  assertPermission(acting.access, 'seeAnalytics')
  const content = checkedReportContent({ ...input, recipients: input.recipients ?? {} })
  const report = await ports.reports.create({
    ...content,
    id: newId('rep'),
    workspaceId: acting.access.workspaceId,
    enabled: input.enabled ?? true,
    createdBy: actorRef(acting),
  })
  await reschedule(ports, report, acting.now)
  await audit(ports, acting, 'report.created', report, { format: report.format })
  return report
}

/** Changes a report (`seeAnalytics`); a new schedule or re-enabling moves its next run. */
export async function updateReport(
  ports: ReportWritePorts,
  acting: Acting,
  input: { reportId: string; patch: ReportPatch },
): Promise<Report> {
  assertPermission(acting.access, 'seeAnalytics')
  const current = await ports.reports.get(acting.access.workspaceId, input.reportId)
  if (!current) throw reportNotFound()
  const { enabled, ...fields } = input.patch
  const merged: Required<ReportFields> = { ...current, sections: current.sections }
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) Object.assign(merged, { [key]: value })
  const content = checkedReportContent(merged)
  const updated = await ports.reports.update(current.workspaceId, current.id, {
    ...content,
    ...(enabled === undefined ? {} : { enabled }),
  })
  if (!updated) throw reportNotFound()
  const scheduleChanged =
    updated.schedule.cron !== current.schedule.cron ||
    updated.schedule.timezone !== current.schedule.timezone ||
    updated.enabled !== current.enabled
  if (scheduleChanged) await reschedule(ports, updated, acting.now)
  await audit(ports, acting, 'report.updated', updated, { enabled: updated.enabled })
  return updated
}

/**
 * Deletes a report (`seeAnalytics`) with its runs and their files; resolves the report and how
 * many runs went.
 */
export async function deleteReport(
  ports: ReportWritePorts,
  acting: Acting,
  input: { reportId: string },
): Promise<{ report: Report; runs: number }> {
  assertPermission(acting.access, 'seeAnalytics')
  const { workspaceId } = acting.access
  const report = await ports.reports.get(workspaceId, input.reportId)
  if (!report) throw reportNotFound()
  const keys: string[] = []
  let runs = 0
  let cursor: string | undefined
  do {
    const page = await ports.reports.listRuns(workspaceId, report.id, { limit: 100, cursor })
    runs += page.items.length
    for (const run of page.items) if (run.key) keys.push(run.key)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  await Promise.all(keys.map((key) => ports.blobs.delete(key)))
  const deleted = await ports.reports.delete(workspaceId, report.id)
  if (!deleted) throw reportNotFound()
  await audit(ports, acting, 'report.deleted', deleted, { runs })
  return { report: deleted, runs }
}
