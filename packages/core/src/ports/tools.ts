/** A JSON Schema object (draft 2020-12 or 07), as MCP servers and Bedrock describe tool inputs. */
export type JsonSchema = Record<string, unknown>

/** What a model is told about a tool. */
export interface ToolSpec {
  /** Unique within one turn; what the model calls: `^[a-zA-Z0-9_-]{1,64}$` (Bedrock's rule). */
  name: string
  description: string
  inputSchema: JsonSchema
}

/** What a tool answered, as the model and the user see it. */
export interface ToolResult {
  /** Text the model reads (MCP text content joined; structured content as JSON). */
  content: string
  /** True when the tool reported a failure (bad arguments, its own error, a timeout). */
  isError: boolean
}

/** Where a tool comes from. */
export type ToolSource =
  | { type: 'builtin' }
  | { type: 'mcp'; serverId: string; serverName: string; toolName: string }

/** A tool a turn may call. */
export interface Tool extends ToolSpec {
  source: ToolSource
  /** Runs the tool; must honour `signal` (the per-tool timeout and the client going away). */
  call(input: unknown, signal: AbortSignal): Promise<ToolResult>
}

/** The tools a turn may use: the built-ins plus the workspace's enabled MCP tools. */
export interface ToolCatalog {
  /**
   * The tools of a workspace a turn may call, built-ins first. `only` (an agent's tool list)
   * keeps just those names; an unknown name in it is left out, not an error.
   */
  toolsFor(workspaceId: string, options?: { only?: readonly string[] }): Promise<Tool[]>
}

/** One tool call, as the analytics count it. */
export interface ToolCallRecord {
  id: string
  workspaceId: string
  /** The model-facing tool name. */
  tool: string
  source: ToolSource
  /** When the call started (ISO 8601). */
  at: string
  durationMs: number
  ok: boolean
  /** Why it failed (no secrets). */
  error?: string
  /** Size of the result text in characters. */
  resultSize: number
  conversationId?: string
  messageId?: string
  agentId?: string
  /** `chat` from an answer, `direct` from POST /v1/tool-servers/{id}/tools/{name}/call. */
  via: 'chat' | 'direct'
}

/** Calls, errors and latency of one tool over a period. */
export interface ToolUsage {
  tool: string
  serverId?: string
  calls: number
  errors: number
  /** Milliseconds. */
  averageMs: number
  p95Ms: number
}

/** The log of tool calls, kept 90 days, and what the analytics read from it. */
export interface ToolCallLog {
  record(call: ToolCallRecord): Promise<void>
  /** Per tool, between `from` (inclusive) and `to` (exclusive), most calls first. */
  usage(workspaceId: string, range: { from: string; to: string }): Promise<ToolUsage[]>
}
