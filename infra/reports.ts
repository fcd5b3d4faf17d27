import { functions, prefixes, schedules } from '@chatter/resources'
import { Rule, Schedule } from 'aws-cdk-lib/aws-events'
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets'
import { type StackContext, use } from 'sst/constructs'
import { appEnvironment, chatterFunction } from './function'
import { grantReportEmails } from './permissions'
import { grantWebhookPublishing, Queues } from './queues'
import { deploySettings } from './settings'
import { Storage } from './storage'
import { Workflows } from './workflows'

/** A timer that runs due scheduled reports and writes them under `reports/` in the bucket. */
export function Reports({ app, stack }: StackContext) {
  const { table, bucket } = use(Storage)
  const { queue, webhookQueue } = use(Queues)
  const { stateMachine } = use(Workflows)
  const settings = deploySettings(app.stage)

  const report = chatterFunction(
    stack,
    functions.report,
    settings,
    appEnvironment(settings, { table, bucket, queue, stateMachine }),
  )
  // Report definitions, runs and schedule, the usage counters it reads and the webhook
  // deliveries `report.ready` queues all live in the one table.
  table.grantReadWriteData(report)
  // Its files: written, and read back by nothing else than the API's download route.
  bucket.grantPut(report, `${prefixes.reports}*`)
  bucket.grantRead(report, `${prefixes.reports}*`)
  grantWebhookPublishing(report, webhookQueue) // report.ready
  grantReportEmails(report, settings) // when the deployer set REPORT_EMAIL_FROM

  new Rule(stack, schedules.reports.id, {
    schedule: Schedule.expression(schedules.reports.expression),
    targets: [new LambdaFunction(report, { retryAttempts: 2 })],
  })

  return { report }
}
