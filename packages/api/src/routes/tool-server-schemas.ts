import {
  type ServerToolView as CoreServerToolView,
  type StoredToolServer,
  type ToolServerHealthCheck,
  toolServerLimits,
  toolServerTransports,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { Problem } from './access-schemas'

/**
 * Request and response schemas of `/v1/tool-servers` and `/v1/tool-analytics`. They check
 * types and rough bounds; the use cases check the rest (an http(s) URL, header names and sizes)
 * with paths of the same shape. Header values are write-only: no view carries them.
 */

const Name = z.string().max(400).openapi({ example: 'Weather' })
const Url = z
  .string()
  .max(toolServerLimits.url)
  .openapi({ example: 'https://mcp.example.com/mcp', description: 'http or https only' })
const Transport = z.enum(toolServerTransports).openapi({ description: 'Default streamable-http' })
const Headers = z
  .record(z.string().max(256), z.string().max(toolServerLimits.headerValueBytes * 4))
  .openapi({
    description: `Sent with every request (e.g. Authorization); at most ${toolServerLimits.headers}, values up to ${toolServerLimits.headerValueBytes} bytes; stored encrypted and never shown again`,
    example: { Authorization: 'Bearer mcp-key' },
  })

export const NewToolServerBody = z.object({
  name: Name,
  url: Url,
  transport: Transport.optional(),
  headers: Headers.optional(),
  enabled: z.boolean().optional(),
})

export const ToolServerPatchBody = z.object({
  name: Name.optional(),
  url: Url.optional(),
  transport: Transport.optional(),
  headers: Headers.nullable()
    .optional()
    .openapi({ description: 'Replaces every header; null or {} removes them' }),
  enabled: z.boolean().optional(),
})

export const ToolEnabledBody = z.object({ enabled: z.boolean() })

export const ToolCallBody = z.object({
  arguments: z
    .record(z.string(), z.unknown())
    .optional()
    .openapi({
      description: "Checked against the tool's input schema first",
      example: { city: 'Oslo' },
    }),
})

const Health = z
  .object({
    status: z.enum(['unknown', 'healthy', 'unhealthy']),
    checkedAt: z.string().optional(),
    latencyMs: z.number().optional(),
    error: z.string().optional().openapi({ description: 'Why it is unhealthy' }),
    tools: z.number().optional().openapi({ description: 'Tools offered at the check' }),
  })
  .openapi('ToolServerHealth')

export const ToolServerView = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    transport: z.enum(toolServerTransports),
    headerNames: z.array(z.string()).openapi({ description: 'Values are never shown' }),
    enabled: z.boolean(),
    disabledTools: z.array(z.string()),
    toolCount: z.number().int(),
    health: Health,
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ToolServer')

/** A server as clients see it: never the header values, tools only counted. */
export const toolServerView = (server: StoredToolServer): z.infer<typeof ToolServerView> => ({
  id: server.id,
  name: server.name,
  url: server.url,
  transport: server.transport,
  headerNames: server.headerNames,
  enabled: server.enabled,
  disabledTools: server.disabledTools,
  toolCount: server.tools.length,
  health: server.health,
  createdBy: server.createdBy,
  createdAt: server.createdAt,
  updatedAt: server.updatedAt,
})

export const ServerToolView = z
  .object({
    name: z.string(),
    modelName: z.string().openapi({ description: 'What models and agents call it' }),
    description: z.string(),
    inputSchema: z.record(z.string(), z.unknown()),
    enabled: z.boolean(),
  })
  .openapi('ServerTool')

export const ServerToolsView = z.object({
  items: z.array(ServerToolView),
  nextCursor: z.null(),
  health: Health.openapi({ description: 'Of this discovery; unhealthy: the last known tools' }),
})

export const serverToolsView = (result: {
  tools: CoreServerToolView[]
  health: StoredToolServer['health']
}) => ({
  items: result.tools,
  nextCursor: null,
  health: result.health,
})

export const ToolCallView = z
  .object({
    content: z.string(),
    isError: z.boolean().openapi({ description: 'The tool reported a failure' }),
    durationMs: z.number(),
  })
  .openapi('ToolCallResult')

export const ToolServerDeletionView = z.object({
  toolServer: ToolServerView,
  deleted: z.object({ tools: z.number().int() }),
})

export const HealthCheckView = z
  .object({
    checkedAt: z.string(),
    status: z.enum(['unknown', 'healthy', 'unhealthy']),
    latencyMs: z.number().optional(),
    error: z.string().optional(),
    tools: z.number().optional(),
  })
  .openapi('ToolServerHealthCheck')

export const healthCheckView = ({
  serverId: _,
  workspaceId: __,
  ...check
}: ToolServerHealthCheck) => check

export const ToolAnalyticsQuery = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Default: 7 days before `to`' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Exclusive; default now' }),
})

export const ToolUsageView = z
  .object({
    tool: z.string(),
    serverId: z.string().optional(),
    calls: z.number().int(),
    errors: z.number().int(),
    averageMs: z.number(),
    p95Ms: z.number(),
  })
  .openapi('ToolUsage')

export const ToolAnalyticsView = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(ToolUsageView),
})

/** 502: the server could not be reached; the `code` is `toolServer.unreachable`. */
export const unreachable = {
  502: {
    description: 'The tool server could not be reached (code toolServer.unreachable)',
    content: { 'application/problem+json': { schema: Problem } },
  },
}
