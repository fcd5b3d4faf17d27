import { functions, webhookQueue } from '@chatter/resources'
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources'
import { Duration } from 'aws-cdk-lib/core'
import { type StackContext, use } from 'sst/constructs'
import { appEnvironment, chatterFunction } from './function'
import { Queues } from './queues'
import { deploySettings } from './settings'
import { Storage } from './storage'
import { Workflows } from './workflows'

/**
 * The webhook queue -> the delivery function, which signs and POSTs each delivery and backs a
 * failed one off by changing its message's visibility; SQS dead-letters it after the last try.
 */
export function Webhooks({ app, stack }: StackContext) {
  const { table, bucket, toolSecretsKey } = use(Storage)
  const { queue, webhookQueue: deliveries } = use(Queues)
  const { stateMachine } = use(Workflows)
  const settings = deploySettings(app.stage)

  const webhookDelivery = chatterFunction(stack, functions.webhookDelivery, settings, {
    ...appEnvironment(settings, { table, bucket, queue, stateMachine }),
    WEBHOOK_QUEUE_URL: deliveries.queueUrl,
    // Endpoint secrets are sealed with the tool servers' key.
    TOOL_SECRETS_KEY_ID: toolSecretsKey.keyArn,
  })
  webhookDelivery.addEventSource(
    new SqsEventSource(deliveries, {
      batchSize: webhookQueue.batchSize,
      maxBatchingWindow: Duration.seconds(webhookQueue.maxBatchingWindowSeconds),
      // A failed delivery is retried (and dead-lettered) alone, not with its whole batch.
      reportBatchItemFailures: true,
    }),
  )
  // Reads endpoints, counts tries on deliveries and logs attempts.
  table.grantReadWriteData(webhookDelivery)
  toolSecretsKey.grantDecrypt(webhookDelivery)
  // Receive, delete and ChangeMessageVisibility (the backoff).
  deliveries.grantConsumeMessages(webhookDelivery)

  return { webhookDelivery }
}
