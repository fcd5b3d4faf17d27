import type { ChatMessage, ChatToolCall, ContextPassage, TokenUsage } from '../ports/chat-model'
import type { StreamDelta } from '../ports/message-repository'
import type { ToolSpec } from '../ports/tools'
import type { AnswerEvent } from './answer-events'
import type { ChatPorts } from './chat-ports'
import type { TurnState } from './finish-turn'
import { type ResolvedModel, requestFor } from './resolve-model'
import { runTool, type ToolCallContext } from './run-tool'
import { estimateTokens } from './token-budget'
import type { TurnTools } from './turn-tools'

/** What the model reads on the call after the last tool round: it must answer now. */
export const toolBudgetSpentNote =
  'You have used all the tool calls this answer may make: answer now from what the tool results above give you, without asking for more tools.'

export interface RoundsInput {
  resolved: ResolvedModel
  system?: string
  messages: ChatMessage[]
  passages: ContextPassage[]
  tools?: TurnTools
  signal?: AbortSignal
  /** Where the turn happens, for the tool call log. */
  context: ToolCallContext
}

/** Numbers the events and keeps the resumable ones (`seq` is shared with the caller's events). */
export interface EventSink {
  next(): number
  keep(delta: Omit<StreamDelta, 'messageId'>): void
}

/**
 * Streams the model's answer, in rounds when it may call tools:
 *
 * 1. Call the model with the conversation (and the tool specs while rounds remain): `delta`
 *    and `citation` events as they come, each passage cited once per turn.
 * 2. When it asks for tools, run each in order (`runTool`: per-tool timeout, errors as results
 *    the model reads), each announced by `tool.call` and answered by `tool.result`; append the
 *    assistant turn with its `toolCalls` and a user turn with the `toolResults`, and go to 1.
 * 3. At most `settings.maxIterations` calls offer tools; when the last of them still asks for
 *    tools, those run and one more call is made WITHOUT tools, with `toolBudgetSpentNote`
 *    added to the system prompt, so the answer always ends in words.
 *
 * The text of every round is one answer: a round's text after earlier text starts on a new
 * paragraph. Usage is summed over the calls; the stop reason is the last call's.
 */
export async function* modelRounds(
  ports: Pick<ChatPorts, 'logger' | 'tools'>,
  input: RoundsInput,
  turn: TurnState,
  sink: EventSink,
): AsyncGenerator<AnswerEvent> {
  const { resolved, tools, signal, passages } = input
  const byName = new Map(tools?.tools.map((tool) => [tool.name, tool]) ?? [])
  const specs: ToolSpec[] | undefined = tools?.tools.map(({ name, description, inputSchema }) => ({
    name,
    description,
    inputSchema,
  }))
  const maxRounds = tools?.settings.maxIterations ?? 0
  const cited = new Set(turn.citations.map((citation) => citation.passageId))
  const firstInput = turn.inputEstimate
  let exchangeTokens = 0
  let messages = input.messages
  for (let round = 1; ; round++) {
    const offer = specs !== undefined && round <= maxRounds
    const system =
      specs && !offer
        ? [input.system, toolBudgetSpentNote].filter(Boolean).join('\n\n')
        : input.system
    if (round > 1) turn.inputEstimate += firstInput + exchangeTokens
    const request = {
      ...requestFor(resolved, { system, messages, signal }),
      ...(passages.length > 0 ? { passages } : {}),
      ...(offer ? { tools: specs } : {}),
    }
    const uses: ChatToolCall[] = []
    let roundText = ''
    turn.stopReason = undefined
    for await (const event of resolved.model.stream(request)) {
      signal?.throwIfAborted()
      if (event.type === 'delta') {
        const text =
          !roundText && turn.text && !/\s$/.test(turn.text) ? `\n\n${event.text}` : event.text
        roundText += event.text
        turn.text += text
        turn.firstTextAt ??= performance.now()
        const seq = sink.next()
        sink.keep({ seq, text })
        yield { seq, type: 'delta', data: { text } }
      } else if (event.type === 'citation') {
        const { type: _, ...citation } = event
        if (cited.has(citation.passageId)) continue
        cited.add(citation.passageId)
        turn.citations.push(citation)
        yield { seq: sink.next(), type: 'citation', data: citation }
      } else if (event.type === 'model') {
        const fallbackFrom = event.fallbackFrom ? { fallbackFrom: event.fallbackFrom } : {}
        turn.model = { provider: resolved.provider, modelId: event.modelId, ...fallbackFrom }
      } else if (event.type === 'usage') turn.reported = sum(turn.reported, event.usage)
      else if (event.type === 'tool_use')
        uses.push({ id: event.id, name: event.name, input: event.input })
      else turn.stopReason = event.reason
    }
    if (!offer || uses.length === 0) return
    const results = []
    for (const use of uses) {
      const tool = byName.get(use.name)
      const call = {
        id: use.id,
        name: use.name,
        arguments: use.input,
        ...(tool ? { source: tool.source } : {}),
      }
      let seq = sink.next()
      sink.keep({ seq, text: JSON.stringify(call), event: 'tool.call' })
      yield { seq, type: 'tool.call', data: call }
      const done = await runTool({ logger: ports.logger, calls: ports.tools?.calls }, tool, use, {
        timeoutMs: tools?.settings.toolTimeoutMs ?? 0,
        context: input.context,
        ...(signal ? { signal } : {}),
      })
      turn.toolCalls.push(done)
      const { id, name, content, isError, durationMs } = done
      results.push({ id, content, isError })
      const result = { id, name, content, isError, durationMs }
      seq = sink.next()
      sink.keep({ seq, text: JSON.stringify(result), event: 'tool.result' })
      yield { seq, type: 'tool.result', data: result }
    }
    const exchange: ChatMessage[] = [
      { role: 'assistant', content: roundText, toolCalls: uses },
      { role: 'user', content: '', toolResults: results },
    ]
    exchangeTokens += estimateTokens(roundText + JSON.stringify(uses) + JSON.stringify(results))
    messages = [...messages, ...exchange]
  }
}

const sum = (before: TokenUsage | undefined, usage: TokenUsage): TokenUsage => ({
  inputTokens: (before?.inputTokens ?? 0) + usage.inputTokens,
  outputTokens: (before?.outputTokens ?? 0) + usage.outputTokens,
})
