// SQS (webhook deliveries) -> signed POSTs, reporting partial batch failures.
import { webhookDeliveryHandler } from '@chatter/lambda/webhook-delivery'

export const handler = webhookDeliveryHandler()
