import { recordAgentTurn } from '../agents/metrics'
import type { Acting } from '../audit/acting'
import type { ChatPorts } from '../chat/chat-ports'
import { failureOf, type TurnState, usageOf } from '../chat/finish-turn'
import { type ResolvedModel, requestFor } from '../chat/resolve-model'
import { retrievePassages, type TurnRetrieval } from '../chat/retrieve'
import { contextWindowOf, estimateMessageTokens, estimateTokens } from '../chat/token-budget'
import type { ChatMessage, ContextPassage } from '../ports/chat-model'
import type { ToolSpec } from '../ports/tools'
import { type CompletionEvent, finishReasonOf } from './completion-chunks'
import { publishCompletion } from './publish-completion'

/** A completion ready to run: its model, retrieval, system text, turns and offered tools. */
export interface PreparedCompletion {
  id: string
  resolved: ResolvedModel
  retrieval?: TurnRetrieval
  system: string
  messages: ChatMessage[]
  tools?: ToolSpec[]
  temperature?: number
  topP?: number
  maxTokens?: number
  signal?: AbortSignal
  /** `performance.now()` when the request began, for latency and time to first token. */
  startedAt: number
}

/**
 * Runs a prepared completion (see `completeChat`): passages, the model's deltas and tool calls,
 * then `message.created` published and `finish` (or `error`). However it ends (the client gone,
 * the consumer no longer reading) the usage so far is published once.
 */
export async function* streamCompletion(
  ports: ChatPorts,
  acting: Acting,
  input: PreparedCompletion,
): AsyncGenerator<CompletionEvent> {
  const { resolved, retrieval, system, tools, startedAt } = input
  const model = { provider: resolved.provider, modelId: resolved.modelId }
  const turn: TurnState = {
    text: '',
    citations: [],
    toolCalls: [],
    model,
    startedAt,
    inputEstimate: 0,
  }
  let published = false
  const publish = async (status: string) => {
    published = true
    const usage = usageOf(ports, turn)
    await publishCompletion(ports, acting, { id: input.id, resolved, turn, usage, status })
    await recordAgentTurn(ports, {
      workspaceId: acting.access.workspaceId,
      agentId: resolved.agentId,
      usage,
      toolCalls: 0,
    })
    return usage
  }
  let calls = 0
  try {
    let failure: { code: string; message: string } | undefined
    try {
      const passages = retrieval
        ? await passagesFor(
            ports,
            acting,
            retrieval,
            input.messages,
            resolved.modelId,
            input.signal,
          )
        : []
      turn.inputEstimate = estimateOf(system, input.messages, passages, tools)
      const request = {
        ...requestFor(resolved, {
          system,
          messages: input.messages,
          signal: input.signal,
          maxTokens: input.maxTokens,
          temperature: input.temperature,
        }),
        ...(input.topP === undefined ? {} : { topP: input.topP }),
        ...(passages.length > 0 ? { passages } : {}),
        ...(tools ? { tools } : {}),
      }
      for await (const event of resolved.model.stream(request)) {
        input.signal?.throwIfAborted()
        if (event.type === 'delta') {
          turn.text += event.text
          turn.firstTextAt ??= performance.now()
          yield { type: 'delta', text: event.text }
        } else if (event.type === 'tool_use') {
          const call = { index: calls++, id: event.id, name: event.name }
          yield { type: 'tool_call', ...call, arguments: JSON.stringify(event.input ?? {}) }
        } else if (event.type === 'usage') turn.reported = event.usage
        else if (event.type === 'model') turn.model = { ...model, modelId: event.modelId }
        else if (event.type === 'stop') turn.stopReason = event.reason
      }
    } catch (error) {
      failure = failureOf(error, input.signal?.aborted === true)
    }
    const status = !failure
      ? 'complete'
      : turn.text || input.signal?.aborted
        ? 'interrupted'
        : 'failed'
    const usage = await publish(status)
    if (failure) {
      if (!input.signal?.aborted) yield { type: 'error', ...failure }
      return
    }
    const { inputTokens, outputTokens } = usage
    yield {
      type: 'finish',
      reason: finishReasonOf(turn.stopReason, calls),
      usage: {
        prompt_tokens: inputTokens,
        completion_tokens: outputTokens,
        total_tokens: inputTokens + outputTokens,
      },
    }
  } finally {
    // The consumer stopped reading: what the model used so far still counts.
    if (!published) await publish('interrupted').catch(() => {})
  }
}

/** The passages for the last user message; a failed search costs the passages, not the answer. */
async function passagesFor(
  ports: ChatPorts,
  acting: Acting,
  retrieval: TurnRetrieval,
  messages: readonly ChatMessage[],
  modelId: string,
  signal?: AbortSignal,
): Promise<ContextPassage[]> {
  const question = messages.findLast((m) => m.role === 'user' && m.content.trim() !== '')?.content
  if (!question || !ports.knowledge) return []
  const window = ports.chat.contextWindowTokens ?? contextWindowOf(modelId)
  try {
    return await retrievePassages(ports.knowledge, acting, retrieval, question, {
      window,
      ...(signal ? { signal } : {}),
    })
  } catch (error) {
    signal?.throwIfAborted()
    ports.logger?.warn('retrieval failed; completing without passages', { error })
    return []
  }
}

const estimateOf = (
  system: string,
  messages: ChatMessage[],
  passages: ContextPassage[],
  tools?: ToolSpec[],
) =>
  estimateTokens(system) +
  messages.reduce(
    (total, m) =>
      total +
      estimateMessageTokens(m) +
      estimateTokens(JSON.stringify([m.toolCalls ?? [], m.toolResults ?? []])),
    0,
  ) +
  passages.reduce((total, p) => total + estimateTokens(p.text), 0) +
  (tools ? estimateTokens(JSON.stringify(tools)) : 0)
