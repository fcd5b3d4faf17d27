import type { Page, PageRequest } from '../pagination'
import type { JsonSchema, ToolResult } from './tools'

export const toolServerTransports = ['streamable-http', 'sse'] as const
export type ToolServerTransport = (typeof toolServerTransports)[number]

export type ToolServerHealthStatus = 'unknown' | 'healthy' | 'unhealthy'

/** The outcome of one health check. */
export interface ToolServerHealth {
  status: ToolServerHealthStatus
  checkedAt?: string
  latencyMs?: number
  /** Why it is unhealthy, in words (no secrets). */
  error?: string
  /** How many tools it offered at the check. */
  tools?: number
}

/** A tool as the server describes it. */
export interface ToolServerTool {
  name: string
  description: string
  inputSchema: JsonSchema
}

/** An MCP server registered in a workspace. */
export interface ToolServer {
  id: string
  workspaceId: string
  name: string
  url: string
  transport: ToolServerTransport
  /** The names of the headers it is sent (their values are stored encrypted, never shown). */
  headerNames: string[]
  /** Tools switched off in this workspace (every other tool of the server is on). */
  disabledTools: string[]
  /** Off: none of its tools are offered to answers. */
  enabled: boolean
  health: ToolServerHealth
  /** The tools seen at the last successful discovery. */
  tools: ToolServerTool[]
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** The stored form: header values as ciphertext (`SecretCipher`). */
export interface StoredToolServer extends ToolServer {
  encryptedHeaders?: string
}

export type NewToolServer = Omit<StoredToolServer, 'createdAt' | 'updatedAt'>

export type ToolServerChanges = Partial<
  Pick<
    StoredToolServer,
    | 'name'
    | 'url'
    | 'transport'
    | 'headerNames'
    | 'encryptedHeaders'
    | 'disabledTools'
    | 'enabled'
    | 'health'
    | 'tools'
  >
>

/** A health check kept in the server's history (90 days). */
export interface ToolServerHealthCheck extends ToolServerHealth {
  serverId: string
  workspaceId: string
  checkedAt: string
}

export interface ToolServerRepository {
  create(server: NewToolServer): Promise<StoredToolServer>
  get(workspaceId: string, id: string): Promise<StoredToolServer | undefined>
  /** Newest first. */
  list(workspaceId: string, page: PageRequest): Promise<Page<StoredToolServer>>
  /** Every server of a workspace (the tool catalog reads them all; a workspace has few). */
  listAll(workspaceId: string): Promise<StoredToolServer[]>
  update(
    workspaceId: string,
    id: string,
    changes: ToolServerChanges,
  ): Promise<StoredToolServer | undefined>
  delete(workspaceId: string, id: string): Promise<boolean>
  recordHealth(check: ToolServerHealthCheck): Promise<void>
  /** Newest first. */
  healthHistory(
    workspaceId: string,
    id: string,
    page: PageRequest,
  ): Promise<Page<ToolServerHealthCheck>>
}

/**
 * Encrypts small secrets (a tool server's headers) for storage: KMS in AWS, AES-256-GCM with a
 * key generated into the data folder locally. The workspace id is bound as context, so a
 * ciphertext copied to another workspace does not decrypt.
 */
export interface SecretCipher {
  encrypt(plaintext: string, context: { workspaceId: string }): Promise<string>
  decrypt(ciphertext: string, context: { workspaceId: string }): Promise<string>
}

/** Where and how to reach an MCP server (headers decrypted). */
export interface McpServerTarget {
  url: string
  transport: ToolServerTransport
  headers: Record<string, string>
}

/**
 * Talks to MCP servers with the official SDK client. Every method throws
 * `DomainError('toolServer.unreachable', reason)` when the server cannot be reached or answers
 * garbage, so callers can show it as unhealthy rather than as a 500.
 */
export interface McpClient {
  listTools(target: McpServerTarget, signal?: AbortSignal): Promise<ToolServerTool[]>
  callTool(
    target: McpServerTarget,
    name: string,
    args: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<ToolResult>
}
