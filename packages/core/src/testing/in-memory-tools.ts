import { DomainError } from '../errors'
import type { PageRequest } from '../pagination'
import type {
  McpClient,
  McpServerTarget,
  NewToolServer,
  SecretCipher,
  StoredToolServer,
  ToolServerChanges,
  ToolServerHealthCheck,
  ToolServerRepository,
  ToolServerTool,
} from '../ports/tool-server-repository'
import type { ToolCallLog, ToolCallRecord, ToolResult } from '../ports/tools'
import { aggregateToolUsage } from '../tool-servers/tool-usage'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, paginate } from './paginate'

/** In-memory tool servers and their health history, newest first like DynamoDB. */
export class InMemoryToolServers implements ToolServerRepository {
  /** By `workspaceId/id`, in creation order. */
  readonly byKey = new Map<string, StoredToolServer>()
  readonly checks: ToolServerHealthCheck[] = []

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const [key, server] of this.byKey)
          if (server.workspaceId === id) this.byKey.delete(key)
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(input: NewToolServer) {
    const key = keyOf(input.workspaceId, input.id)
    if (this.byKey.has(key)) throw conflict('A tool server with this id already exists.')
    const now = new Date().toISOString()
    const server = { ...structuredClone(input), createdAt: now, updatedAt: now }
    this.byKey.set(key, server)
    return structuredClone(server)
  }

  async get(workspaceId: string, id: string) {
    const server = this.byKey.get(keyOf(workspaceId, id))
    return server && structuredClone(server)
  }

  async list(workspaceId: string, page: PageRequest) {
    return paginate(await this.newestFirst(workspaceId), page)
  }

  async listAll(workspaceId: string) {
    return this.newestFirst(workspaceId)
  }

  async update(workspaceId: string, id: string, changes: ToolServerChanges) {
    const server = this.byKey.get(keyOf(workspaceId, id))
    if (!server) return undefined
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    )
    Object.assign(server, structuredClone(defined), { updatedAt: new Date().toISOString() })
    return structuredClone(server)
  }

  async delete(workspaceId: string, id: string) {
    const removed = this.byKey.delete(keyOf(workspaceId, id))
    if (removed)
      for (let i = this.checks.length - 1; i >= 0; i--) {
        const check = this.checks[i]
        if (check?.workspaceId === workspaceId && check.serverId === id) this.checks.splice(i, 1)
      }
    return removed
  }

  async recordHealth(check: ToolServerHealthCheck) {
    this.checks.push(structuredClone(check))
  }

  async healthHistory(workspaceId: string, id: string, page: PageRequest) {
    const newestFirst = this.checks
      .filter((check) => check.workspaceId === workspaceId && check.serverId === id)
      .reverse()
      .sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))
      .map((check) => structuredClone(check))
    return paginate(newestFirst, page)
  }

  private async newestFirst(workspaceId: string) {
    return [...this.byKey.values()]
      .filter((server) => server.workspaceId === workspaceId)
      .reverse()
      .map((server) => structuredClone(server))
  }
}

/** In-memory tool call log; `usage` aggregates like the DynamoDB log. */
export class InMemoryToolCallLog implements ToolCallLog {
  readonly records: ToolCallRecord[] = []

  async record(call: ToolCallRecord) {
    this.records.push(structuredClone(call))
  }

  async usage(workspaceId: string, range: { from: string; to: string }) {
    return aggregateToolUsage(
      this.records.filter(
        (call) => call.workspaceId === workspaceId && call.at >= range.from && call.at < range.to,
      ),
    )
  }
}

/**
 * A reversible stand-in for KMS / AES-GCM: the ciphertext names its workspace, and decrypting
 * it under another workspace fails like a real context mismatch would.
 */
export class InMemoryCipher implements SecretCipher {
  async encrypt(plaintext: string, context: { workspaceId: string }) {
    const payload = JSON.stringify({ w: context.workspaceId, p: plaintext })
    return `mem:${Buffer.from(payload).toString('base64url')}`
  }

  async decrypt(ciphertext: string, context: { workspaceId: string }) {
    if (!ciphertext.startsWith('mem:')) throw new Error('Not an InMemoryCipher ciphertext.')
    const payload = JSON.parse(Buffer.from(ciphertext.slice(4), 'base64url').toString()) as {
      w: string
      p: string
    }
    if (payload.w !== context.workspaceId)
      throw new Error('The secret belongs to another workspace.')
    return payload.p
  }
}

/** A tool of a fake MCP server: what it lists, and what it answers. */
export interface FakeMcpTool extends ToolServerTool {
  handler?: (args: Record<string, unknown>) => ToolResult | Promise<ToolResult>
}

export interface FakeMcpCall {
  url: string
  name: string
  args: Record<string, unknown>
  headers: Record<string, string>
}

/**
 * MCP servers by url, with their tools and handlers. A url not registered, or marked down,
 * throws `toolServer.unreachable` like the SDK client does for a server it cannot reach.
 */
export class FakeMcpClient implements McpClient {
  readonly servers = new Map<string, FakeMcpTool[]>()
  readonly down = new Set<string>()
  readonly calls: FakeMcpCall[] = []
  /** The headers of every request, in order (list and call). */
  readonly seenHeaders: Record<string, string>[] = []

  /** Registers (or replaces) a server at `url`; returns `this` for chaining. */
  register(url: string, tools: FakeMcpTool[]) {
    this.servers.set(url, tools)
    this.down.delete(url)
    return this
  }

  setDown(url: string, down = true) {
    if (down) this.down.add(url)
    else this.down.delete(url)
  }

  async listTools(target: McpServerTarget, signal?: AbortSignal) {
    const tools = this.reach(target, signal)
    return tools.map(({ name, description, inputSchema }) => ({
      name,
      description,
      inputSchema: structuredClone(inputSchema),
    }))
  }

  async callTool(
    target: McpServerTarget,
    name: string,
    args: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<ToolResult> {
    const tools = this.reach(target, signal)
    this.calls.push({
      url: target.url,
      name,
      args: structuredClone(args),
      headers: { ...target.headers },
    })
    const tool = tools.find((candidate) => candidate.name === name)
    if (!tool) return { content: `Tool ${name} not found.`, isError: true }
    if (!tool.handler) return { content: JSON.stringify(args), isError: false }
    return tool.handler(args)
  }

  private reach(target: McpServerTarget, signal?: AbortSignal) {
    this.seenHeaders.push({ ...target.headers })
    if (signal?.aborted) throw new DomainError('toolServer.unreachable', 'The request timed out.')
    const tools = this.servers.get(target.url)
    if (!tools || this.down.has(target.url))
      throw new DomainError('toolServer.unreachable', 'connection refused')
    return tools
  }
}

const keyOf = (workspaceId: string, id: string) => `${workspaceId}/${id}`
