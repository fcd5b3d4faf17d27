import { describe, expect, it } from 'vitest'
import type { ReportMailer } from '../ports/report-repository'
import { InMemoryBlobs } from '../testing'
import { team } from '../workspaces/team-fixture'
import { runReportNow } from './run-report-now'
import { createReport } from './write-reports'

type Mail = Parameters<ReportMailer['send']>[0]

/** A mailer that keeps what it was given, or refuses every email with `refusal`. */
class FakeMailer implements ReportMailer {
  readonly sent: Mail[] = []
  constructor(private readonly refusal?: string) {}
  async send(mail: Mail) {
    this.sent.push(mail)
    if (this.refusal) throw new Error(this.refusal)
  }
}

async function world(mailer: ReportMailer) {
  const t = await team()
  const blobs = new InMemoryBlobs()
  await t.usage.add('ws_team', '2026-02-24', { messages: 3, tokensIn: 120, tokensOut: 300 })
  return { blobs, ports: { ...t, blobs, mailer }, adminActs: await t.as(t.admin) }
}

const report = (format: 'html' | 'csv') => ({
  name: 'Weekly usage',
  schedule: { cron: '0 8 * * 1' },
  period: 'week',
  sections: ['summary', 'models'],
  format,
  recipients: { emails: ['boss@example.com', 'ops@example.com'] },
})

describe('report emails', () => {
  it('mails the rendered file to the recipients and records the email sent', async () => {
    const mailer = new FakeMailer()
    const w = await world(mailer)
    const { id } = await createReport(w.ports, w.adminActs, report('csv'))
    const run = await runReportNow(w.ports, w.adminActs, {
      reportId: id,
      periodStart: '2026-02-24',
    })

    expect(run).toMatchObject({ status: 'succeeded', delivery: { emails: 'sent' } })
    expect(mailer.sent).toHaveLength(1)
    const [mail] = mailer.sent
    expect(mail).toMatchObject({
      to: ['boss@example.com', 'ops@example.com'],
      subject: 'Weekly usage: 2026-02-23 to 2026-03-01',
      attachment: {
        filename: 'Weekly-usage-2026-02-23.csv',
        contentType: 'text/csv; charset=utf-8',
      },
    })
    // The attachment is the stored file, byte for byte; a CSV report has no HTML body.
    expect(mail?.attachment.body).toEqual(w.blobs.objects.get(run.key ?? '')?.body)
    expect(mail?.html).toBeUndefined()
    expect(mail?.text).toContain(`GET /v1/reports/${id}/runs/${run.id}/download`)
  })

  it('sends an HTML report as the message body too', async () => {
    const mailer = new FakeMailer()
    const w = await world(mailer)
    const { id } = await createReport(w.ports, w.adminActs, report('html'))
    const run = await runReportNow(w.ports, w.adminActs, { reportId: id })

    const stored = new TextDecoder().decode(w.blobs.objects.get(run.key ?? '')?.body)
    expect(stored).toMatch(/^<!doctype html>/)
    expect(mailer.sent[0]?.html).toBe(stored)
  })

  it('records why a refused email failed, and the run still succeeds with its file', async () => {
    const mailer = new FakeMailer('SES MessageRejected: Email address is not verified.')
    const w = await world(mailer)
    const { id } = await createReport(w.ports, w.adminActs, report('csv'))
    const run = await runReportNow(w.ports, w.adminActs, { reportId: id })

    expect(run).toMatchObject({
      status: 'succeeded',
      delivery: { emails: 'failed: SES MessageRejected: Email address is not verified.' },
    })
    expect(w.blobs.objects.get(run.key ?? '')).toBeDefined()
  })
})
