import { setTimeout as delay } from 'node:timers/promises'
import type { ChatModel, ChatRequest, ChatStreamEvent, StopReason } from '@chatter/core'
import { type AnswerPart, answerFromPassages, answerWithoutModel } from './passage-answer'
import { countTokens, splitTokens } from './tokens'

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
    const parts: AnswerPart[] = request.passages?.length
      ? answerFromPassages(question, request.passages)
      : [{ text: answerWithoutModel(question) }]
    let outputTokens = 0
    let reason: StopReason = 'end_turn'
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

/** The prompt's size by `countTokens`: system prompt, every message and every passage. */
function inputTokens({ system = '', messages, passages = [] }: ChatRequest): number {
  const texts = [system, ...messages.map((m) => m.content), ...passages.map((p) => p.text)]
  return texts.reduce((sum, text) => sum + countTokens(text), 0)
}
