import type { MessageStatus, StopReason } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps, ttl } from './shared'

const statuses = [
  'streaming',
  'complete',
  'interrupted',
  'failed',
] as const satisfies readonly MessageStatus[]
const stopReasons = [
  'end_turn',
  'max_tokens',
  'stop_sequence',
  'content_filtered',
  'tool_use',
] as const satisfies readonly StopReason[]

/** What `parentId` holds for a conversation's first messages: no id can contain `^`. */
export const rootParent = '^'

/**
 * A message, in its conversation's partition sorted by id (ids are time-sortable), so a page of
 * the conversation in either order is one Query. gsi1 groups a message's children (its branches)
 * by `workspaceId, conversationId, parentId` (`rootParent` for first messages), sorted by id.
 * `content` is absent when it was too large for the item: `contentKey` then names the S3 object
 * that holds it (see ../message-content). `toolCalls` keep each call's `arguments` as JSON text
 * (any JSON, which a map attribute cannot type) and its source's fields flattened.
 */
export const messageEntity = () =>
  new Entity({
    model: { service, entity: 'message', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      conversationId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      parentId: { type: 'string', required: true, readOnly: true },
      role: { type: ['user', 'assistant'] as const, required: true, readOnly: true },
      content: { type: 'string' },
      contentKey: { type: 'string' },
      status: { type: statuses, required: true },
      userId: { type: 'string', required: true, readOnly: true },
      model: {
        type: 'map',
        properties: {
          provider: { type: 'string', required: true },
          modelId: { type: 'string', required: true },
          fallbackFrom: { type: 'string' },
        },
      },
      usage: {
        type: 'map',
        properties: {
          inputTokens: { type: 'number', required: true },
          outputTokens: { type: 'number', required: true },
          latencyMs: { type: 'number', required: true },
          timeToFirstTokenMs: { type: 'number' },
          costUsd: { type: 'number' },
        },
      },
      stopReason: { type: stopReasons },
      citations: {
        type: 'list',
        items: {
          type: 'map',
          properties: {
            passageId: { type: 'string', required: true },
            documentId: { type: 'string', required: true },
            page: { type: 'number' },
            score: { type: 'number' },
          },
        },
      },
      toolCalls: {
        type: 'list',
        items: {
          type: 'map',
          properties: {
            id: { type: 'string', required: true },
            name: { type: 'string', required: true },
            argumentsJson: { type: 'string', required: true },
            content: { type: 'string', required: true },
            isError: { type: 'boolean', required: true },
            durationMs: { type: 'number', required: true },
            sourceType: { type: ['builtin', 'mcp'] as const },
            serverId: { type: 'string' },
            serverName: { type: 'string' },
            toolName: { type: 'string' },
          },
        },
      },
      feedback: {
        type: 'map',
        properties: {
          rating: { type: ['up', 'down'] as const, required: true },
          comment: { type: 'string' },
          userId: { type: 'string', required: true },
          at: { type: 'string', required: true },
        },
      },
      error: { type: 'string' },
      /** The A/B test variant that shaped an answer (P4). */
      experiment: {
        type: 'map',
        properties: {
          id: { type: 'string', required: true },
          variant: { type: 'string', required: true },
        },
      },
      ...timestamps,
    },
    indexes: {
      byConversation: {
        pk: {
          field: fields.primary.pk,
          composite: ['workspaceId', 'conversationId'],
          casing: 'none',
        },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byParent: {
        index: fields.gsi1.index,
        pk: {
          field: fields.gsi1.pk,
          composite: ['workspaceId', 'conversationId', 'parentId'],
          casing: 'none',
        },
        sk: { field: fields.gsi1.sk, composite: ['id'], casing: 'none' },
      },
    },
  })

/**
 * A saved piece of a streamed answer, by message and zero-padded sequence number (so the sort
 * key orders 2 before 10), expiring through the table's TTL attribute.
 */
export const streamDeltaEntity = () =>
  new Entity({
    model: { service, entity: 'streamDelta', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      messageId: { type: 'string', required: true, readOnly: true },
      seq: { type: 'number', required: true, readOnly: true, padding: { length: 10, char: '0' } },
      text: { type: 'string', required: true, readOnly: true },
      /** Absent for answer text; `tool.call` or `tool.result` when `text` is that event's JSON. */
      event: { type: ['tool.call', 'tool.result'] as const, readOnly: true },
      expiresAt: { ...ttl, required: true },
    },
    indexes: {
      byMessage: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'messageId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['seq'] },
      },
    },
  })
