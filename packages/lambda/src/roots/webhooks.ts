import {
  DomainError,
  defaultWebhookDeliverySettings,
  type LambdaConfig,
  type MessageQueue,
  type MessageVisibility,
  type SecretCipher,
  type WebhookServices,
  type WebhookSettings,
} from '@chatter/core'
import { deferred, lazyAsync } from '../lazy'
import type { CloudStores } from './knowledge'

/** Where endpoints may point, from config (private networks and http refused in AWS). */
export const webhookSettings = (config: LambdaConfig): WebhookSettings => ({
  allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
  requireHttps: config.WEBHOOKS_REQUIRE_HTTPS,
})

/** The webhook queue (SQS client made on the first send); refuses to send without its URL. */
export function webhookQueueOf(config: LambdaConfig, cloud: CloudStores): MessageQueue {
  const url = config.WEBHOOK_QUEUE_URL
  const queue = lazyAsync(async () =>
    url
      ? new (await import('@chatter/aws/sqs')).SqsMessageQueue(await cloud.sqs(), url)
      : undefined,
  )
  return {
    send: async (body, options) => {
      const sqs = await queue()
      if (!sqs)
        throw new DomainError(
          'dependency.unavailable',
          'No webhook queue is configured (WEBHOOK_QUEUE_URL).',
        )
      return sqs.send(body, options)
    },
  }
}

/** Endpoints, deliveries and the webhook queue, as the API and the dispatcher use them. */
export function createWebhookServices(config: LambdaConfig, cloud: CloudStores): WebhookServices {
  const stores = cloud.stores()
  return {
    endpoints: stores.webhookEndpoints,
    deliveries: stores.webhookDeliveries,
    queue: webhookQueueOf(config, cloud),
    settings: webhookSettings(config),
  }
}

/** The tool servers' KMS cipher (TOOL_SECRETS_KEY_ID), made on first use. */
export function createSecretCipher(config: LambdaConfig, cloud: CloudStores): SecretCipher {
  const keyId = config.TOOL_SECRETS_KEY_ID
  const kms = lazyAsync(async () => {
    if (!keyId) return undefined
    const [{ KMSClient }, { KmsSecretCipher }] = await Promise.all([
      import('@aws-sdk/client-kms'),
      import('@chatter/aws/kms'),
    ])
    return new KmsSecretCipher(new KMSClient({ region: cloud.region }), keyId)
  })
  const cipher = async () => {
    const made = await kms()
    if (!made)
      throw new DomainError(
        'dependency.unavailable',
        'No key for secrets is configured (TOOL_SECRETS_KEY_ID).',
      )
    return made
  }
  return {
    encrypt: async (plaintext, context) => (await cipher()).encrypt(plaintext, context),
    decrypt: async (ciphertext, context) => (await cipher()).decrypt(ciphertext, context),
  }
}

/** What the delivery function needs besides the stores. */
export function createWebhookDeliveryPorts(config: LambdaConfig, cloud: CloudStores) {
  const url = config.WEBHOOK_QUEUE_URL
  if (!url) throw new Error('WEBHOOK_QUEUE_URL is not set for this function')
  return {
    visibility: deferred<MessageVisibility>(
      async () =>
        new (await import('@chatter/aws/sqs')).SqsMessageVisibility(await cloud.sqs(), url),
      { retryAfter: true },
    ),
    settings: { ...defaultWebhookDeliverySettings, ...webhookSettings(config) },
    cipher: createSecretCipher(config, cloud),
  }
}
