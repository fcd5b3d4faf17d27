import type { ChatMessage } from '../ports/chat-model'
import type { Message, MessageRepository } from '../ports/message-repository'

/** A branch bounded this way is corrupt, not long: conversations never get this deep. */
const maxDepth = 10_000

/**
 * The messages from the root (or from just after `stopAfterId`) down to `leafId`, oldest first,
 * read by following parent ids (one read per message, and only for the turns not already in the
 * conversation's memory). `reachedStop` says whether `stopAfterId` was an ancestor: a memory
 * made on another branch does not cover this one. `maxTurns` reads only the newest that many.
 */
export async function branchTo(
  messages: Pick<MessageRepository, 'get'>,
  at: { workspaceId: string; conversationId: string },
  leafId: string | null,
  stopAfterId?: string,
  options: { maxTurns?: number } = {},
): Promise<{ turns: Message[]; reachedStop: boolean }> {
  const turns: Message[] = []
  const seen = new Set<string>()
  const most = Math.min(options.maxTurns ?? maxDepth, maxDepth)
  for (let id = leafId; id !== null && turns.length < most; ) {
    if (id === stopAfterId) return { turns: turns.reverse(), reachedStop: true }
    if (seen.has(id)) break
    seen.add(id)
    const message = await messages.get(at.workspaceId, at.conversationId, id)
    if (!message) break
    turns.push(message)
    id = message.parentId
  }
  return { turns: turns.reverse(), reachedStop: false }
}

/**
 * The turns as a model accepts them: empty ones (an answer that failed before any text) left
 * out, consecutive turns of one role joined (so roles alternate, as Bedrock requires), and no
 * leading assistant turn (a conversation sent to a model starts with the user).
 */
export function toChatMessages(turns: readonly Pick<Message, 'role' | 'content'>[]): ChatMessage[] {
  const out: ChatMessage[] = []
  for (const { role, content } of turns) {
    if (content.trim() === '') continue
    const previous = out.at(-1)
    if (previous?.role === role) previous.content = `${previous.content}\n\n${content}`
    else if (previous || role === 'user') out.push({ role, content })
  }
  return out
}
