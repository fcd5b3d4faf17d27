import type { Acting } from '../audit/acting'
import { DomainError } from '../errors'
import type { Conversation } from '../ports/conversation-repository'
import type { AnswerEvent } from './answer-events'
import type { ChatPorts } from './chat-ports'
import { newMessageId } from './message-ids'
import { loadMessage, loadMyConversation } from './my-conversation'
import { resolveModel } from './resolve-model'
import { type RetrievalRequest, retrievalFor } from './retrieve'
import { streamTurn } from './stream-turn'
import { turnPreferencesOf, withLanguage } from './turn-preferences'
import { type ToolsRequest, toolsFor } from './turn-tools'

/** The longest message a user may send, in UTF-16 code units (JavaScript's string length). */
export const messageContentLimit = 100_000

export interface AnswerInput {
  conversationId: string
  content: string
  /**
   * Where the new message goes. Absent: after the conversation's active leaf (continuing it;
   * while an answer is streaming that is the answer, as the conversation shows it meanwhile).
   * An assistant message's id: after that answer, beside whatever followed it (editing a later
   * message makes a branch). `null`: a new first message (editing the first one).
   */
  parentId?: string | null
  /**
   * Whether the answer draws on the workspace's documents (and cites them): absent, the
   * profile's `retrieval` settings decide; given, it decides, and what it leaves out (topK,
   * minScore) comes from the profile.
   */
  retrieval?: RetrievalRequest
  /**
   * Whether the model may call tools: `enabled` offers all the workspace's tools, or only those
   * named in `only`. An agent's tool list overrides it (see `toolsFor`); absent, none.
   */
  tools?: ToolsRequest
  /** Aborted when the client goes away: the model stops, the answer is saved `interrupted`. */
  signal?: AbortSignal
}

/**
 * Sends a user message and streams the answer (`write`, the caller's own conversation).
 *
 * 1. Load the conversation (someone else's is a 404) and check the content (422).
 * 2. Choose the parent: `parentId` when given (an edit: a new branch), else the active leaf.
 * 3. Resolve the model (profile, workspace default, runtime default); a provider this runtime
 *    does not offer is a 503 before anything is stored. Resolve the retrieval (`retrievalFor`)
 *    and the tools (`toolsFor`).
 * 4. Store the user message, then `streamTurn`: assistant message, passages retrieved for the
 *    message (cited by the model), context and memory, model stream with its tool rounds,
 *    saved outcome, ending with `message.end`.
 *
 * Errors of steps 1-3 are thrown from the first `next()`, so a route can still answer them
 * with a status; after `message.start` every failure is reported in the stream and saved.
 * @example
 * for await (const event of answer(deps, acting, { conversationId, content: 'Hi!', signal }))
 *   send(event.type, event.data)
 */
export async function* answer(
  ports: ChatPorts,
  acting: Acting,
  input: AnswerInput,
): AsyncGenerator<AnswerEvent> {
  const startedAt = performance.now()
  const conversation = await loadMyConversation(ports, acting, input.conversationId, 'write')
  if (input.content.trim() === '' || input.content.length > messageContentLimit)
    throw new DomainError('request.invalid', 'The message is empty or too long.', {
      errors: [{ path: 'content', message: `Write 1-${messageContentLimit} characters.` }],
    })
  const parentId = await parentFor(ports, conversation, input.parentId)
  const resolved = await resolveModel(ports, conversation, acting.access.principal.userId)
  const retrieval = retrievalFor(ports, resolved, input.retrieval)
  // The user's preferences: no tools when they turned them off, their language, their window.
  const preferences = await turnPreferencesOf(ports, acting.access.principal.userId)
  const tools = preferences.toolsEnabled
    ? await toolsFor(ports, conversation, resolved, input.tools)
    : undefined
  const userMessage = await ports.messages.create({
    id: newMessageId(acting.now),
    conversationId: conversation.id,
    workspaceId: conversation.workspaceId,
    parentId,
    role: 'user',
    content: input.content,
    status: 'complete',
    userId: acting.access.principal.userId,
  })
  yield* streamTurn(ports, {
    conversation,
    userMessage,
    resolved: withLanguage(resolved, preferences.language),
    acting,
    addedMessages: 2,
    startedAt,
    ...(retrieval ? { retrieval } : {}),
    ...(tools ? { tools } : {}),
    ...(preferences.memoryWindow ? { memoryWindow: preferences.memoryWindow } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
  })
}

async function parentFor(
  ports: Pick<ChatPorts, 'messages'>,
  conversation: Conversation,
  parentId: string | null | undefined,
): Promise<string | null> {
  if (parentId === undefined) return conversation.activeLeafId ?? null
  if (parentId === null) return null
  const parent = await loadMessage(ports, conversation, parentId)
  if (parent.role !== 'assistant')
    throw new DomainError('request.invalid', 'A message follows an answer.', {
      errors: [
        {
          path: 'parentId',
          message: 'Give the id of an assistant message (or null for a new first message).',
        },
      ],
    })
  return parent.id
}
