import {
  type BlobStore,
  DomainError,
  type NewReport,
  type Page,
  type PageRequest,
  type Report,
  type ReportChanges,
  type ReportRepository,
  type ReportRun,
  type ReportRunChanges,
  type ReportScheduleEntry,
  type ReportSection,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, ReportItem, ReportRunItem } from './table'

function toReport(item: ReportItem): Report {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    name: item.name,
    schedule: { cron: item.cron, timezone: item.timezone },
    period: item.period,
    sections: item.sections as ReportSection[],
    format: item.format,
    recipients: {
      ...(item.emails?.length ? { emails: item.emails } : {}),
      ...(item.webhook ? { webhook: true } : {}),
    },
    enabled: item.enabled,
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

function toRun(item: ReportRunItem): ReportRun {
  const delivery: ReportRun['delivery'] = {}
  if (item.deliveryWebhook) delivery.webhook = item.deliveryWebhook as 'published'
  if (item.deliveryEmails)
    delivery.emails = item.deliveryEmails as NonNullable<ReportRun['delivery']['emails']>
  return {
    id: item.id,
    reportId: item.reportId,
    workspaceId: item.workspaceId,
    periodStart: item.periodStart,
    periodEnd: item.periodEnd,
    trigger: item.trigger,
    status: item.status,
    ...(item.key === undefined ? {} : { key: item.key }),
    ...(item.contentType === undefined ? {} : { contentType: item.contentType }),
    ...(item.bytes === undefined ? {} : { bytes: item.bytes }),
    ...(item.error === undefined ? {} : { error: item.error }),
    startedAt: item.startedAt,
    ...(item.finishedAt === undefined ? {} : { finishedAt: item.finishedAt }),
    delivery,
  }
}

/** The flat attributes of a report's content (schedule and recipients spread out). */
function contentAttributes(changes: ReportChanges) {
  const { schedule, recipients, ...rest } = changes
  const set: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) set[key] = value
  if (schedule) Object.assign(set, { cron: schedule.cron, timezone: schedule.timezone })
  const remove: ('emails' | 'webhook')[] = []
  if (recipients) {
    if (recipients.emails?.length) set.emails = recipients.emails
    else remove.push('emails')
    if (recipients.webhook) set.webhook = true
    else remove.push('webhook')
  }
  return { set, remove }
}

/**
 * Reports in their workspace's partition (listed newest first on gsi1), each report's runs in
 * its own partition (listed newest first on gsi1), and the timer's schedule entries on gsi1's
 * one `due` partition by `nextRunAt` (see entities/report).
 * @example const reports = new DynamoReportRepository(createTable(document, tableName))
 */
export class DynamoReportRepository implements ReportRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewReport): Promise<Report> {
    const now = this.clock().toISOString()
    const { set } = contentAttributes(input)
    try {
      const { data } = await this.table.entities.report
        .create({
          ...(set as Omit<
            ReportItem,
            'workspaceId' | 'id' | 'createdBy' | 'createdAt' | 'updatedAt'
          >),
          workspaceId: input.workspaceId,
          id: input.id,
          enabled: input.enabled,
          createdBy: input.createdBy,
          createdAt: now,
          updatedAt: now,
        })
        .go()
      return toReport(data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'A report with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string): Promise<Report | undefined> {
    const { data } = await this.table.entities.report
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toReport(data) : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<Report>> {
    const { report } = this.table.entities
    const toCursor = createConversions(report).byAccessPattern.byCreation.fromComposite.toCursor
    return queryPage(
      page,
      (options) => report.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toReport,
    )
  }

  async update(workspaceId: string, id: string, changes: ReportChanges) {
    const { set, remove } = contentAttributes(changes)
    try {
      let patch = this.table.entities.report
        .patch({ workspaceId, id })
        .set({ ...set, updatedAt: this.clock().toISOString() })
      if (remove.length > 0) patch = patch.remove(remove)
      const { data } = await patch.go({ response: 'all_new' })
      return toReport(data)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }

  async delete(workspaceId: string, id: string): Promise<Report | undefined> {
    const { report, reportRun, reportSchedule } = this.table.entities
    const current = await this.get(workspaceId, id)
    if (!current) return undefined
    const { data: runs } = await reportRun.query
      .byReport({ workspaceId, reportId: id })
      .go({ pages: 'all', attributes: ['id'] })
    await deleteAll(
      runs.map((run) => ({ workspaceId, reportId: id, id: run.id })),
      (batch) => reportRun.delete(batch).go(),
    )
    await reportSchedule.delete({ workspaceId, reportId: id }).go()
    await report.delete({ workspaceId, id }).go()
    return current
  }

  async schedule(entry: ReportScheduleEntry): Promise<void> {
    const { workspaceId, reportId, nextRunAt } = entry
    await this.table.entities.reportSchedule.put({ workspaceId, reportId, nextRunAt }).go()
  }

  async unschedule(workspaceId: string, reportId: string): Promise<void> {
    await this.table.entities.reportSchedule.delete({ workspaceId, reportId }).go()
  }

  async dueSchedules(now: string, limit: number): Promise<ReportScheduleEntry[]> {
    if (limit < 1) return []
    // The sort key goes on past `nextRunAt`: query below the next millisecond so entries due
    // exactly now are included (as the workflow schedules do).
    const time = Date.parse(now)
    if (Number.isNaN(time)) throw new Error(`Not an ISO time: ${now}`)
    const { data } = await this.table.entities.reportSchedule.query
      .due({})
      .lt({ nextRunAt: new Date(time + 1).toISOString() })
      .go({ count: limit, limit })
    return data
      .filter((item) => Date.parse(item.nextRunAt) <= time)
      .slice(0, limit)
      .map(({ workspaceId, reportId, nextRunAt }) => ({ workspaceId, reportId, nextRunAt }))
  }

  async advanceSchedule(entry: ReportScheduleEntry, next: string): Promise<boolean> {
    const { workspaceId, reportId } = entry
    try {
      await this.table.entities.reportSchedule
        .patch({ workspaceId, reportId })
        .set({ nextRunAt: next })
        .where((item, { eq }) => eq(item.nextRunAt, entry.nextRunAt))
        .go()
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }

  async createRun(run: ReportRun): Promise<boolean> {
    const { delivery, ...rest } = run
    try {
      await this.table.entities.reportRun
        .create({
          ...rest,
          ...(delivery.webhook ? { deliveryWebhook: delivery.webhook } : {}),
          ...(delivery.emails ? { deliveryEmails: delivery.emails } : {}),
        })
        .go()
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }

  async getRun(workspaceId: string, reportId: string, runId: string) {
    const { data } = await this.table.entities.reportRun
      .get({ workspaceId, reportId, id: runId })
      .go({ consistent: true })
    return data ? toRun(data) : undefined
  }

  listRuns(workspaceId: string, reportId: string, page: PageRequest): Promise<Page<ReportRun>> {
    const { reportRun } = this.table.entities
    const toCursor = createConversions(reportRun).byAccessPattern.byStart.fromComposite.toCursor
    return queryPage(
      page,
      (options) =>
        reportRun.query.byStart({ workspaceId, reportId }).go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toRun,
    )
  }

  async updateRun(workspaceId: string, reportId: string, runId: string, changes: ReportRunChanges) {
    const { delivery, ...rest } = changes
    const set: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) set[key] = value
    if (delivery?.webhook) set.deliveryWebhook = delivery.webhook
    if (delivery?.emails) set.deliveryEmails = delivery.emails
    try {
      const { data } = await this.table.entities.reportRun
        .patch({ workspaceId, reportId, id: runId })
        .set(set)
        .go({ response: 'all_new' })
      return toRun(data)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }
}

/**
 * Deletes a workspace's reports with their runs, run files and schedule entries (its gsi1 list,
 * which cannot be read consistently: the use case deletes a workspace long after its last
 * report edit). Resolves how many reports went.
 */
export async function deleteWorkspaceReports(
  table: ChatterTable,
  blobs: Pick<BlobStore, 'delete'> | undefined,
  workspaceId: string,
): Promise<number> {
  const repository = new DynamoReportRepository(table)
  const { data } = await table.entities.report.query
    .byCreation({ workspaceId })
    .go({ pages: 'all', attributes: ['id'] })
  for (const { id } of data) {
    const { data: runs } = await table.entities.reportRun.query
      .byReport({ workspaceId, reportId: id })
      .go({ pages: 'all', attributes: ['key'] })
    await Promise.all(runs.flatMap(({ key }) => (key && blobs ? [blobs.delete(key)] : [])))
    await repository.delete(workspaceId, id)
  }
  return data.length
}
