import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2'
import type { LambdaConfig } from '@chatter/core'
import { mockClient } from 'aws-sdk-client-mock'
import { afterEach, describe, expect, it } from 'vitest'
import { createReportMailer } from './report'

const ses = mockClient(SESv2Client)
afterEach(() => ses.reset())

describe('createReportMailer', () => {
  it('mails through SES from REPORT_EMAIL_FROM, and not at all without it', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'message-1' })
    const config = (from?: string) => ({ REPORT_EMAIL_FROM: from }) as LambdaConfig
    const { mailer } = createReportMailer(config('reports@example.com'), 'eu-west-1')

    await mailer?.send({
      to: ['owner@example.com'],
      subject: 'Weekly usage',
      text: 'Attached.',
      attachment: { filename: 'usage.csv', contentType: 'text/csv', body: new Uint8Array([1]) },
    })

    const sent = ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input)
    expect(sent).toMatchObject([
      {
        FromEmailAddress: 'reports@example.com',
        Destination: { ToAddresses: ['owner@example.com'] },
      },
    ])
    expect(createReportMailer(config(), 'eu-west-1')).toEqual({})
  })
})
