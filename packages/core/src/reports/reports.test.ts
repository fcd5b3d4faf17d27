import { describe, expect, it } from 'vitest'
import { RecordingEvents } from '../events/publish'
import type { Report } from '../ports/report-repository'
import { InMemoryBlobs } from '../testing'
import { team } from '../workspaces/team-fixture'
import { downloadReportRun, listReportRuns } from './read-reports'
import { renderReportCsv } from './render-csv'
import { renderReportHtml } from './render-html'
import { lastFullPeriod, periodContaining } from './report-period'
import { reportScheduleProblem } from './report-rules'
import type { ReportDocument } from './report-tables'
import { runDueReports } from './run-due-reports'
import { runReport } from './run-report'
import { runReportNow } from './run-report-now'
import { createReport, deleteReport, updateReport } from './write-reports'

async function world() {
  const t = await team()
  const blobs = new InMemoryBlobs()
  const events = new RecordingEvents()
  const ports = { ...t, blobs, events }
  // Two days of usage in the team workspace (the week of 2026-02-23..03-01).
  await t.usage.add('ws_team', '2026-02-24', {
    messages: 3,
    conversations: 1,
    activeUsers: 1,
    tokensIn: 120,
    tokensOut: 300,
    costMicros: 4500,
    'model#claude <b>&co#messages': 3,
    'model#claude <b>&co#costMicros': 4500,
  })
  await t.usage.add('ws_team', '2026-02-26', { messages: 2, tokensIn: 10, tokensOut: 20 })
  return { ...t, blobs, events, ports, adminActs: await t.as(t.admin) }
}

const weekly = {
  name: 'Weekly, "team" <usage>',
  schedule: { cron: '0 8 * * 1' },
  period: 'week',
  sections: ['summary', 'models', 'latency', 'tools', 'documents', 'workflows'],
  format: 'html',
  recipients: { webhook: true, emails: ['boss@example.com'] },
}

const doc = (report: Partial<Report> = {}): ReportDocument => ({
  report: {
    id: 'rep_1',
    name: 'Usage, "weekly" <b>',
    period: 'week',
    sections: ['summary', 'models', 'tools'],
    format: 'csv',
    ...report,
  },
  period: { start: '2026-02-23', end: '2026-03-01' },
  generatedAt: '2026-03-02T08:00:00.000Z',
  usage: {
    range: { from: '2026-02-23', to: '2026-03-01' },
    bucket: 'day',
    buckets: [],
    totals: {
      from: '2026-02-23',
      to: '2026-03-01',
      conversations: 1,
      messages: 3,
      activeUsers: 1,
      tokens: { input: 1, output: 2 },
      costUsd: 0.5,
      byModel: { 'gpt, "4"\n<x>': { messages: 3, tokens: { input: 1, output: 2 }, costUsd: 0.5 } },
      byProfile: {},
      byAgent: {},
      latency: { p50: null, p95: null, p99: null },
      timeToFirstToken: { p50: null, p95: null },
      tools: { 'search,web': { calls: 2, errors: 1 } },
      documents: { ready: 0, failed: 0 },
      workflows: { succeeded: 0, failed: 0 },
    },
  },
})

describe('report periods', () => {
  it('covers the last full day, Monday-to-Sunday week or month before the run, in its zone', () => {
    const at = new Date('2026-03-04T01:30:00Z') // a Wednesday; still the 3rd in New York
    expect(lastFullPeriod('day', 'UTC', at)).toEqual({ start: '2026-03-03', end: '2026-03-03' })
    expect(lastFullPeriod('day', 'America/New_York', at)).toEqual({
      start: '2026-03-02',
      end: '2026-03-02',
    })
    expect(lastFullPeriod('week', 'UTC', at)).toEqual({ start: '2026-02-23', end: '2026-03-01' })
    expect(lastFullPeriod('month', 'UTC', at)).toEqual({ start: '2026-02-01', end: '2026-02-28' })
    expect(periodContaining('month', '2024-02-10')).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    })
  })

  it('refuses schedules more often than hourly, and invalid ones', () => {
    expect(reportScheduleProblem('0 * * * *', 'UTC')).toBeUndefined()
    expect(reportScheduleProblem('*/30 * * * *', 'UTC')).toMatch(/every 60 minutes/)
    expect(reportScheduleProblem('*/1 * * * *', 'UTC')).toMatch(/every 5 minutes/)
    expect(reportScheduleProblem('0 8 * *', 'UTC')).toMatch(/five fields/)
    expect(reportScheduleProblem('0 8 * * *', 'Mars/Olympus')).toMatch(/IANA/)
  })
})

describe('rendering', () => {
  it('writes RFC 4180 CSV: quoted commas, doubled quotes, line breaks kept inside quotes', () => {
    const csv = renderReportCsv(doc())
    expect(csv.split('\r\n')[0]).toBe(
      '"Usage, ""weekly"" <b>",2026-02-23..2026-03-01,generated 2026-03-02T08:00:00.000Z',
    )
    expect(csv).toContain(
      '\r\nmodel,messages,tokensIn,tokensOut,costUsd\r\n"gpt, ""4""\n<x>",3,1,2,0.5\r\n',
    )
    expect(csv).toContain('\r\ntool,calls,errors\r\n"search,web",2,1\r\n')
    expect(csv).toContain('\r\ntotal,1,3,1,1,2,0.5\r\n')
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('writes a self-contained HTML page with inline SVG charts and every text escaped', () => {
    const html = renderReportHtml(doc({ format: 'html' }))
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<svg')
    expect(html).toContain('Cost by model (USD)')
    expect(html).toContain('Usage, &quot;weekly&quot; &lt;b&gt;')
    expect(html).toContain('gpt, &quot;4&quot;\n&lt;x&gt;')
    expect(html).not.toContain('<b>')
    expect(html).not.toContain('<x>')
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
  })
})

describe('report runs', () => {
  it('stores the file, publishes report.ready and records email as skipped without SES', async () => {
    const w = await world()
    const report = await createReport(w.ports, w.adminActs, weekly)
    // Any day of a week runs that whole week (now is Sunday 03-01: the last full week is 02-16..22).
    const run = await runReportNow(w.ports, w.adminActs, {
      reportId: report.id,
      periodStart: '2026-02-25',
    })
    expect(run).toMatchObject({
      status: 'succeeded',
      trigger: 'manual',
      periodStart: '2026-02-23',
      periodEnd: '2026-03-01',
      key: `reports/ws_team/${report.id}/${run.id}.html`,
      delivery: { webhook: 'published', emails: 'skipped: SES not configured' },
    })
    const stored = w.blobs.objects.get(run.key ?? '')
    expect(stored?.contentType).toBe('text/html; charset=utf-8')
    const html = new TextDecoder().decode(stored?.body)
    expect(html).toContain('<svg')
    expect(html).toContain('claude &lt;b&gt;&amp;co')
    expect(w.events.of('report.ready')).toEqual([
      expect.objectContaining({
        workspaceId: 'ws_team',
        data: { reportId: report.id, runId: run.id, format: 'html' },
      }),
    ])
    const file = await downloadReportRun(w.ports, w.adminActs, {
      reportId: report.id,
      runId: run.id,
    })
    expect(file.filename).toBe('Weekly-team-usage-2026-02-23.html')
    expect(file.body.byteLength).toBe(run.bytes)
  })

  it('runs a scheduled period once: the second run of the same period changes nothing', async () => {
    const w = await world()
    const report = await createReport(w.ports, w.adminActs, { ...weekly, format: 'csv' })
    const options = {
      trigger: 'schedule',
      periodStart: '2026-02-23',
      now: w.adminActs.now,
    } as const
    const first = await runReport(w.ports, report, options)
    const second = await runReport(w.ports, report, options)
    expect(first.ran).toBe(true)
    expect(second).toEqual({ run: first.run, ran: false })
    expect(first.run.id).toBe(`rpr_${report.id}_2026-02-23`)
    const runs = await listReportRuns(w.ports, w.adminActs, {
      reportId: report.id,
      page: { limit: 10 },
    })
    expect(runs.items).toHaveLength(1)
    expect(w.events.of('report.ready')).toHaveLength(1)
  })

  it('runs due reports once per tick, for the period before they were due, then moves them on', async () => {
    const w = await world()
    const report = await createReport(w.ports, w.adminActs, { ...weekly, format: 'json' })
    // Created at 2026-03-01T12:00Z (a Sunday): next due Monday 2026-03-02 08:00 UTC.
    expect(w.reports.schedules.get(`ws_team/${report.id}`)?.nextRunAt).toBe(
      '2026-03-02T08:00:00.000Z',
    )
    expect(await runDueReports(w.ports, new Date('2026-03-02T07:59:00Z'))).toEqual({ ran: 0 })
    const late = new Date('2026-03-02T08:10:00Z')
    expect(await runDueReports(w.ports, late)).toEqual({ ran: 1 })
    expect(await runDueReports(w.ports, late)).toEqual({ ran: 0 })
    expect(w.reports.schedules.get(`ws_team/${report.id}`)?.nextRunAt).toBe(
      '2026-03-09T08:00:00.000Z',
    )
    const [run] = (await w.reports.listRuns('ws_team', report.id, { limit: 5 })).items
    expect(run).toMatchObject({
      trigger: 'schedule',
      periodStart: '2026-02-23',
      status: 'succeeded',
    })
    const json = JSON.parse(new TextDecoder().decode(await w.blobs.get(run?.key ?? '')))
    expect(json.usage.totals).toMatchObject({ messages: 5, tokens: { input: 130, output: 320 } })
    expect(json.usage.buckets).toHaveLength(7)
  })

  it('takes a disabled report off the schedule and keeps other members out', async () => {
    const w = await world()
    const report = await createReport(w.ports, w.adminActs, weekly)
    await updateReport(w.ports, w.adminActs, { reportId: report.id, patch: { enabled: false } })
    expect(w.reports.schedules.size).toBe(0)
    const member = await w.as(w.member)
    await expect(runReportNow(w.ports, member, { reportId: report.id })).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    const outsider = await w.as(w.outsider, 'ws_other')
    await expect(
      deleteReport(
        w.ports,
        { ...outsider, access: { ...outsider.access } },
        { reportId: report.id },
      ),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    const run = await runReportNow(w.ports, w.adminActs, { reportId: report.id })
    expect(await deleteReport(w.ports, w.adminActs, { reportId: report.id })).toMatchObject({
      runs: 1,
    })
    expect(w.blobs.objects.has(run.key ?? '')).toBe(false)
    const actions = (await w.audit.query('ws_team', {}, { limit: 10 })).items.map((e) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining(['report.created', 'report.updated', 'report.deleted']),
    )
  })
})
