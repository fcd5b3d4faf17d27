import { randomUUID } from 'node:crypto'
import { DynamoReportRepository, deleteWorkspaceReports } from '@chatter/aws'
import type { NewReport, ReportRun } from '@chatter/core'
import { InMemoryBlobs } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const reports = new DynamoReportRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<NewReport> = {}) =>
    reports.create({
      id: `rep_${randomUUID()}`,
      workspaceId,
      name: 'Weekly',
      schedule: { cron: '0 8 * * 1', timezone: 'Europe/Paris' },
      period: 'week',
      sections: ['summary', 'models'],
      format: 'html',
      recipients: { emails: ['a@example.com'], webhook: true },
      enabled: true,
      createdBy: 'usr_ada',
      ...overrides,
    })
  const run = (
    report: { id: string; workspaceId: string },
    id: string,
    startedAt: string,
  ): ReportRun => ({
    id,
    reportId: report.id,
    workspaceId: report.workspaceId,
    periodStart: '2026-02-23',
    periodEnd: '2026-03-01',
    trigger: 'schedule',
    status: 'running',
    startedAt,
    delivery: {},
  })
  return { ...fresh, reports, create, run }
}

describe('DynamoReportRepository', () => {
  it('stores a report, lists newest first per workspace and clears recipients on update', async () => {
    const { reports, create } = await setup()
    const first = await create('ws_a')
    const second = await create('ws_a', { name: 'Daily', period: 'day', recipients: {} })
    await create('ws_b')
    expect(first).toMatchObject({
      schedule: { cron: '0 8 * * 1', timezone: 'Europe/Paris' },
      recipients: { emails: ['a@example.com'], webhook: true },
      sections: ['summary', 'models'],
    })
    await expect(reports.get('ws_a', first.id)).resolves.toEqual(first)
    await expect(reports.get('ws_b', first.id)).resolves.toBeUndefined()
    await expect(create('ws_a', { id: first.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    const listed = await walkPages((page) => reports.list('ws_a', page), 1)
    expect(listed.flatMap((p) => p.items).map((r) => r.id)).toEqual([second.id, first.id])
    const updated = await reports.update('ws_a', first.id, {
      name: 'Renamed',
      recipients: {},
      enabled: false,
    })
    expect(updated).toMatchObject({ name: 'Renamed', recipients: {}, enabled: false })
    await expect(reports.update('ws_b', first.id, { name: 'x' })).resolves.toBeUndefined()
  })

  it('creates a run once per id and lists runs newest first', async () => {
    const { reports, create, run } = await setup()
    const report = await create('ws_a')
    const scheduled = run(report, `rpr_${report.id}_2026-02-23`, '2026-03-02T08:00:00.000Z')
    expect(await reports.createRun(scheduled)).toBe(true)
    expect(await reports.createRun({ ...scheduled, startedAt: '2026-03-02T08:15:00.000Z' })).toBe(
      false,
    )
    await reports.createRun(run(report, 'rpr_manual', '2026-03-03T10:00:00.000Z'))
    const done = await reports.updateRun('ws_a', report.id, scheduled.id, {
      status: 'succeeded',
      key: 'reports/ws_a/x.html',
      contentType: 'text/html; charset=utf-8',
      bytes: 120,
      finishedAt: '2026-03-02T08:00:01.000Z',
      delivery: { webhook: 'published', emails: 'skipped: SES not configured' },
    })
    expect(done).toMatchObject({
      status: 'succeeded',
      startedAt: '2026-03-02T08:00:00.000Z',
      delivery: { webhook: 'published', emails: 'skipped: SES not configured' },
    })
    await expect(reports.getRun('ws_a', report.id, scheduled.id)).resolves.toEqual(done)
    await expect(
      reports.updateRun('ws_a', report.id, 'rpr_none', { status: 'failed' }),
    ).resolves.toBeUndefined()
    const runs = await walkPages((page) => reports.listRuns('ws_a', report.id, page), 1)
    expect(runs.flatMap((p) => p.items).map((r) => r.id)).toEqual(['rpr_manual', scheduled.id])
  })

  it('reads what is due from the schedule index and lets one claim win', async () => {
    const { reports, create } = await setup()
    const a = await create('ws_a')
    const b = await create('ws_b')
    await reports.schedule({
      workspaceId: 'ws_a',
      reportId: a.id,
      nextRunAt: '2026-03-02T08:00:00.000Z',
    })
    await reports.schedule({
      workspaceId: 'ws_b',
      reportId: b.id,
      nextRunAt: '2026-03-02T09:00:00.000Z',
    })
    expect(await reports.dueSchedules('2026-03-02T07:59:59.999Z', 10)).toEqual([])
    const due = await reports.dueSchedules('2026-03-02T08:00:00.000Z', 10)
    expect(due).toEqual([
      { workspaceId: 'ws_a', reportId: a.id, nextRunAt: '2026-03-02T08:00:00.000Z' },
    ])
    const [entry] = due
    if (!entry) throw new Error('due')
    const claims = await Promise.all([
      reports.advanceSchedule(entry, '2026-03-09T08:00:00.000Z'),
      reports.advanceSchedule(entry, '2026-03-09T08:00:00.000Z'),
    ])
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await reports.dueSchedules('2026-03-02T09:30:00.000Z', 10)).toEqual([
      { workspaceId: 'ws_b', reportId: b.id, nextRunAt: '2026-03-02T09:00:00.000Z' },
    ])
    await reports.unschedule('ws_b', b.id)
    expect(await reports.dueSchedules('2026-03-10T00:00:00.000Z', 10)).toHaveLength(1)
  })

  it('deletes a report with its runs and schedule, and a workspace with its files', async () => {
    const { reports, create, run, document, tableName, table } = await setup()
    const kept = await create('ws_b')
    const report = await create('ws_a')
    await reports.schedule({
      workspaceId: 'ws_a',
      reportId: report.id,
      nextRunAt: '2026-03-02T08:00:00.000Z',
    })
    await reports.createRun(run(report, 'rpr_1', '2026-03-02T08:00:00.000Z'))
    await expect(reports.delete('ws_a', report.id)).resolves.toMatchObject({ id: report.id })
    await expect(reports.delete('ws_a', report.id)).resolves.toBeUndefined()
    const other = await create('ws_a')
    await reports.createRun(run(other, 'rpr_2', '2026-03-02T08:00:00.000Z'))
    await reports.updateRun('ws_a', other.id, 'rpr_2', {
      status: 'succeeded',
      key: 'reports/ws_a/f.csv',
    })
    const blobs = new InMemoryBlobs()
    await blobs.put('reports/ws_a/f.csv', 'x')
    expect(await deleteWorkspaceReports(table, blobs, 'ws_a')).toBe(1)
    expect(blobs.objects.size).toBe(0)
    const left = await scanAll(document, tableName)
    expect(left).toHaveLength(1)
    await expect(reports.get('ws_b', kept.id)).resolves.toMatchObject({ id: kept.id })
  })
})
