import type { ToolSpec } from './tools'

export type ChatRole = 'user' | 'assistant'

/** A tool the model asked to call: `id` pairs it with its result. */
export interface ChatToolCall {
  id: string
  name: string
  input: unknown
}

/** What a tool answered, sent back to the model under its call's `id`. */
export interface ChatToolResult {
  id: string
  content: string
  isError: boolean
}

/**
 * One turn of the conversation sent to a model. During a tool exchange an assistant turn
 * carries the `toolCalls` it made (after any text it wrote first) and the next user turn the
 * `toolResults` (its `content` is then usually empty).
 */
export interface ChatMessage {
  role: ChatRole
  content: string
  /** Assistant only: the tools it asked to call, in order. */
  toolCalls?: ChatToolCall[]
  /** User only: the results of the previous assistant turn's `toolCalls`, in the same order. */
  toolResults?: ChatToolResult[]
}

/** A retrieved passage the model may answer from and cite. */
export interface ContextPassage {
  id: string
  documentId: string
  text: string
  page?: number
  score?: number
}

export interface ChatRequest {
  modelId: string
  /** Tried in order when `modelId` cannot answer (a profile's fallbacks); overrides the model's own. */
  fallbackModelIds?: readonly string[]
  system?: string
  messages: ChatMessage[]
  passages?: ContextPassage[]
  temperature?: number
  topP?: number
  maxTokens?: number
  /**
   * Tools the model may ask for. When it does, it ends its stream with `tool_use` events and
   * stop reason `tool_use`; the caller runs them and calls again with the exchange appended.
   */
  tools?: ToolSpec[]
  signal?: AbortSignal
}

export interface TokenUsage {
  inputTokens: number
  outputTokens: number
}

export type StopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'content_filtered'
  /** The model asked for tools (`tool_use` events) and waits for their results. */
  | 'tool_use'

export type ChatStreamEvent =
  /**
   * First event of every stream: the model actually answering. `fallbackFrom` names the first
   * choice when another model had to answer, and `reason` says why, so the switch is recorded.
   */
  | { type: 'model'; modelId: string; fallbackFrom?: string; reason?: string }
  | { type: 'delta'; text: string }
  | { type: 'citation'; passageId: string; documentId: string; page?: number; score?: number }
  /** One complete tool request (its input parsed), emitted once per call before `stop`. */
  | { type: 'tool_use'; id: string; name: string; input: unknown }
  | { type: 'usage'; usage: TokenUsage }
  | { type: 'stop'; reason: StopReason }

/** A chat model that streams. Bedrock ConverseStream in AWS; the local responder offline. */
export interface ChatModel {
  /** Which provider answers, e.g. `bedrock` or `local`. */
  readonly provider: string
  stream(request: ChatRequest): AsyncIterable<ChatStreamEvent>
}

export const modelProviders = ['bedrock', 'openai', 'local'] as const
export type ModelProvider = (typeof modelProviders)[number]

/** The chat models a runtime offers, by provider (a provider not configured is undefined). */
export interface ChatModelResolver {
  forProvider(provider: ModelProvider): ChatModel | undefined
}
