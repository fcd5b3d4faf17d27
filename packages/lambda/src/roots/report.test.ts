import { SesReportMailer } from '@chatter/aws'
import type { LambdaConfig } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { createReportMailer } from './report'

describe('createReportMailer', () => {
  it('mails through SES from REPORT_EMAIL_FROM, and not at all without it', () => {
    const config = (from?: string) => ({ REPORT_EMAIL_FROM: from }) as LambdaConfig
    expect(createReportMailer(config('reports@example.com'), 'eu-west-1').mailer).toBeInstanceOf(
      SesReportMailer,
    )
    expect(createReportMailer(config(), 'eu-west-1')).toEqual({})
  })
})
