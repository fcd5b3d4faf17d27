import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import {
  DomainError,
  isDomainError,
  isPrivateAddress,
  isPrivateHost,
  type McpClient,
  type McpServerTarget,
  type ToolResult,
  type ToolServerTool,
} from '@chatter/core'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js'
import { toToolResult } from './tool-content'

export interface SdkMcpClientOptions {
  /** Bound on a whole operation (connect + request) when the caller gives no signal. */
  defaultTimeoutMs?: number
  /** How the client introduces itself to servers. */
  clientInfo?: { name: string; version: string }
  /** Pages of `tools/list` followed at most (a server with more tools is cut there). */
  maxPages?: number
  /**
   * Connect to servers on private networks (loopback, VPC, link-local, the metadata service).
   * Off by default: a server whose host is or resolves to such an address is refused.
   */
  allowPrivateNetworks?: boolean
  /** Every address a host name resolves to (tests stand in for DNS); node:dns `lookup` otherwise. */
  resolveHost?: (hostname: string) => Promise<string[]>
}

const systemResolve = async (hostname: string) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address)

/**
 * Talks to MCP servers with the official SDK client, one short-lived connection per operation
 * (connect, one request, close): servers are called rarely, from Lambda, and a session kept
 * between invocations would go stale. Anything that keeps the server from answering (refused,
 * DNS, an HTTP error status, a timeout, garbage) becomes `toolServer.unreachable` with a reason
 * a person can act on; a tool that fails answers `isError: true`, as does a JSON-RPC error to a
 * call (bad arguments on some servers).
 *
 * Unless `allowPrivateNetworks`, the host is resolved before connecting and the server refused
 * (`the server's address is private`) when the URL names, or any resolved address is, a private
 * one. Residual risk: the SDK's fetch resolves the name again, so a DNS answer that changes in
 * between (rebinding, short TTL) is not caught; pinning the connection to the checked addresses
 * needs an undici `Agent` with `connect.lookup`, and `undici` is no dependency here (only a
 * dev tool's 5.x copy is installed; Node 20's global fetch does not expose its own `Agent`). Redirects are no way around it: the SDK
 * follows them only within the same origin (same host and port).
 * @example const tools = await new SdkMcpClient().listTools({ url, transport: 'streamable-http', headers: {} })
 */
export class SdkMcpClient implements McpClient {
  private readonly defaultTimeoutMs: number
  private readonly clientInfo: { name: string; version: string }
  private readonly maxPages: number
  private readonly allowPrivateNetworks: boolean
  private readonly resolveHost: (hostname: string) => Promise<string[]>

  constructor(options: SdkMcpClientOptions = {}) {
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? 15_000
    this.clientInfo = options.clientInfo ?? { name: 'chatter', version: '1.0.0' }
    this.maxPages = options.maxPages ?? 10
    this.allowPrivateNetworks = options.allowPrivateNetworks ?? false
    this.resolveHost = options.resolveHost ?? systemResolve
  }

  listTools(target: McpServerTarget, signal?: AbortSignal): Promise<ToolServerTool[]> {
    return this.session(target, signal, async (client, options) => {
      const tools: ToolServerTool[] = []
      let cursor: string | undefined
      for (let page = 0; page < this.maxPages; page++) {
        const result = await client.listTools(cursor ? { cursor } : undefined, options)
        for (const tool of result.tools)
          tools.push({
            name: tool.name,
            description: tool.description ?? tool.title ?? '',
            inputSchema: tool.inputSchema as Record<string, unknown>,
          })
        cursor = result.nextCursor
        if (!cursor) break
      }
      return tools
    })
  }

  callTool(
    target: McpServerTarget,
    name: string,
    args: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<ToolResult> {
    return this.session(target, signal, async (client, options) => {
      try {
        const result = await client.callTool({ name, arguments: args }, undefined, options)
        return toToolResult(result as Record<string, unknown>)
      } catch (error) {
        // The server answered, with a JSON-RPC error: the call failed, the server is fine.
        if (error instanceof McpError && !isTransportFailure(error))
          return { content: error.message, isError: true }
        throw error
      }
    })
  }

  private async session<T>(
    target: McpServerTarget,
    signal: AbortSignal | undefined,
    work: (client: Client, options: { signal: AbortSignal; timeout: number }) => Promise<T>,
  ): Promise<T> {
    const bound = signal ?? AbortSignal.timeout(this.defaultTimeoutMs)
    // The SDK's own request timeout (60 s by default) must not fire before the caller's signal.
    const options = { signal: bound, timeout: 24 * 60 * 60 * 1000 }
    const client = new Client(this.clientInfo)
    try {
      if (bound.aborted) throw bound.reason
      if (!this.allowPrivateNetworks) await this.assertPublic(target.url, bound)
      await client.connect(transportFor(target), options)
      return await work(client, options)
    } catch (error) {
      if (isDomainError(error)) throw error
      throw new DomainError('toolServer.unreachable', reasonOf(error, bound), {
        url: target.url,
      })
    } finally {
      await client.close().catch(() => {})
    }
  }

  /** Refuses a URL whose host is, or resolves to, a private address (any of its addresses). */
  private async assertPublic(url: string, signal: AbortSignal): Promise<void> {
    const { hostname } = new URL(url)
    const literal = isIP(hostname.replace(/^\[(.*)\]$/, '$1')) !== 0
    const refused =
      isPrivateHost(hostname) ||
      (!literal && (await abortable(this.resolveHost(hostname), signal)).some(isPrivateAddress))
    if (refused)
      throw new DomainError('toolServer.unreachable', "the server's address is private", { url })
  }
}

/** `promise`, or the signal's reason once it fires (a DNS lookup cannot itself be cancelled). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason)
    if (signal.aborted) return abort()
    signal.addEventListener('abort', abort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

function transportFor(target: McpServerTarget) {
  const url = new URL(target.url)
  const requestInit = { headers: target.headers }
  return target.transport === 'sse'
    ? new SSEClientTransport(url, { requestInit })
    : new StreamableHTTPClientTransport(url, { requestInit })
}

const isTransportFailure = (error: McpError) =>
  error.code === ErrorCode.ConnectionClosed || error.code === ErrorCode.RequestTimeout

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  UND_ERR_SOCKET: 'connection closed',
}

/** Why the server could not be used, in words (never its headers or body). */
function reasonOf(error: unknown, signal: AbortSignal): string {
  if (signal.aborted)
    return signal.reason instanceof Error && signal.reason.name !== 'TimeoutError'
      ? 'cancelled'
      : 'timed out'
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && networkReasons[code]) return networkReasons[code]
    if (cause instanceof McpError) {
      if (cause.code === ErrorCode.RequestTimeout) return 'timed out'
      if (cause.code === ErrorCode.ConnectionClosed) return 'the server closed the connection'
      return `the server answered an error: ${cause.message.slice(0, 200)}`
    }
    // StreamableHTTPError and SseError carry the HTTP status as `code`.
    if (typeof code === 'number' && code >= 300 && code < 600) return `HTTP ${code}`
    // SseError carries only a message (`SSE error: TypeError: fetch failed: connect ECONNREFUSED`).
    const named = /\b(E[A-Z]{3,}|UND_ERR_[A-Z_]+)\b/.exec(cause.message)?.[1]
    if (named && networkReasons[named]) return networkReasons[named]
    if (/bad port/i.test(cause.message)) return 'the port is not allowed'
    const status = /\b(?:HTTP|status(?: code)?)\s*(\d{3})\b/i.exec(cause.message)?.[1]
    if (status) return `HTTP ${status}`
    cause = cause.cause
  }
  if (error instanceof SyntaxError) return 'the server did not answer MCP'
  return 'the server could not be reached'
}
