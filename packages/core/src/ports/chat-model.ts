export type ChatRole = 'user' | 'assistant'

export interface ChatMessage {
  role: ChatRole
  content: string
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
  signal?: AbortSignal
}

export interface TokenUsage {
  inputTokens: number
  outputTokens: number
}

export type StopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'content_filtered'

export type ChatStreamEvent =
  /**
   * First event of every stream: the model actually answering. `fallbackFrom` names the first
   * choice when another model had to answer, and `reason` says why, so the switch is recorded.
   */
  | { type: 'model'; modelId: string; fallbackFrom?: string; reason?: string }
  | { type: 'delta'; text: string }
  | { type: 'citation'; passageId: string; documentId: string; page?: number; score?: number }
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
