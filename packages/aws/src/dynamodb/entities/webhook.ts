import { Entity } from 'electrodb'
import { fields, service, timestamps, ttl } from './shared'

const deliveryStatuses = ['pending', 'retrying', 'delivered', 'failed'] as const

/**
 * A webhook endpoint, in its workspace's partition (strongly consistent get; the dispatcher's
 * one Query of a workspace's endpoints, filtered to the enabled ones sent the event). The
 * signing secret is one ciphertext.
 */
export const webhookEndpointEntity = () =>
  new Entity({
    model: { service, entity: 'webhookEndpoint', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      url: { type: 'string', required: true },
      events: { type: 'list', required: true, items: { type: 'string' } },
      description: { type: 'string' },
      enabled: { type: 'boolean', required: true },
      encryptedSecret: { type: 'string', required: true },
      createdBy: { type: 'string', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      // The list, newest first.
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * One delivery (an event for an endpoint) with the payload a redelivery sends again, in the
 * endpoint's partition by delivery id (`eventId:endpointId`). Expires 30 days after it was last
 * queued.
 */
export const webhookDeliveryEntity = () =>
  new Entity({
    model: { service, entity: 'webhookDelivery', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      endpointId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      eventType: { type: 'string', required: true },
      payloadJson: { type: 'string', required: true },
      status: { type: deliveryStatuses, required: true },
      attempts: { type: 'number', required: true },
      // Tries of the current (re)delivery, counted as each begins (conditional increment).
      tries: { type: 'number' },
      lastStatusCode: { type: 'number' },
      lastError: { type: 'string' },
      expiresAt: { ...ttl, required: true },
      ...timestamps,
    },
    indexes: {
      byEndpoint: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'endpointId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
    },
  })

/** One attempt of a delivery, in the endpoint's partition by `at#id` (newest first). 30 days. */
export const webhookAttemptEntity = () =>
  new Entity({
    model: { service, entity: 'webhookAttempt', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      endpointId: { type: 'string', required: true, readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      deliveryId: { type: 'string', required: true },
      eventType: { type: 'string', required: true },
      attempt: { type: 'number', required: true },
      outcome: { type: ['retrying', 'delivered', 'failed'] as const, required: true },
      statusCode: { type: 'number' },
      durationMs: { type: 'number', required: true },
      error: { type: 'string' },
      expiresAt: { ...ttl, required: true },
    },
    indexes: {
      byEndpoint: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'endpointId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['at', 'id'], casing: 'none' },
      },
    },
  })
