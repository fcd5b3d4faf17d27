import type { Acting } from '../audit/acting'
import { DomainError } from '../errors'
import type { AnswerEvent } from './answer-events'
import type { ChatPorts } from './chat-ports'
import { loadMessage, loadMyConversation } from './my-conversation'
import { resolveModel } from './resolve-model'
import { retrievalFor } from './retrieve'
import { streamTurn } from './stream-turn'
import { turnPreferencesOf, withLanguage } from './turn-preferences'
import { type ToolsRequest, toolsFor } from './turn-tools'

export interface RegenerateInput {
  conversationId: string
  /**
   * An assistant message: answer its question again (the new answer is its sibling, a branch).
   * A user message: answer it once more (a new answer beside any it already has).
   */
  messageId: string
  /** The tools the new answer may call, as in `AnswerInput.tools` (the original's are not kept). */
  tools?: ToolsRequest
  signal?: AbortSignal
}

/**
 * Answers a user message again (`write`, the caller's own conversation), streaming like `answer`.
 *
 * 1. Load the conversation (someone else's is a 404) and the message (404 if not in it).
 * 2. Find the user message to answer: the message itself, or an answer's parent.
 * 3. Resolve the model (503 before anything is stored when its provider is not offered), and
 *    the retrieval: the profile's (the original message's own choice is not kept); the tools:
 *    the agent's, else `tools` (`toolsFor`).
 * 4. `streamTurn`: a new assistant message under that user message, which becomes the active
 *    leaf as it starts; the earlier answer stays as a branch.
 */
export async function* regenerate(
  ports: ChatPorts,
  acting: Acting,
  input: RegenerateInput,
): AsyncGenerator<AnswerEvent> {
  const startedAt = performance.now()
  const conversation = await loadMyConversation(ports, acting, input.conversationId, 'write')
  const message = await loadMessage(ports, conversation, input.messageId)
  const userMessage =
    message.role === 'user'
      ? message
      : message.parentId
        ? await loadMessage(ports, conversation, message.parentId)
        : undefined
  if (userMessage?.role !== 'user')
    throw new DomainError('request.invalid', 'This answer has no question to answer again.')
  const resolved = await resolveModel(ports, conversation, acting.access.principal.userId)
  const retrieval = retrievalFor(ports, resolved)
  // The user's preferences: no tools when they turned them off, their language, their window.
  const preferences = await turnPreferencesOf(ports, acting.access.principal.userId)
  const tools = preferences.toolsEnabled
    ? await toolsFor(ports, conversation, resolved, input.tools)
    : undefined
  yield* streamTurn(ports, {
    conversation,
    userMessage,
    resolved: withLanguage(resolved, preferences.language),
    acting,
    addedMessages: 1,
    startedAt,
    ...(retrieval ? { retrieval } : {}),
    ...(tools ? { tools } : {}),
    ...(preferences.memoryWindow ? { memoryWindow: preferences.memoryWindow } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  })
}
