import { DomainError, type ErrorCode, errorStatus } from '../errors'
import type { StopReason } from '../ports/chat-model'
import type {
  ChatCompletion,
  ChatCompletionChunk,
  CompletionUsage,
  FinishReason,
  OpenAIToolCall,
} from './openai-types'

/** What a completion streams, before it is written as OpenAI chunks or collected into one. */
export type CompletionEvent =
  | { type: 'delta'; text: string }
  /** One complete tool request of the model, for the client to run (never run here). */
  | { type: 'tool_call'; index: number; id: string; name: string; arguments: string }
  | { type: 'finish'; reason: FinishReason; usage: CompletionUsage }
  /** The model failed after the response began; the stream ends after it. */
  | { type: 'error'; code: string; message: string }

/** What every chunk of one completion repeats. */
export interface CompletionMeta {
  id: string
  /** Unix seconds. */
  created: number
  /** The model as the client named it (`default`, a profile's or an agent's id). */
  model: string
}

/** OpenAI's finish reason for the model's stop reason (a tool stop only with calls made). */
export function finishReasonOf(reason: StopReason | undefined, toolCalls: number): FinishReason {
  if (reason === 'max_tokens') return 'length'
  if (reason === 'content_filtered') return 'content_filter'
  if (reason === 'tool_use' && toolCalls > 0) return 'tool_calls'
  return 'stop'
}

const frame = (
  meta: CompletionMeta,
  delta: ChatCompletionChunk['choices'][number]['delta'],
  finish: FinishReason | null = null,
): ChatCompletionChunk => ({
  id: meta.id,
  object: 'chat.completion.chunk',
  created: meta.created,
  model: meta.model,
  choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
})

/**
 * The chunks of a streamed completion, in order: the role first, then one chunk per event,
 * then (with `includeUsage`) the usage on a chunk without choices, as OpenAI sends them.
 * An `error` event has no chunk: the caller writes it as an error frame and ends.
 * @example for await (const chunk of completionChunks(meta, events, { includeUsage: true })) write(chunk)
 */
export async function* completionChunks(
  meta: CompletionMeta,
  events: AsyncIterable<CompletionEvent>,
  options: { includeUsage?: boolean } = {},
): AsyncGenerator<ChatCompletionChunk | Extract<CompletionEvent, { type: 'error' }>> {
  // With usage asked for, every chunk carries `usage: null` until the last one.
  const stamp = (chunk: ChatCompletionChunk) =>
    options.includeUsage ? { ...chunk, usage: null } : chunk
  yield stamp(frame(meta, { role: 'assistant', content: '' }))
  for await (const event of events) {
    if (event.type === 'delta') yield stamp(frame(meta, { content: event.text }))
    else if (event.type === 'tool_call') {
      const { index, id, name } = event
      const call = { index, id, type: 'function' as const, function: { name, arguments: '' } }
      yield stamp(frame(meta, { tool_calls: [call] }))
      const args = { index, function: { arguments: event.arguments } }
      yield stamp(frame(meta, { tool_calls: [args] }))
    } else if (event.type === 'finish') {
      yield stamp(frame(meta, {}, event.reason))
      if (options.includeUsage) yield { ...frame(meta, {}), choices: [], usage: event.usage }
    } else yield event
  }
}

/**
 * The whole completion (`chat.completion`) from its events. A failure of the model is thrown
 * as a DomainError (nothing was sent yet, so the caller answers it as a problem).
 */
export async function collectCompletion(
  meta: CompletionMeta,
  events: AsyncIterable<CompletionEvent>,
): Promise<ChatCompletion> {
  let content = ''
  const toolCalls: OpenAIToolCall[] = []
  let finish: Extract<CompletionEvent, { type: 'finish' }> | undefined
  for await (const event of events) {
    if (event.type === 'delta') content += event.text
    else if (event.type === 'tool_call')
      toolCalls.push({
        id: event.id,
        type: 'function',
        function: { name: event.name, arguments: event.arguments },
      })
    else if (event.type === 'finish') finish = event
    else throw new DomainError(knownCode(event.code), event.message)
  }
  const usage = finish?.usage ?? { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 }
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: content === '' && toolCalls.length > 0 ? null : content,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
          refusal: null,
        },
        finish_reason: finish?.reason ?? 'stop',
        logprobs: null,
      },
    ],
    usage,
  }
}

const knownCode = (code: string): ErrorCode =>
  Object.hasOwn(errorStatus, code) ? (code as ErrorCode) : 'dependency.unavailable'
