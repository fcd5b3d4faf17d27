import type { McpClient, SecretCipher, ToolServerRepository } from '../ports/tool-server-repository'
import type { ToolCallLog, ToolCatalog } from '../ports/tools'

/** How long and how often tools may run in one answer. */
export interface ToolSettings {
  /** The most model -> tools -> model rounds in one answer. */
  maxIterations: number
  /** Each tool call is aborted after this long. */
  toolTimeoutMs: number
}

export const defaultToolSettings: ToolSettings = { maxIterations: 5, toolTimeoutMs: 15_000 }

/** Tool servers, their credentials, the MCP client, the tool catalog and the call log. */
export interface ToolServices {
  servers: ToolServerRepository
  cipher: SecretCipher
  mcp: McpClient
  catalog: ToolCatalog
  calls: ToolCallLog
  settings: ToolSettings
}
