import type {
  ChatModel,
  ChatModelResolver,
  ChatRequest,
  ChatStreamEvent,
  ModelProvider,
} from '../ports/chat-model'

export interface Script {
  /** The answer, streamed one word (with its following space) per delta. */
  text: string
  /** Throw this after `failAfterDeltas` deltas (a model failing mid-stream). */
  failAfterDeltas?: number
  /** Wait this long before each delta (to test disconnects); 0 by default. */
  delayMs?: number
  /**
   * Tools to ask for after the text: one `tool_use` event each (ids `call_<n>` unless given),
   * then stop reason `tool_use`. Asked only when the request offers tools (any name, so a test
   * can ask for one that does not exist).
   */
  toolCalls?: { id?: string; name: string; input: unknown }[]
}

/**
 * A chat model for tests that answers what it is told to, and records every request. The local
 * model (packages/local) is the real offline one; this one makes failures and timing exact.
 */
export class ScriptedChatModel implements ChatModel {
  readonly requests: ChatRequest[] = []

  constructor(
    readonly provider: string,
    private readonly script: (request: ChatRequest) => Script = () => ({ text: 'Hello there.' }),
  ) {}

  async *stream(request: ChatRequest): AsyncIterable<ChatStreamEvent> {
    this.requests.push(structuredClone({ ...request, signal: undefined }))
    const { text, failAfterDeltas, delayMs = 0, toolCalls = [] } = this.script(request)
    yield { type: 'model', modelId: request.modelId }
    const pieces = text.match(/\S+\s*/g) ?? []
    let sent = 0
    for (const piece of pieces) {
      if (failAfterDeltas !== undefined && sent >= failAfterDeltas) throw new Error('model failed')
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
      request.signal?.throwIfAborted()
      yield { type: 'delta', text: piece }
      sent += 1
    }
    const inputTokens = request.messages.reduce((sum, m) => sum + m.content.split(/\s+/).length, 0)
    yield { type: 'usage', usage: { inputTokens, outputTokens: pieces.length } }
    const uses = request.tools?.length ? toolCalls : []
    for (const [index, call] of uses.entries())
      yield {
        type: 'tool_use',
        id: call.id ?? `call_${index + 1}`,
        name: call.name,
        input: call.input,
      }
    yield { type: 'stop', reason: uses.length > 0 ? 'tool_use' : 'end_turn' }
  }
}

/** A resolver offering the given models by provider. */
export const resolverOf = (
  models: Partial<Record<ModelProvider, ChatModel>>,
): ChatModelResolver => ({
  forProvider: (provider) => models[provider],
})
