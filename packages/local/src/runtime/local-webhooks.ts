import type { Logger } from '@aws-lambda-powertools/logger'
import { type DynamoStores, SqsMessageQueue, SqsMessageVisibility } from '@chatter/aws'
import {
  defaultWebhookDeliverySettings,
  deliverWebhook,
  fetchWebhookTransport,
  type SecretCipher,
  type WebhookDeliverySettings,
  type WebhookServices,
} from '@chatter/core'
import { createWebhookDeliveryHandler } from '@chatter/lambda'
import { functions, webhookQueue } from '@chatter/resources'
import { startSqsPoller } from '../sqs'
import { localLambdaContext } from './lambda-context'
import type { LocalServices } from './services'

/**
 * The webhook queue as provisioned locally: local-aws-sqs counts a ChangeMessageVisibility as a
 * receive (ApproximateReceiveCount + 1, and it dead-letters when that visibility runs out at
 * maxReceiveCount), so every failed try, which backs off that way, counts twice. Twice the
 * receives keep the six tries AWS makes; the tries themselves are counted on the delivery.
 */
export const localWebhookQueue = {
  ...webhookQueue,
  deadLetter: {
    ...webhookQueue.deadLetter,
    maxReceiveCount: webhookQueue.deadLetter.maxReceiveCount * 2,
  },
} as const

/** Local webhook settings: endpoints on localhost over http are fine unless told otherwise. */
export type LocalWebhookOptions = Partial<WebhookDeliverySettings>

const localDefaults = (options: LocalWebhookOptions = {}): WebhookDeliverySettings => ({
  ...defaultWebhookDeliverySettings,
  allowPrivateNetworks: true,
  requireHttps: false,
  ...options,
})

/** The endpoints, deliveries and webhook queue of the local stack (the API's and dispatcher's). */
export function localWebhookServices(
  services: LocalServices,
  stores: Pick<DynamoStores, 'webhookEndpoints' | 'webhookDeliveries'>,
  options?: LocalWebhookOptions,
): WebhookServices {
  const { allowPrivateNetworks, requireHttps } = localDefaults(options)
  return {
    endpoints: stores.webhookEndpoints,
    deliveries: stores.webhookDeliveries,
    queue: new SqsMessageQueue(services.clients.sqs, services.webhookQueues.queueUrl),
    settings: { allowPrivateNetworks, requireHttps },
  }
}

/**
 * Lambda's webhook-delivery function, locally: a second SQS poller feeds the same handler.
 * Failed attempts back off by changing the message's visibility, as in AWS; tests shorten the
 * base (`backoffBaseSeconds`) so six attempts take seconds, not half an hour.
 */
export function startLocalWebhookDelivery(input: {
  services: LocalServices
  webhooks: WebhookServices
  cipher: SecretCipher
  logger: Logger
  options?: LocalWebhookOptions
}) {
  const { services, webhooks, logger } = input
  const { webhookQueues } = services
  const handler = createWebhookDeliveryHandler({
    logger,
    visibility: new SqsMessageVisibility(services.clients.sqs, webhookQueues.queueUrl),
    maxReceiveCount: localWebhookQueue.deadLetter.maxReceiveCount,
    deliver: (message, attempt) =>
      deliverWebhook(
        {
          endpoints: webhooks.endpoints,
          deliveries: webhooks.deliveries,
          cipher: input.cipher,
          transport: fetchWebhookTransport,
          settings: localDefaults(input.options),
        },
        message,
        attempt,
      ),
  })
  return startSqsPoller({
    client: services.clients.sqs,
    queueUrl: webhookQueues.queueUrl,
    queueArn: webhookQueues.queueArn,
    batchSize: webhookQueue.batchSize,
    waitTimeSeconds: 1,
    handler: (event) =>
      handler(
        event,
        localLambdaContext(functions.webhookDelivery.id, functions.webhookDelivery.timeoutSeconds),
      ),
    onError: (error, phase) => logger.warn('webhook batch failed', { phase, error }),
  })
}
