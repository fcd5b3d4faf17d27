import { RecordingEvents } from '@chatter/core'
import type { InMemoryBlobs } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  bodyOf,
  inWorkspace,
  join,
  sharedWorkspace,
  signedInUser,
  type TestUser,
} from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  const events = new RecordingEvents()
  const deps = testDependencies({ events })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const member = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, member, 'member')
  const as = (user: TestUser) => async (method: string, path: string, body?: unknown) => {
    const response = await app.request(`/v1/reports${path}`, {
      method,
      headers: inWorkspace(user.headers, team.id),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return response
  }
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await as(owner)(method, path, body)
    return { status: response.status, body: await bodyOf(response).catch(() => null) }
  }
  // Yesterday's usage in the team workspace: a daily report run now covers it.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
  await deps.usage.add(team.id, yesterday, {
    messages: 4,
    tokensIn: 100,
    tokensOut: 250,
    costMicros: 1200,
    'model#local, "echo"#messages': 4,
    'model#local, "echo"#costMicros': 1200,
  })
  return { deps, app, events, team, owner, member, as, call, yesterday }
}

const daily = {
  name: 'Daily <usage>',
  schedule: { cron: '0 6 * * *', timezone: 'Europe/Paris' },
  period: 'day',
  sections: ['summary', 'models'],
  format: 'csv',
  recipients: { webhook: true, emails: ['ops@example.com'] },
}

describe('/v1/reports', () => {
  it('creates, reads, lists, changes and deletes a report', async () => {
    const { call } = await setup()
    const created = await call('POST', '', daily)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      name: 'Daily <usage>',
      schedule: { cron: '0 6 * * *', timezone: 'Europe/Paris' },
      period: 'day',
      enabled: true,
      recipients: { webhook: true, emails: ['ops@example.com'] },
    })
    const id = created.body.id
    expect((await call('GET', `/${id}`)).body).toEqual(created.body)
    await call('POST', '', { ...daily, name: 'Second', schedule: { cron: '0 7 * * 1' } })
    const list = await call('GET', '?limit=1')
    expect(list.body.items.map((r: { name: string }) => r.name)).toEqual(['Second'])
    expect(list.body.nextCursor).toEqual(expect.any(String))
    const patched = await call('PATCH', `/${id}`, { format: 'html', enabled: false })
    expect(patched.body).toMatchObject({ format: 'html', enabled: false, name: 'Daily <usage>' })
    const deleted = await call('DELETE', `/${id}`)
    expect(deleted).toMatchObject({ status: 200, body: { report: { id }, runs: 0 } })
    expect((await call('GET', `/${id}`)).status).toBe(404)
  })

  it('refuses schedules more often than hourly and unknown sections, naming the fields', async () => {
    const { call } = await setup()
    const response = await call('POST', '', {
      ...daily,
      schedule: { cron: '*/15 * * * *' },
      sections: ['summary', 'weather'],
      recipients: { emails: ['not an email'] },
    })
    expect(response.status).toBe(422)
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'json.schedule.cron', message: expect.stringMatching(/every 60 minutes/) },
        { path: 'json.sections.1', message: expect.any(String) },
        { path: 'json.recipients.emails.0', message: 'Not an email address.' },
      ]),
    )
    const zone = await call('POST', '', {
      ...daily,
      schedule: { cron: '0 6 * * *', timezone: 'Nowhere/City' },
    })
    expect(zone.status).toBe(422)
  })

  it('runs a report now and serves its file through the download path', async () => {
    const { call, as, owner, deps, events, team, yesterday } = await setup()
    const { body: report } = await call('POST', '', { ...daily, schedule: { cron: '0 6 * * *' } })
    const run = await call('POST', `/${report.id}/run`, {})
    expect(run.status).toBe(201)
    expect(run.body).toMatchObject({
      reportId: report.id,
      trigger: 'manual',
      status: 'succeeded',
      periodStart: yesterday,
      periodEnd: yesterday,
      contentType: 'text/csv; charset=utf-8',
      delivery: { webhook: 'published', emails: 'skipped: SES not configured' },
      download: `/v1/reports/${report.id}/runs/${run.body.id}/download`,
    })
    expect(events.of('report.ready')).toHaveLength(1)
    const file = await as(owner)('GET', `/${report.id}/runs/${run.body.id}/download`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Daily-usage-${yesterday}.csv"`,
    )
    const csv = await file.text()
    expect(csv).toContain(`\r\n${yesterday},0,4,0,100,250,0.0012\r\n`)
    expect(csv).toContain('\r\n"local, ""echo""",4,0,0,0.0012\r\n')
    const blobs = deps.knowledge.blobs as InMemoryBlobs
    expect(blobs.objects.get(`reports/${team.id}/${report.id}/${run.body.id}.csv`)).toMatchObject({
      contentType: 'text/csv; charset=utf-8',
    })
    const runs = await call('GET', `/${report.id}/runs`)
    expect(runs.body.items.map((r: { id: string }) => r.id)).toEqual([run.body.id])
  })

  it('answers 422 for a future period, 404 for another report and 409 for a run without file', async () => {
    const { call, deps, team, app, owner } = await setup()
    const { body: report } = await call('POST', '', daily)
    const future = await call('POST', `/${report.id}/run`, { periodStart: '2999-01-01' })
    expect(future).toMatchObject({ status: 422, body: { errors: [{ path: 'json.periodStart' }] } })
    expect((await call('POST', '/rep_missing/run', {})).status).toBe(404)
    // No body at all (curl -X POST): the last full period.
    const { 'Content-Type': _, ...bare } = inWorkspace(owner.headers, team.id)
    const plain = await app.request(`/v1/reports/${report.id}/run`, {
      method: 'POST',
      headers: bare,
    })
    expect(plain.status).toBe(201)
    await deps.reports.createRun({
      id: 'rpr_running',
      reportId: report.id,
      workspaceId: team.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-01-01',
      trigger: 'schedule',
      status: 'running',
      startedAt: new Date().toISOString(),
      delivery: {},
    })
    expect((await call('GET', `/${report.id}/runs/rpr_running/download`)).status).toBe(409)
    expect((await call('GET', `/${report.id}/runs/rpr_none/download`)).status).toBe(404)
  })
})
