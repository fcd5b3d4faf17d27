import { runDueReports } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createReportHandler } from '../handlers/report'
import { lazy } from '../lazy'
import { createPlatformEvents } from './events'
import { createCloudStores } from './knowledge'

/**
 * The report timer's target: runs the reports due at the event's time and stores their files
 * under `reports/` in the bucket. `report.ready` goes to the platform's subscribers (webhooks).
 * No mailer yet (no SES client is installed): runs record emails as skipped.
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
      log: logger,
    }
  })
  return createReportHandler({ logger, runDueReports: (at) => runDueReports(ports(), at) }).handler
})
