import { deliverWebhook, fetchWebhookTransport } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createWebhookDeliveryHandler } from '../handlers/webhook-delivery'
import { lazy } from '../lazy'
import { createCloudStores } from './knowledge'
import { createWebhookDeliveryPorts } from './webhooks'

/** The webhook queue's consumer of this Lambda instance: signs and POSTs each delivery. */
export const webhookDeliveryHandler = lazy(() => {
  const config = lambdaConfig()
  const logger = lambdaLogger()
  const cloud = createCloudStores(config)
  const { visibility, settings, cipher } = createWebhookDeliveryPorts(config, cloud)
  const stores = cloud.stores()
  const ports = {
    endpoints: stores.webhookEndpoints,
    deliveries: stores.webhookDeliveries,
    cipher,
    transport: fetchWebhookTransport,
    settings,
  }
  return createWebhookDeliveryHandler({
    logger,
    visibility,
    deliver: (message, attempt) => deliverWebhook(ports, message, attempt),
  })
})
