import type {
  ChatMessage,
  ChatModel,
  ChatRequest,
  ChatStreamEvent,
  StopReason,
  TokenUsage,
} from '@chatter/core'
import { CitationTracker, estimateUsage, groundedSystemPrompt } from '../chat/grounding'
import {
  ModelCallError,
  type ModelChainOptions,
  modelChainFor,
  streamWithFallback,
} from '../chat/model-chain'
import { toolExchangeAsText } from '../chat/tool-exchange'
import { ToolUseAssembler } from '../chat/tool-use-assembler'
import { httpFailure, streamedFailure } from './openai-errors'
import { sseData } from './sse-data'

export interface OpenAiCompatibleChatModelOptions extends ModelChainOptions {
  /** The server's OpenAI API root, e.g. `http://127.0.0.1:11434/v1` for Ollama. */
  baseUrl: string
  /** Sent as a Bearer token when set; local servers usually need none. */
  apiKey?: string
  /** The chain to fall back along, e.g. a profile's model id and then its fallback models. */
  models?: readonly string[]
}

interface ToolCallDelta {
  index?: number
  id?: string
  function?: { name?: string; arguments?: string }
}

interface CompletionChunk {
  choices?: {
    delta?: { content?: string | null; tool_calls?: ToolCallDelta[] | null }
    finish_reason?: string | null
  }[]
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null
  error?: unknown
}

const stopReasons: Record<string, StopReason> = {
  stop: 'end_turn',
  length: 'max_tokens',
  content_filter: 'content_filtered',
  tool_calls: 'tool_use',
}

/**
 * A chat model on any OpenAI-compatible server (Ollama, vLLM, LM Studio, OpenAI itself) through
 * the streaming Chat Completions API, so a laptop can run Chatter on a real model. It follows the
 * same chain rules as Bedrock: 429 and 503 are retried with backoff until text has streamed,
 * an unknown model passes to the next, and the stream starts with a `model` event. Tools go as
 * `tools` of type `function`; the streamed `tool_calls` pieces become one `tool_use` event per
 * call when the choice finishes (`finish_reason: tool_calls`).
 * @example new OpenAiCompatibleChatModel({ baseUrl: 'http://127.0.0.1:11434/v1', models: ['llama3.2'] })
 */
export class OpenAiCompatibleChatModel implements ChatModel {
  readonly provider = 'openai'
  readonly #url: string
  readonly #apiKey: string | undefined
  readonly #models: readonly string[]
  readonly #options: ModelChainOptions

  constructor({ baseUrl, apiKey, models = [], ...options }: OpenAiCompatibleChatModelOptions) {
    this.#url = `${baseUrl.replace(/\/+$/, '')}/chat/completions`
    this.#apiKey = apiKey || undefined
    this.#models = models
    this.#options = options
  }

  stream(request: ChatRequest): AsyncIterable<ChatStreamEvent> {
    const chain = modelChainFor(request, this.#models)
    const attempt = (modelId: string, signal: AbortSignal) =>
      this.#complete(request, modelId, signal)
    return streamWithFallback(chain, request.signal, attempt, this.#options)
  }

  async *#complete(
    request: ChatRequest,
    modelId: string,
    signal: AbortSignal,
  ): AsyncGenerator<ChatStreamEvent> {
    const citations = new CitationTracker(request.passages)
    const toolUses = new ToolUseAssembler()
    let stop: StopReason | undefined
    let usage: TokenUsage | undefined
    let answer = ''
    try {
      const response = await fetch(this.#url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          ...(this.#apiKey ? { authorization: `Bearer ${this.#apiKey}` } : {}),
        },
        body: JSON.stringify(completionBody(request, modelId)),
        signal,
      })
      if (!response.ok) throw await httpFailure(response, this.#apiKey)
      if (!response.body) throw new ModelCallError('fail', 'the model server sent no body')
      for await (const data of sseData(response.body)) {
        if (data === '[DONE]') break
        const chunk = parseChunk(data)
        if (chunk.error) throw streamedFailure(chunk.error, this.#apiKey)
        const choice = chunk.choices?.[0]
        const text = choice?.delta?.content
        if (text) {
          answer += text
          yield { type: 'delta', text }
          yield* citations.push(text)
        }
        for (const call of choice?.delta?.tool_calls ?? [])
          toolUses.append(call.index ?? 0, call.function?.arguments ?? '', {
            ...(call.id ? { id: call.id } : {}),
            ...(call.function?.name ? { name: call.function.name } : {}),
          })
        if (choice?.finish_reason) {
          stop = stopReasons[choice.finish_reason] ?? 'end_turn'
          yield* toolUses.finishAll()
        }
        const { prompt_tokens, completion_tokens } = chunk.usage ?? {}
        if (prompt_tokens !== undefined || completion_tokens !== undefined) {
          usage = { inputTokens: prompt_tokens ?? 0, outputTokens: completion_tokens ?? 0 }
        }
      }
    } catch (error) {
      if (error instanceof ModelCallError) throw error
      // Only the origin: a base URL could carry credentials in its path or query.
      const reason = `the model server at ${new URL(this.#url).origin} could not be read`
      throw new ModelCallError('fail', reason, { cause: error })
    }
    // Without a finish reason the stream was cut short, even if the connection closed cleanly.
    if (!stop) throw new ModelCallError('fail', 'the stream ended before the answer did')
    yield { type: 'usage', usage: usage ?? estimateUsage(request, answer) }
    yield { type: 'stop', reason: stop }
  }
}

function completionBody(request: ChatRequest, modelId: string): object {
  const system = groundedSystemPrompt(request.system, request.passages)
  const { temperature, topP, maxTokens } = request
  return {
    model: modelId,
    messages: [
      ...(system ? [{ role: 'system', content: system }] : []),
      ...request.messages.flatMap((message) =>
        request.tools?.length ? withToolMessages(message) : asText(message),
      ),
    ],
    ...(request.tools?.length
      ? {
          tools: request.tools.map(({ name, description, inputSchema }) => ({
            type: 'function',
            function: { name, description, parameters: inputSchema },
          })),
        }
      : {}),
    stream: true,
    // Without it the server reports no token counts at all when streaming.
    stream_options: { include_usage: true },
    ...(temperature !== undefined ? { temperature } : {}),
    ...(topP !== undefined ? { top_p: topP } : {}),
    ...(maxTokens !== undefined ? { max_tokens: maxTokens } : {}),
  }
}

/** A turn with its tool exchange as OpenAI has it: assistant `tool_calls`, then `tool` messages. */
function withToolMessages({ role, content, toolCalls, toolResults }: ChatMessage): object[] {
  if (toolCalls?.length)
    return [
      {
        role: 'assistant',
        content: content.trim() ? content : null,
        tool_calls: toolCalls.map(({ id, name, input }) => ({
          id,
          type: 'function',
          function: { name, arguments: JSON.stringify(input ?? {}) },
        })),
      },
    ]
  return [
    ...(toolResults ?? []).map(({ id, content: result, isError }) => ({
      role: 'tool',
      tool_call_id: id,
      // The wire format has no error flag: the model reads it in the text.
      content: isError ? `Error: ${result}` : result,
    })),
    ...(content.trim() ? [{ role, content }] : []),
  ]
}

/** A turn as plain text (a request offering no tools cannot carry tool messages). */
function asText(message: ChatMessage): object[] {
  const content = toolExchangeAsText(message)
  return content.trim() ? [{ role: message.role, content }] : []
}

function parseChunk(data: string): CompletionChunk {
  try {
    return JSON.parse(data) as CompletionChunk
  } catch {
    throw new ModelCallError('fail', 'the model server sent a malformed chunk')
  }
}
