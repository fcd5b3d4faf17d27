import { auditActions } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, ttl } from './shared'

const actorTypes = ['user', 'apiKey', 'anonymous', 'system'] as const

/**
 * Audit events sort by time (`at`, then the time-sortable id) in each of their three views: the
 * workspace's log, one actor's events and one action's events, so every filter but the
 * combination of actor and action is a key condition.
 */
export const auditEventEntity = () =>
  new Entity({
    model: { service, entity: 'auditEvent', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      action: { type: auditActions, required: true, readOnly: true },
      outcome: { type: ['success', 'failure'] as const, required: true, readOnly: true },
      actor: {
        type: 'map',
        required: true,
        properties: {
          type: { type: actorTypes, required: true },
          id: { type: 'string' },
          label: { type: 'string' },
        },
      },
      // Key of the by-actor index; '' for actors without an id, which that index leaves out.
      actorId: { type: 'string', required: true, readOnly: true },
      target: {
        type: 'map',
        properties: {
          type: { type: 'string', required: true },
          id: { type: 'string', required: true },
          label: { type: 'string' },
        },
      },
      ip: { type: 'string' },
      userAgent: { type: 'string' },
      details: { type: 'any' },
      ttl,
    },
    indexes: {
      byTime: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['at', 'id'] },
      },
      byActor: {
        index: fields.gsi1.index,
        condition: (attributes) => attributes.actorId !== '',
        pk: { field: fields.gsi1.pk, composite: ['workspaceId', 'actorId'] },
        sk: { field: fields.gsi1.sk, composite: ['at', 'id'] },
      },
      byAction: {
        index: fields.gsi2.index,
        pk: { field: fields.gsi2.pk, composite: ['workspaceId', 'action'] },
        sk: { field: fields.gsi2.sk, composite: ['at', 'id'] },
      },
    },
  })
