import {
  type BedrockRuntimeClient,
  type StopReason as BedrockStopReason,
  ConverseStreamCommand,
  type ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime'
import type { ChatModel, ChatRequest, ChatStreamEvent, StopReason, TokenUsage } from '@chatter/core'
import { CitationTracker, estimateUsage } from '../chat/grounding'
import {
  ModelCallError,
  type ModelChainOptions,
  modelChainFor,
  streamWithFallback,
} from '../chat/model-chain'
import { ToolUseAssembler } from '../chat/tool-use-assembler'
import { abortable } from './abortable'
import { streamException, toModelCallError } from './bedrock-errors'
import { toConverseInput } from './converse-input'

export interface BedrockChatModelOptions extends ModelChainOptions {
  /** The runtime client, or a function giving it, so the SDK loads only when a model is used. */
  client: BedrockRuntimeClient | (() => BedrockRuntimeClient)
  /** The chain to fall back along, e.g. a profile's model id and then its fallback models. */
  models?: readonly string[]
}

const stopReasons: Partial<Record<BedrockStopReason, StopReason>> = {
  end_turn: 'end_turn',
  max_tokens: 'max_tokens',
  model_context_window_exceeded: 'max_tokens',
  stop_sequence: 'stop_sequence',
  content_filtered: 'content_filtered',
  guardrail_intervened: 'content_filtered',
  tool_use: 'tool_use',
}

/**
 * The chat model on Bedrock ConverseStream, for any Bedrock model id. The request's `modelId`
 * is tried first, then the `models` chain in order. A busy model (throttling, service
 * unavailable) is retried with backoff while nothing has streamed yet, then, like a model the
 * account cannot use, left for the next one; the stream starts with a `model` event naming
 * the model that answers and, after a switch, the first choice and why it was passed over.
 * With `tools` in the request, a `toolUse` block (its input streamed as pieces of JSON) becomes
 * one `tool_use` event when the block ends, and the stop reason is `tool_use`.
 * @example
 * const model = new BedrockChatModel({ client: () => bedrock, models: [profile.modelId, ...profile.fallbackModelIds] })
 * for await (const event of model.stream({ modelId: profile.modelId, messages, signal })) ...
 */
export class BedrockChatModel implements ChatModel {
  readonly provider = 'bedrock'
  readonly #client: () => BedrockRuntimeClient
  readonly #models: readonly string[]
  readonly #options: ModelChainOptions

  constructor({ client, models = [], ...options }: BedrockChatModelOptions) {
    this.#client = typeof client === 'function' ? client : () => client
    this.#models = models
    this.#options = options
  }

  stream(request: ChatRequest): AsyncIterable<ChatStreamEvent> {
    const chain = modelChainFor(request, this.#models)
    const attempt = (modelId: string, signal: AbortSignal) =>
      this.#converse(request, modelId, signal)
    return streamWithFallback(chain, request.signal, attempt, this.#options)
  }

  async *#converse(
    request: ChatRequest,
    modelId: string,
    signal: AbortSignal,
  ): AsyncGenerator<ChatStreamEvent> {
    const command = new ConverseStreamCommand(toConverseInput(request, modelId))
    const citations = new CitationTracker(request.passages)
    const toolUses = new ToolUseAssembler()
    let stop: StopReason | undefined
    let usage: TokenUsage | undefined
    let answer = ''
    try {
      const { stream } = await this.#client().send(command, { abortSignal: signal })
      if (!stream) throw new ModelCallError('fail', 'Bedrock sent no stream')
      for await (const event of abortable<ConverseStreamOutput>(stream, signal)) {
        const text = event.contentBlockDelta?.delta?.text
        const started = event.contentBlockStart?.start?.toolUse
        const input = event.contentBlockDelta?.delta?.toolUse?.input
        if (text) {
          answer += text
          yield { type: 'delta', text }
          yield* citations.push(text)
        } else if (started) {
          const index = event.contentBlockStart?.contentBlockIndex ?? 0
          toolUses.start(index, started.toolUseId ?? '', started.name ?? '')
        } else if (input !== undefined) {
          toolUses.append(event.contentBlockDelta?.contentBlockIndex ?? 0, input)
        } else if (event.contentBlockStop) {
          const use = toolUses.finish(event.contentBlockStop.contentBlockIndex ?? 0)
          if (use) yield use
        } else if (event.messageStop) {
          stop = stopReasons[event.messageStop.stopReason as BedrockStopReason] ?? 'end_turn'
        } else if (event.metadata?.usage) {
          const { inputTokens = 0, outputTokens = 0 } = event.metadata.usage
          usage = { inputTokens, outputTokens }
        } else {
          const exception = streamException(event)
          if (exception) throw exception
        }
      }
    } catch (error) {
      throw toModelCallError(error)
    }
    // Without messageStop the stream was cut short, even if the connection closed cleanly.
    if (!stop) throw new ModelCallError('fail', 'the stream ended before the answer did')
    yield { type: 'usage', usage: usage ?? estimateUsage(request, answer) }
    yield { type: 'stop', reason: stop }
  }
}
