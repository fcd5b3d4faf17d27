import type { McpClient, SecretCipher, ToolServerRepository } from '../ports/tool-server-repository'
import type { ToolCallLog, ToolCatalog } from '../ports/tools'

/** How long and how often tools may run in one answer. */
export interface ToolSettings {
  /** The most model -> tools -> model rounds in one answer. */
  maxIterations: number
  /** Each tool call is aborted after this long. */
  toolTimeoutMs: number
  /**
   * Whether servers may be on private networks (loopback, VPC, link-local, metadata service).
   * Off in AWS, so a workspace cannot point the platform at its own network (SSRF); on locally,
   * where MCP servers run on localhost. `TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS`.
   */
  allowPrivateNetworks: boolean
}

export const defaultToolSettings: ToolSettings = {
  maxIterations: 5,
  toolTimeoutMs: 15_000,
  allowPrivateNetworks: false,
}

/** Tool servers, their credentials, the MCP client, the tool catalog and the call log. */
export interface ToolServices {
  servers: ToolServerRepository
  cipher: SecretCipher
  mcp: McpClient
  catalog: ToolCatalog
  calls: ToolCallLog
  settings: ToolSettings
}
