import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import { newId, sortableId } from '../ids/ids'
import type { Conversation, ConversationRepository } from '../ports/conversation-repository'
import type { Message, MessageRepository } from '../ports/message-repository'
import {
  callerOf,
  conversationLimits,
  messageNotFound,
  ownConversation,
} from './conversation-rules'
import { loadTree, pathTo } from './message-tree'

export interface ForkPorts {
  conversations: Pick<ConversationRepository, 'get' | 'create'>
  messages: Pick<MessageRepository, 'list' | 'create'>
}

const forkSuffix = ' (fork)'
const copyConcurrency = 8

/** "<title> (fork)", the original shortened so the whole stays within the title limit. */
export function forkTitle(title: string): string {
  const room = conversationLimits.titleLength - forkSuffix.length
  const chars = [...title]
  return `${chars.length > room ? chars.slice(0, room).join('').trimEnd() : title}${forkSuffix}`
}

/**
 * Copies one of the caller's conversations, from its first message down to `messageId`, into a
 * new conversation of theirs (`write`) that continues from there on its own.
 *
 * 1. Find the path root..message (404 for a message not in the conversation; 409 while that
 *    message is still being streamed, as its copy would stay half-written).
 * 2. Copy the path's messages under new ids (see `copyIds`), parent links remapped, without
 *    their feedback, which was about the original.
 * 3. Create the conversation last, so an interrupted fork never shows up half copied. Its
 *    memory comes along only when the summary covers a message on the copied path.
 * @example const fork = await forkConversation(deps, acting, { conversationId, messageId })
 */
export async function forkConversation(
  ports: ForkPorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: { conversationId: string; messageId: string },
): Promise<Conversation> {
  assertPermission(acting.access, 'write')
  const source = await ownConversation(ports.conversations, acting, input.conversationId)
  const path = pathTo(await loadTree(ports.messages, source), input.messageId)
  const last = path.at(-1)
  if (!last) throw messageNotFound()
  if (last.status === 'streaming')
    throw new DomainError(
      'resource.conflict',
      'This answer is still being written: fork once it has finished.',
    )
  const id = newId('cnv')
  const ids = copyIds(path, acting.now)
  const copyOf = (messageId: string) => ids.get(messageId) ?? messageId
  const copies = path.map(({ createdAt: _c, updatedAt: _u, feedback: _f, ...message }) => ({
    ...message,
    id: copyOf(message.id),
    conversationId: id,
    parentId: message.parentId === null ? null : copyOf(message.parentId),
  }))
  // A few writes at a time: quick for a long path, without bursting past the table's throughput.
  for (let i = 0; i < copies.length; i += copyConcurrency)
    await Promise.all(copies.slice(i, i + copyConcurrency).map((m) => ports.messages.create(m)))
  const { memory } = source
  return ports.conversations.create({
    id,
    workspaceId: source.workspaceId,
    userId: callerOf(acting),
    title: forkTitle(source.title),
    ...(source.profileId ? { profileId: source.profileId } : {}),
    ...(source.agentId ? { agentId: source.agentId } : {}),
    ...(source.systemPromptId ? { systemPromptId: source.systemPromptId } : {}),
    ...(source.systemPromptVariables
      ? { systemPromptVariables: source.systemPromptVariables }
      : {}),
    archived: false,
    activeLeafId: copyOf(last.id),
    ...(memory && ids.has(memory.throughMessageId)
      ? { memory: { ...memory, throughMessageId: copyOf(memory.throughMessageId) } }
      : {}),
    forkedFrom: { conversationId: source.id, messageId: last.id },
    messageCount: path.length,
    lastActivityAt: acting.now.toISOString(),
  })
}

/**
 * New ids for copied messages, by original id. A message id names one message of a workspace
 * (saved stream deltas are keyed by it), so copies cannot keep theirs. The ids are made like
 * `newMessageId`'s, one millisecond apart in path order and all just before `now`: the copies
 * keep their order, and every message later added to the fork sorts after them.
 */
function copyIds(path: readonly Message[], now: Date): Map<string, string> {
  const start = now.getTime() - path.length
  return new Map(path.map((m, i) => [m.id, `msg_${sortableId(new Date(start + i))}`]))
}
