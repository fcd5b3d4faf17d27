import {
  experimentMetrics,
  fanOutEvents,
  type LambdaConfig,
  type PlatformEvents,
  type TriggerLog,
  usageCounter,
  webhookDispatcher,
  workflowEventTriggers,
} from '@chatter/core'
import type { CloudStores } from './knowledge'
import { createWebhookServices } from './webhooks'
import { createWorkflowRunPorts, runsWorkflows } from './workflow-runs'

/**
 * Where this function's platform events go: every subscriber of the platform (usage counters,
 * webhook deliveries, experiment metrics), each given the event in turn by `fanOutEvents`.
 */
export function createPlatformEvents(
  config: LambdaConfig,
  cloud: CloudStores,
  log?: TriggerLog,
): PlatformEvents {
  return fanOutEvents(
    usageCounter({ usage: cloud.stores().usage }),
    experimentMetrics({ experiments: cloud.stores().experiments }),
    // Each event queues a delivery per subscribed endpoint, where the webhook queue exists.
    ...(config.WEBHOOK_QUEUE_URL
      ? [webhookDispatcher({ webhooks: createWebhookServices(config, cloud) })]
      : []),
    // A document.ready starts the workflows subscribed to it, where workflows run.
    ...(runsWorkflows(config)
      ? [workflowEventTriggers(createWorkflowRunPorts(config, cloud, log))]
      : []),
  )
}
