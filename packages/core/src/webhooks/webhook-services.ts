import type { MessageQueue } from '../ports/message-queue'
import type { SecretCipher } from '../ports/tool-server-repository'
import type { WebhookDeliveryLog, WebhookRepository } from '../ports/webhook-repository'

/** Where endpoints may point. */
export interface WebhookSettings {
  /**
   * Whether endpoints may be on private networks (loopback, VPC, link-local, the metadata
   * service): off in AWS (SSRF), on locally. `WEBHOOKS_ALLOW_PRIVATE_NETWORKS`.
   */
  allowPrivateNetworks: boolean
  /** Only https endpoints (in AWS); locally http is fine. `WEBHOOKS_REQUIRE_HTTPS`. */
  requireHttps: boolean
}

export const defaultWebhookSettings: WebhookSettings = {
  allowPrivateNetworks: false,
  requireHttps: true,
}

/** Endpoints, their deliveries and attempt log, the webhook queue and where endpoints may be. */
export interface WebhookServices {
  endpoints: WebhookRepository
  deliveries: WebhookDeliveryLog
  /** The webhook queue: one message per delivery (`WebhookDeliveryMessage`). */
  queue: MessageQueue
  settings: WebhookSettings
}

/** How deliveries are sent and retried (the delivery function's settings). */
export interface WebhookDeliverySettings extends WebhookSettings {
  /** Each POST is aborted after this long. */
  timeoutMs: number
  /** A failed attempt n is retried after min(2^n * base, maxBackoffSeconds) seconds. */
  backoffBaseSeconds: number
  maxBackoffSeconds: number
}

export const defaultWebhookDeliverySettings: WebhookDeliverySettings = {
  ...defaultWebhookSettings,
  timeoutMs: 10_000,
  backoffBaseSeconds: 10,
  // SQS's visibility timeout of one receive may be at most 12 h; 15 min keeps retries timely.
  maxBackoffSeconds: 900,
}

/** The secret cipher the tool servers use, shared (one key, workspace-bound ciphertexts). */
export interface WebhookSecrets {
  cipher: SecretCipher
}
