import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import type { ConversationRepository } from '../ports/conversation-repository'
import type { Message, MessageRepository } from '../ports/message-repository'
import { messageNotFound, ownConversation } from './conversation-rules'
import { loadTree, newestLeafUnder, pathTo } from './message-tree'
import { type ConversationWithMessages, getConversation } from './read-conversations'

export interface BranchPorts {
  conversations: Pick<ConversationRepository, 'get' | 'update'>
  messages: Pick<MessageRepository, 'get' | 'list'>
}

/** The alternatives at one turn: the message and its siblings, and which one is shown. */
export interface Branches {
  /** The message they all answer or follow (null for first messages). */
  parentId: string | null
  /** Oldest first; `active` marks the one on the conversation's active path, if any. */
  items: (Message & { active: boolean })[]
}

/**
 * The branches at a message of one of the caller's conversations (`read`): the children of its
 * parent (the message itself among them), each marked whether the active path runs through it.
 */
export async function listBranches(
  ports: BranchPorts,
  acting: Pick<Acting, 'access'>,
  input: { conversationId: string; messageId: string },
): Promise<Branches> {
  assertPermission(acting.access, 'read')
  const conversation = await ownConversation(ports.conversations, acting, input.conversationId)
  const tree = await loadTree(ports.messages, conversation)
  const message = tree.byId.get(input.messageId)
  if (!message) throw messageNotFound()
  const onPath = new Set(
    conversation.activeLeafId ? pathTo(tree, conversation.activeLeafId).map((m) => m.id) : [],
  )
  return {
    parentId: message.parentId,
    items: tree.childrenOf(message.parentId).map((m) => ({ ...m, active: onPath.has(m.id) })),
  }
}

/**
 * Shows the branch through a message (`write`): the conversation's active leaf becomes the
 * newest leaf under that message, so choosing an earlier turn shows its latest continuation.
 * Answers the conversation with the first page of its new active path.
 */
export async function chooseActiveBranch(
  ports: BranchPorts,
  acting: Pick<Acting, 'access'>,
  input: { conversationId: string; messageId: string },
): Promise<ConversationWithMessages> {
  assertPermission(acting.access, 'write')
  const conversation = await ownConversation(ports.conversations, acting, input.conversationId)
  const tree = await loadTree(ports.messages, conversation)
  if (!tree.byId.has(input.messageId)) throw messageNotFound()
  const activeLeafId = newestLeafUnder(tree, input.messageId)
  if (activeLeafId !== conversation.activeLeafId)
    await ports.conversations.update(conversation.workspaceId, conversation.id, { activeLeafId })
  return getConversation(ports, acting, { conversationId: conversation.id })
}
