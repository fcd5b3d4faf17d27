import type { Permission } from '../access/permissions'
import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { messageNotFound, ownConversation } from '../conversations/conversation-rules'
import type { Conversation, ConversationRepository } from '../ports/conversation-repository'
import type { Message, MessageRepository } from '../ports/message-repository'

/**
 * The caller's own conversation, after checking `permission` (403 first, as the routes do):
 * anyone but the member who started it gets a 404 (`ownConversation`).
 */
export async function loadMyConversation(
  ports: { conversations: Pick<ConversationRepository, 'get'> },
  acting: Pick<Acting, 'access'>,
  conversationId: string,
  permission: Permission,
): Promise<Conversation> {
  assertPermission(acting.access, permission)
  return ownConversation(ports.conversations, acting, conversationId)
}

/** A message of a conversation already loaded (and so already the caller's); else a 404. */
export async function loadMessage(
  ports: { messages: Pick<MessageRepository, 'get'> },
  conversation: Conversation,
  messageId: string,
): Promise<Message> {
  const message = await ports.messages.get(conversation.workspaceId, conversation.id, messageId)
  if (!message) throw messageNotFound()
  return message
}
