import { toolServerTransports } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps, ttl } from './shared'

const healthStatuses = ['unknown', 'healthy', 'unhealthy'] as const

/**
 * An MCP server registered in a workspace, in the workspace's partition (strongly consistent
 * get; found by key when the workspace is deleted). The header values are one ciphertext; the
 * discovered tools are kept as JSON (their input schemas are arbitrary JSON Schema).
 */
export const toolServerEntity = () =>
  new Entity({
    model: { service, entity: 'toolServer', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      url: { type: 'string', required: true },
      transport: { type: toolServerTransports, required: true },
      headerNames: { type: 'list', required: true, items: { type: 'string' } },
      encryptedHeaders: { type: 'string' },
      disabledTools: { type: 'list', required: true, items: { type: 'string' } },
      enabled: { type: 'boolean', required: true },
      health: {
        type: 'map',
        required: true,
        properties: {
          status: { type: healthStatuses, required: true },
          checkedAt: { type: 'string' },
          latencyMs: { type: 'number' },
          error: { type: 'string' },
          tools: { type: 'number' },
        },
      },
      toolsJson: { type: 'string', required: true },
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
 * One health check of a tool server, in the server's partition sorted by `checkedAt#id` (newest
 * first read descending; deleting a server's history is one Query). Expires after 90 days.
 */
export const toolServerCheckEntity = () =>
  new Entity({
    model: { service, entity: 'toolServerCheck', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      serverId: { type: 'string', required: true, readOnly: true },
      checkedAt: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      status: { type: healthStatuses, required: true },
      latencyMs: { type: 'number' },
      error: { type: 'string' },
      tools: { type: 'number' },
      expiresAt: { ...ttl, required: true },
    },
    indexes: {
      byServer: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'serverId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['checkedAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * One tool call (from an answer or a direct call), in the workspace's call-log partition sorted
 * by `at#id`, so the analytics read a period with one Query. Expires after 90 days.
 */
export const toolCallEntity = () =>
  new Entity({
    model: { service, entity: 'toolCall', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      at: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      tool: { type: 'string', required: true },
      sourceType: { type: ['builtin', 'mcp'] as const, required: true },
      serverId: { type: 'string' },
      serverName: { type: 'string' },
      toolName: { type: 'string' },
      durationMs: { type: 'number', required: true },
      ok: { type: 'boolean', required: true },
      error: { type: 'string' },
      resultSize: { type: 'number', required: true },
      conversationId: { type: 'string' },
      messageId: { type: 'string' },
      agentId: { type: 'string' },
      via: { type: ['chat', 'direct'] as const, required: true },
      expiresAt: { ...ttl, required: true },
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['at', 'id'], casing: 'none' },
      },
    },
  })
