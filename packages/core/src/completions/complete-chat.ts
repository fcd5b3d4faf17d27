import { type Acting, assertPermission } from '../audit/acting'
import type { ChatPorts } from '../chat/chat-ports'
import { retrievalFor } from '../chat/retrieve'
import { newId } from '../ids/ids'
import type { CompletionEvent, CompletionMeta } from './completion-chunks'
import { chatMessagesOf, toolSpecsOf } from './completion-messages'
import { streamCompletion } from './completion-stream'
import type { OpenAIMessage, OpenAITool, OpenAIToolChoice } from './openai-types'
import { resolveCompletionModel } from './resolve-completion-model'

/** A request of `POST /v1/chat/completions`, validated, in the model port's terms. */
export interface CompletionInput {
  model: string
  messages: OpenAIMessage[]
  temperature?: number
  topP?: number
  maxTokens?: number
  tools?: OpenAITool[]
  toolChoice?: OpenAIToolChoice
  /** Aborted when the client goes away: the model stops, the usage so far is recorded. */
  signal?: AbortSignal
}

/** A completion that passed its checks: its id, and its events to stream or collect. */
export interface StartedCompletion {
  meta: CompletionMeta
  events: AsyncGenerator<CompletionEvent>
}

/**
 * Answers an OpenAI-style chat completion (`write`). Nothing is stored: the client sends the
 * whole conversation each time, and its tools are the client's to run.
 *
 * 1. Map the messages and tools (422s), resolve the model (`resolveCompletionModel`: 404 for an
 *    unknown one, 422/503 for a provider not offered) and its retrieval. These run before this
 *    returns, so a route can still answer them with a status.
 * 2. Stream the model: with retrieval on (an agent's knowledge, a profile's settings), the last
 *    user message's passages first; deltas, then the tool calls the model asks for.
 * 3. Publish `message.created` (no conversation; the completion id as message id) so usage and
 *    cost count like any answer, then `finish` with the usage, or `error` when the model failed.
 * @example
 * const { meta, events } = await completeChat(deps, acting, { model: 'default', messages })
 * const completion = await collectCompletion(meta, events)
 */
export async function completeChat(
  ports: ChatPorts,
  acting: Acting,
  input: CompletionInput,
): Promise<StartedCompletion> {
  const startedAt = performance.now()
  assertPermission(acting.access, 'write')
  const mapped = chatMessagesOf(input.messages)
  const tools = toolSpecsOf(input.tools, input.toolChoice)
  const meta = {
    id: newId('chatcmpl').replace('_', '-'),
    created: Math.floor(acting.now.getTime() / 1000),
    model: input.model,
  }
  const resolved = await resolveCompletionModel(ports, acting, { id: meta.id, model: input.model })
  const retrieval = retrievalFor(ports, resolved)
  const system = [resolved.systemPrompt, ...mapped.system].filter(Boolean).join('\n\n')
  const { temperature, topP, maxTokens, signal } = input
  const events = streamCompletion(ports, acting, {
    ...{ id: meta.id, resolved, system, messages: mapped.messages, startedAt },
    ...{ temperature, topP, maxTokens, signal },
    ...(retrieval ? { retrieval } : {}),
    ...(tools ? { tools } : {}),
  })
  return { meta, events }
}
