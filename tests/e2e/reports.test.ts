// Scheduled reports end to end on the local server: a chat answer counted into DynamoDB Local,
// an HTML report run now through the API and a CSV report run by the local report timer, both
// files read back through the download route and straight from the local S3 (s3rver).
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { S3BlobStore } from '@chatter/aws'
import type { LocalStack } from '@chatter/local'
import { documentsBucket } from '@chatter/resources'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let token: string
let workspaceId: string

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  // biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

async function download(path: string) {
  const response = await fetch(`${stack.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    text: await response.text(),
  }
}

const s3Text = async (key: string) => {
  const bytes = await new S3BlobStore(stack.services.clients.s3, documentsBucket.localName).get(key)
  return bytes && new TextDecoder().decode(bytes)
}

const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-reports-'))
  stack = await startTestStack(dataDir, { reportTickMs: 250 })
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'reports@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as { accessToken: string }).accessToken
  workspaceId = (await call('GET', '/v1/me')).body.workspaces[0].id
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('scheduled reports on the local server', () => {
  it('runs an HTML report now over today’s chat, readable through the API and in local S3', async () => {
    const conversation = (await call('POST', '/v1/conversations', {})).body
    const answer = await call('POST', `/v1/conversations/${conversation.id}/messages`, {
      content: 'What can you do?',
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)

    const created = await call('POST', '/v1/reports', {
      name: 'Daily <team> usage',
      schedule: { cron: '0 7 * * *' },
      period: 'day',
      sections: ['summary', 'models', 'latency'],
      format: 'html',
      recipients: { webhook: true, emails: ['boss@example.com'] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const report = created.body
    // Today so far (the default would be yesterday, the last full day).
    const run = await call('POST', `/v1/reports/${report.id}/run`, { periodStart: day(0) })
    expect(run.status, JSON.stringify(run.body)).toBe(201)
    expect(run.body).toMatchObject({
      status: 'succeeded',
      trigger: 'manual',
      periodStart: day(0),
      delivery: { webhook: 'published', emails: 'skipped: SES not configured' },
    })

    const file = await download(run.body.download)
    expect(file.status).toBe(200)
    expect(file.type).toBe('text/html; charset=utf-8')
    expect(file.disposition).toBe(`attachment; filename="Daily-team-usage-${day(0)}.html"`)
    expect(file.text).toMatch(/^<!doctype html>/)
    expect(file.text).toContain('<h1>Daily &lt;team&gt; usage</h1>')
    expect(file.text.match(/<svg /g)).toHaveLength(3) // messages, tokens per day; cost by model
    expect(file.text).toContain('<td>local</td><td>1</td>') // the local model answered once
    expect(await s3Text(`reports/${workspaceId}/${report.id}/${run.body.id}.html`)).toBe(file.text)
  })

  it('runs a due CSV report from the local timer, once for its period', async () => {
    // Yesterday's usage, written straight into the counters (a daily run covers yesterday).
    await stack.stores.usage.add(workspaceId, day(-1), {
      messages: 3,
      conversations: 2,
      tokensIn: 40,
      tokensOut: 90,
      'model#local#messages': 3,
    })
    const created = await call('POST', '/v1/reports', {
      name: 'Nightly, CSV',
      schedule: { cron: '0 * * * *' },
      period: 'day',
      sections: ['summary', 'models'],
      format: 'csv',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const report = created.body
    // Make it due now instead of at the top of the next hour.
    await stack.stores.reports.schedule({
      workspaceId,
      reportId: report.id,
      nextRunAt: new Date(Date.now() - 1000).toISOString(),
    })

    let runs: Record<string, unknown>[] = []
    for (let i = 0; i < 80; i++) {
      runs = (await call('GET', `/v1/reports/${report.id}/runs`)).body.items
      if (runs[0]?.status === 'succeeded') break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(runs).toHaveLength(1)
    const [run] = runs as { id: string; download: string }[]
    expect(run).toMatchObject({
      id: `rpr_${report.id}_${day(-1)}`,
      trigger: 'schedule',
      status: 'succeeded',
      periodStart: day(-1),
      periodEnd: day(-1),
    })
    const file = await download(run?.download ?? '')
    expect(file.type).toBe('text/csv; charset=utf-8')
    const lines = file.text.split('\r\n')
    expect(lines[0]).toMatch(new RegExp(`^"Nightly, CSV",${day(-1)}\\.\\.${day(-1)},generated `))
    expect(lines).toContain('day,conversations,messages,activeUsers,tokensIn,tokensOut,costUsd')
    expect(lines).toContain(`${day(-1)},2,3,0,40,90,0`)
    expect(lines).toContain('local,3,0,0,0')
    expect(await s3Text(`reports/${workspaceId}/${report.id}/${run?.id}.csv`)).toBe(file.text)

    // The timer moved the report on to its next hour: later ticks do not run it again.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect((await call('GET', `/v1/reports/${report.id}/runs`)).body.items).toHaveLength(1)
    const [entry] = await stack.stores.reports.dueSchedules(new Date().toISOString(), 10)
    expect(entry).toBeUndefined()
  })

  it('runs a report from the command line (`npm run report:run`) with an API key', async () => {
    const created = await call('POST', '/v1/reports', {
      name: 'From the CLI',
      schedule: { cron: '0 6 * * *' },
      period: 'day',
      sections: ['summary'],
      format: 'csv',
      recipients: {},
    })
    expect(created.status).toBe(201)
    const key = await call('POST', '/v1/api-keys', { name: 'reports cli', scopes: ['admin'] })
    expect(key.status).toBe(201)
    // The stack runs in this process: the command must not block it (no spawnSync).
    const cli = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'packages/local/src/report-run.ts', ...args],
          { env: { ...process.env, CHATTER_API_URL: stack.url, CHATTER_API_KEY: key.body.secret } },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        )
      })
    const out = join(dataDir, 'cli-report.csv')
    const result = await cli([created.body.id, '--period-start', day(0), '--out', out])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(`: succeeded, ${day(0)} to ${day(0)}`)
    expect(result.stdout).toContain(`Saved ${out}`)
    expect(await readFile(out, 'utf8')).toMatch(/^From the CLI,/)

    const missing = await cli(['rep_missing'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^404: /)
  }, 60_000)
})
