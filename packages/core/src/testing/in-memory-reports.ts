import type { PageRequest } from '../pagination'
import type {
  NewReport,
  Report,
  ReportChanges,
  ReportRepository,
  ReportRun,
  ReportRunChanges,
  ReportScheduleEntry,
} from '../ports/report-repository'
import { conflict, paginate } from './paginate'

const key = (workspaceId: string, id: string) => `${workspaceId}/${id}`

/** In-memory reports, runs and schedule; claims and conditional creates are atomic as in DynamoDB. */
export class InMemoryReports implements ReportRepository {
  readonly byKey = new Map<string, Report>()
  readonly runs = new Map<string, ReportRun>()
  readonly schedules = new Map<string, ReportScheduleEntry>()

  async create(input: NewReport) {
    const k = key(input.workspaceId, input.id)
    if (this.byKey.has(k)) throw conflict('A report with this id already exists.')
    const now = new Date().toISOString()
    const report = { ...structuredClone(input), createdAt: now, updatedAt: now }
    this.byKey.set(k, report)
    return structuredClone(report)
  }

  async get(workspaceId: string, id: string) {
    const report = this.byKey.get(key(workspaceId, id))
    return report && structuredClone(report)
  }

  async list(workspaceId: string, page: PageRequest) {
    const reports = [...this.byKey.values()]
      .filter((report) => report.workspaceId === workspaceId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    return paginate(
      reports.map((report) => structuredClone(report)),
      page,
    )
  }

  async update(workspaceId: string, id: string, changes: ReportChanges) {
    const report = this.byKey.get(key(workspaceId, id))
    if (!report) return undefined
    Object.assign(report, structuredClone(changes), { updatedAt: new Date().toISOString() })
    return structuredClone(report)
  }

  async delete(workspaceId: string, id: string) {
    const k = key(workspaceId, id)
    const report = this.byKey.get(k)
    if (!report) return undefined
    this.byKey.delete(k)
    this.schedules.delete(k)
    for (const [runKey, run] of this.runs)
      if (run.workspaceId === workspaceId && run.reportId === id) this.runs.delete(runKey)
    return report
  }

  async schedule(entry: ReportScheduleEntry) {
    this.schedules.set(key(entry.workspaceId, entry.reportId), { ...entry })
  }

  async unschedule(workspaceId: string, reportId: string) {
    this.schedules.delete(key(workspaceId, reportId))
  }

  async dueSchedules(now: string, limit: number) {
    const time = Date.parse(now)
    return [...this.schedules.values()]
      .filter((entry) => Date.parse(entry.nextRunAt) <= time)
      .sort((a, b) => a.nextRunAt.localeCompare(b.nextRunAt))
      .slice(0, Math.max(0, limit))
      .map((entry) => ({ ...entry }))
  }

  async advanceSchedule(entry: ReportScheduleEntry, next: string) {
    const k = key(entry.workspaceId, entry.reportId)
    const current = this.schedules.get(k)
    if (!current || current.nextRunAt !== entry.nextRunAt) return false
    this.schedules.set(k, { ...current, nextRunAt: next })
    return true
  }

  async createRun(run: ReportRun) {
    const k = `${key(run.workspaceId, run.reportId)}/${run.id}`
    if (this.runs.has(k)) return false
    this.runs.set(k, structuredClone(run))
    return true
  }

  async getRun(workspaceId: string, reportId: string, runId: string) {
    const run = this.runs.get(`${key(workspaceId, reportId)}/${runId}`)
    return run && structuredClone(run)
  }

  async listRuns(workspaceId: string, reportId: string, page: PageRequest) {
    const runs = [...this.runs.values()]
      .filter((run) => run.workspaceId === workspaceId && run.reportId === reportId)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id))
    return paginate(
      runs.map((run) => structuredClone(run)),
      page,
    )
  }

  async updateRun(workspaceId: string, reportId: string, runId: string, changes: ReportRunChanges) {
    const run = this.runs.get(`${key(workspaceId, reportId)}/${runId}`)
    if (!run) return undefined
    Object.assign(run, structuredClone(changes))
    return structuredClone(run)
  }

  /** What a workspace deletion does to its reports. */
  removeWorkspace(workspaceId: string) {
    for (const [k, report] of this.byKey)
      if (report.workspaceId === workspaceId) this.byKey.delete(k)
    for (const [k, entry] of this.schedules)
      if (entry.workspaceId === workspaceId) this.schedules.delete(k)
    for (const [k, run] of this.runs) if (run.workspaceId === workspaceId) this.runs.delete(k)
  }
}
