import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import type { Page, PageRequest } from '../pagination'
import type { Conversation, ConversationRepository } from '../ports/conversation-repository'
import type { Message, MessageRepository } from '../ports/message-repository'
import {
  callerOf,
  checkedTitle,
  conversationLimits,
  messageOf,
  ownConversation,
} from './conversation-rules'
import { activePathPage } from './message-tree'

export interface ConversationReadPorts {
  conversations: Pick<ConversationRepository, 'get' | 'list'>
  messages: Pick<MessageRepository, 'get' | 'list'>
}

/** A conversation with a page of the messages it shows (its active branch). */
export interface ConversationWithMessages {
  conversation: Conversation
  /** Oldest first within the page; `nextCursor` reaches further back up the branch. */
  messages: Page<Message>
}

/**
 * The caller's conversations in the current workspace (`read`), newest activity first. Only
 * ever the caller's own: conversations are private to whoever started them.
 * @example await listConversations(deps, acting, { q: 'budget', page: { limit: 20 } })
 */
export async function listConversations(
  ports: Pick<ConversationReadPorts, 'conversations'>,
  acting: Pick<Acting, 'access'>,
  input: { archived?: boolean; q?: string; page: PageRequest },
): Promise<Page<Conversation>> {
  assertPermission(acting.access, 'read')
  const titleContains = input.q === undefined ? undefined : checkedTitle(input.q, 'q')
  return ports.conversations.list(
    acting.access.workspaceId,
    {
      userId: callerOf(acting),
      archived: input.archived ?? false,
      ...(titleContains ? { titleContains } : {}),
    },
    input.page,
  )
}

/**
 * One of the caller's conversations (`read`; anyone else's is a 404) with a page of its active
 * branch, walking up from the active leaf: the newest `messages.limit` messages first.
 */
export async function getConversation(
  ports: {
    conversations: Pick<ConversationRepository, 'get'>
    messages: Pick<MessageRepository, 'get'>
  },
  acting: Pick<Acting, 'access'>,
  input: { conversationId: string; messages?: { limit: number; cursor?: string } },
): Promise<ConversationWithMessages> {
  assertPermission(acting.access, 'read')
  const conversation = await ownConversation(ports.conversations, acting, input.conversationId)
  const page = input.messages ?? { limit: 20 }
  const limit = Math.min(Math.max(page.limit, 0), conversationLimits.messagesPage)
  return {
    conversation,
    messages: await activePathPage(ports.messages, conversation, { ...page, limit }),
  }
}

/** Every message of one of the caller's conversations, any branch, in creation order (`read`). */
export async function listMessages(
  ports: ConversationReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { conversationId: string; order?: 'asc' | 'desc'; page: PageRequest },
): Promise<Page<Message>> {
  assertPermission(acting.access, 'read')
  const conversation = await ownConversation(ports.conversations, acting, input.conversationId)
  return ports.messages.list(
    conversation.workspaceId,
    conversation.id,
    input.page,
    input.order ?? 'asc',
  )
}

/** One message of one of the caller's conversations (`read`). */
export async function getMessage(
  ports: {
    conversations: Pick<ConversationRepository, 'get'>
    messages: Pick<MessageRepository, 'get'>
  },
  acting: Pick<Acting, 'access'>,
  input: { conversationId: string; messageId: string },
): Promise<Message> {
  assertPermission(acting.access, 'read')
  const conversation = await ownConversation(ports.conversations, acting, input.conversationId)
  const message = await messageOf(ports.messages, conversation, input.messageId)
  return message
}
