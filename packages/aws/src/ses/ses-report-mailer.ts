import { SESv2ServiceException, SendEmailCommand } from '@aws-sdk/client-sesv2'
import type { ReportMailer } from '@chatter/core'
import { createSesClient, type SesClientOptions, type SesSender } from './clients'

type Mail = Parameters<ReportMailer['send']>[0]

const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' })

/**
 * Mails a report run's file with SES: one SendEmail per run to all its recipients, Simple
 * content (SES builds the MIME), the file attached, an HTML report also as the HTML body. `from`
 * must be an identity verified in SES (and, while the account is in the sandbox, so must the
 * recipients). Given client options instead of a client, it creates the client on first use.
 * A refusal throws an Error whose message names SES's reason; the run records it as `failed: ...`.
 *
 * @example new SesReportMailer({ region: 'eu-west-1' }, 'reports@example.com')
 */
export class SesReportMailer implements ReportMailer {
  private sender: SesSender | undefined

  constructor(
    private readonly client: SesSender | SesClientOptions,
    private readonly from: string,
  ) {
    this.sender = 'send' in client ? client : undefined
  }

  async send({ to, subject, text, html, attachment }: Mail): Promise<void> {
    this.sender ??= createSesClient(this.client as SesClientOptions)
    const command = new SendEmailCommand({
      FromEmailAddress: this.from,
      Destination: { ToAddresses: [...to] },
      Content: {
        Simple: {
          Subject: utf8(subject),
          Body: { Text: utf8(text), ...(html !== undefined ? { Html: utf8(html) } : {}) },
          Attachments: [
            {
              FileName: attachment.filename,
              ContentType: attachment.contentType,
              ContentDisposition: 'ATTACHMENT',
              ContentTransferEncoding: 'BASE64',
              RawContent: attachment.body,
            },
          ],
        },
      },
    })
    try {
      await this.sender.send(command)
    } catch (error) {
      // `MessageRejected: Email address is not verified...` reads better than the bare message.
      if (error instanceof SESv2ServiceException)
        throw new Error(`SES ${error.name}: ${error.message}`, { cause: error })
      throw error
    }
  }
}
