import { MessageRejected, SendEmailCommand } from '@aws-sdk/client-sesv2'
import { describe, expect, it } from 'vitest'
import type { SesSender } from './clients'
import { SesReportMailer } from './ses-report-mailer'

const from = 'reports@example.com'
const csv = new TextEncoder().encode('day,messages\r\n2026-02-23,3\r\n')

/** A hand-written SES that keeps what it was sent, or refuses with `refusal`. */
function fakeSes(refusal?: Error) {
  const sent: SendEmailCommand[] = []
  const client = {
    async send(command: object) {
      if (!(command instanceof SendEmailCommand)) throw new Error('unexpected command')
      sent.push(command)
      if (refusal) throw refusal
      return { MessageId: 'm-1', $metadata: {} }
    },
  }
  return { client: client as unknown as SesSender, sent }
}

const mail = {
  to: ['ada@example.com', 'bob@example.com'],
  subject: 'Weekly usage: 2026-02-23 to 2026-03-01',
  text: 'The usage report "Weekly usage" for 2026-02-23 to 2026-03-01 is attached.',
  attachment: { filename: 'Weekly-usage-2026-02-23.csv', contentType: 'text/csv', body: csv },
}

describe('SesReportMailer', () => {
  it('sends one email from the verified address to every recipient, the file attached', async () => {
    const { client, sent } = fakeSes()
    await new SesReportMailer(client, from).send(mail)

    expect(sent).toHaveLength(1)
    expect(sent[0]?.input).toEqual({
      FromEmailAddress: from,
      Destination: { ToAddresses: ['ada@example.com', 'bob@example.com'] },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' } },
          Attachments: [
            {
              FileName: 'Weekly-usage-2026-02-23.csv',
              ContentType: 'text/csv',
              ContentDisposition: 'ATTACHMENT',
              ContentTransferEncoding: 'BASE64',
              RawContent: csv,
            },
          ],
        },
      },
    })
  })

  it('puts an HTML report in the HTML body as well as attaching it', async () => {
    const { client, sent } = fakeSes()
    const page = '<!doctype html><h1>Weekly usage</h1>'
    await new SesReportMailer(client, from).send({
      ...mail,
      html: page,
      attachment: {
        filename: 'Weekly-usage-2026-02-23.html',
        contentType: 'text/html; charset=utf-8',
        body: new TextEncoder().encode(page),
      },
    })

    const simple = sent[0]?.input.Content?.Simple
    expect(simple?.Body).toEqual({
      Text: { Data: mail.text, Charset: 'UTF-8' },
      Html: { Data: page, Charset: 'UTF-8' },
    })
    expect(simple?.Attachments?.[0]).toMatchObject({
      FileName: 'Weekly-usage-2026-02-23.html',
      ContentType: 'text/html; charset=utf-8',
    })
    expect(new TextDecoder().decode(simple?.Attachments?.[0]?.RawContent)).toBe(page)
  })

  it("throws SES's refusal with its name, for the run to record", async () => {
    const rejected = new MessageRejected({
      message: 'Email address is not verified.',
      $metadata: {},
    })
    const { client } = fakeSes(rejected)
    const sending = new SesReportMailer(client, from).send(mail)
    await expect(sending).rejects.toThrow('SES MessageRejected: Email address is not verified.')
  })
})
