import { type LambdaConfig, type ReportMailer, runDueReports } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createReportHandler } from '../handlers/report'
import { deferred, lazy } from '../lazy'
import { createPlatformEvents } from './events'
import { createCloudStores } from './knowledge'

/**
 * The report timer's target: runs the reports due at the event's time and stores their files
 * under `reports/` in the bucket. `report.ready` goes to the platform's subscribers (webhooks).
 * Emails go through SES when REPORT_EMAIL_FROM is set; otherwise runs record them skipped.
 */
export const reportHandler = lazy(() => {
  const config = lambdaConfig()
  const logger = lambdaLogger()
  const cloud = createCloudStores(config)
  const ports = lazy(() => {
    const stores = cloud.stores()
    return {
      reports: stores.reports,
      usage: stores.usage,
      blobs: cloud.blobs(),
      events: createPlatformEvents(config, cloud, logger),
      ...createReportMailer(config, cloud.region),
      log: logger,
    }
  })
  return createReportHandler({ logger, runDueReports: (at) => runDueReports(ports(), at) }).handler
})

/**
 * `{ mailer }` when REPORT_EMAIL_FROM names a sender verified in SES (its client is made on the
 * first email), else nothing: runs then record emails as `skipped: SES not configured`.
 */
export function createReportMailer(config: LambdaConfig, region: string) {
  const from = config.REPORT_EMAIL_FROM
  if (!from) return {}
  const mailer = deferred<ReportMailer>(
    async () => new (await import('@chatter/aws/ses')).SesReportMailer({ region }, from),
    { send: true },
  )
  return { mailer }
}
