import { setTimeout as delay } from 'node:timers/promises'
import type { ChatModel, ChatRequest, ChatStreamEvent, StopReason } from '@chatter/core'
import { type AnswerPart, answerFromPassages, answerWithoutModel } from './passage-answer'
import { countTokens, splitTokens } from './tokens'
import { answerFromToolResults, type ToolRequests, toolRequestsIn } from './tool-request'

export interface LocalChatModelOptions {
  /** Pause before each streamed piece, so the stream feels like a model; 0 in tests. */
  tokenDelayMs?: number
}

/**
 * The local stand-in for Bedrock chat: deterministic, honest about what it is. With passages
 * it quotes the sentences most relevant to the last user message and cites their passages;
 * without, it says that no real model is attached and how to connect one. Every answer starts
 * with `[local model] `. It streams word-ish pieces, one output token each, stops at
 * `maxTokens`, and throws the signal's AbortError promptly when `request.signal` aborts.
 *
 * Tools, deterministically, so the whole tool loop runs offline. When the request offers tools
 * and the last user message (not a round of tool results) says
 *
 * - `use <tool_name> {json}`, e.g. `use calculator {"expression": "6 * 7"}`, or
 * - `call <tool_name> with {json}`, e.g. `call current_time with {"timeZone": "Asia/Tokyo"}`,
 *
 * naming an offered tool exactly (case-sensitive; the keywords in any case), it asks for that
 * tool with the JSON object as arguments: one `tool_use` event per such phrase, no text, stop
 * reason `tool_use`. Arguments that are not valid JSON get an answer saying so, and no call.
 * When the tool results come back it answers `[local model] <tool_name> returned: <content>`
 * (`... failed: <content>` for an error), one line per result.
 * @example for await (const event of new LocalChatModel().stream({ modelId, messages })) ...
 */
export class LocalChatModel implements ChatModel {
  readonly provider = 'local'
  readonly #delayMs: number

  constructor(options: LocalChatModelOptions = {}) {
    this.#delayMs = options.tokenDelayMs ?? 20
  }

  async *stream(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
    const { signal, maxTokens = Number.POSITIVE_INFINITY } = request
    signal?.throwIfAborted()
    yield { type: 'model', modelId: request.modelId }
    const question = request.messages.findLast((message) => message.role === 'user')?.content ?? ''
    const fromTools = answerFromToolResults(request.messages)
    const requests = fromTools ? undefined : toolRequestsOf(request, question)
    const calls = requests && 'calls' in requests ? requests.calls : []
    const parts: AnswerPart[] = fromTools
      ? [{ text: fromTools }]
      : requests && 'invalid' in requests
        ? [{ text: invalidArguments(requests.invalid) }]
        : calls.length > 0
          ? []
          : request.passages?.length
            ? answerFromPassages(question, request.passages)
            : [{ text: answerWithoutModel(question) }]
    let outputTokens = 0
    let reason: StopReason = calls.length > 0 ? 'tool_use' : 'end_turn'
    const cited = new Set<string>()
    answering: for (const part of parts) {
      for (const piece of splitTokens(part.text)) {
        if (outputTokens >= maxTokens) {
          reason = 'max_tokens'
          break answering
        }
        await this.#pause(signal)
        outputTokens += 1
        yield { type: 'delta', text: piece }
      }
      // A passage is cited once its marker has been streamed in full, and only once.
      if (part.cites && !cited.has(part.cites.id)) {
        cited.add(part.cites.id)
        const { id, documentId, page, score } = part.cites
        yield {
          type: 'citation',
          passageId: id,
          documentId,
          ...(page !== undefined ? { page } : {}),
          ...(score !== undefined ? { score } : {}),
        }
      }
    }
    for (const call of calls) {
      outputTokens += countTokens(JSON.stringify(call.input))
      yield { type: 'tool_use', ...call }
    }
    yield { type: 'usage', usage: { inputTokens: inputTokens(request), outputTokens } }
    yield { type: 'stop', reason }
  }

  async #pause(signal: AbortSignal | undefined): Promise<void> {
    if (this.#delayMs <= 0) return signal?.throwIfAborted()
    try {
      await delay(this.#delayMs, undefined, signal ? { signal } : {})
    } catch (error) {
      signal?.throwIfAborted()
      throw error
    }
  }
}

function toolRequestsOf(request: ChatRequest, question: string): ToolRequests {
  const offered = request.tools?.map((tool) => tool.name) ?? []
  return offered.length > 0 ? toolRequestsIn(question, offered) : undefined
}

const invalidArguments = ({ name, reason }: { name: string; reason: string }) =>
  `[local model] I did not call ${name}: its arguments are not valid JSON (${reason}). Write them as a JSON object, e.g. use ${name} {"key": "value"}.`

/** The prompt's size by `countTokens`: system prompt, every message and every passage. */
function inputTokens({ system = '', messages, passages = [] }: ChatRequest): number {
  const texts = [
    system,
    ...messages.map((m) => m.content),
    ...messages.flatMap((m) => m.toolResults?.map((r) => r.content) ?? []),
    ...passages.map((p) => p.text),
  ]
  return texts.reduce((sum, text) => sum + countTokens(text), 0)
}
