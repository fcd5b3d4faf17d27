import type { Acting } from '../audit/acting'
import { DomainError } from '../errors'
import type { Conversation, ConversationRepository } from '../ports/conversation-repository'
import type { Message, MessageRepository } from '../ports/message-repository'
import { hasHiddenCharacters } from '../workspaces/display-name'

/** What a conversation is called until someone (or its first message) names it. */
export const defaultConversationTitle = 'New conversation'

/** The bounds of what people write about conversations, shared by use cases and schemas. */
export const conversationLimits = {
  titleLength: 200,
  feedbackCommentLength: 2000,
  /** Messages a conversation page shows at most (`?messages=`). */
  messagesPage: 100,
} as const

// Newlines and tabs belong in a comment; other control characters, lone surrogates and the
// invisible tag characters (hidden text) do not.
const commentForbidden = /(?![\t\n\r])[\p{Cc}\p{Cs}\u{e0000}-\u{e007f}]/u

/** The stored form of a title: NFC, without surrounding whitespace. */
export const cleanTitle = (raw: string): string => raw.normalize('NFC').trim()

/** Why `raw` is not an acceptable title (or title search), or undefined when it is. */
export function titleProblem(raw: string): string | undefined {
  const title = cleanTitle(raw)
  if (title.length === 0) return 'Give a title of at least one visible character.'
  if ([...title].length > conversationLimits.titleLength)
    return `Keep the title to ${conversationLimits.titleLength} characters.`
  if (hasHiddenCharacters(title))
    return 'The title contains control or invisible formatting characters.'
  return undefined
}

/** Why `comment` is not an acceptable feedback comment, or undefined when it is. */
export function feedbackCommentProblem(comment: string): string | undefined {
  if ([...comment].length > conversationLimits.feedbackCommentLength)
    return `Keep the comment to ${conversationLimits.feedbackCommentLength} characters.`
  if (commentForbidden.test(comment))
    return 'The comment contains control characters, lone surrogates or invisible tag characters.'
  return undefined
}

/** A 422 naming one field, so a client can show the problem beside it. */
export const invalidField = (path: string, message: string) =>
  new DomainError('request.invalid', message, { errors: [{ path, message }] })

/** The title as stored, or a 422 naming `path`. */
export function checkedTitle(raw: string, path = 'title'): string {
  const problem = titleProblem(raw)
  if (problem) throw invalidField(path, problem)
  return cleanTitle(raw)
}

/** Who a conversation belongs to: the user, or for an API key, the user who created the key. */
export const callerOf = (acting: Pick<Acting, 'access'>): string => acting.access.principal.userId

// One answer for "no such conversation", "another workspace's" and "another member's", so an id
// reveals nothing about who else talks about what.
export const conversationNotFound = () =>
  new DomainError('resource.notFound', 'No such conversation.')

export const messageNotFound = () =>
  new DomainError('resource.notFound', 'No such message in this conversation.')

/**
 * The caller's own conversation in the current workspace: THE privacy rule, shared with the
 * answer engine. A conversation is private to the member who started it (an API key acts for
 * its creator); anyone else, an admin or the workspace owner included, gets the same 404 as for
 * an id that does not exist.
 */
export async function ownConversation(
  conversations: Pick<ConversationRepository, 'get'>,
  acting: Pick<Acting, 'access'>,
  conversationId: string,
): Promise<Conversation> {
  const conversation = await conversations.get(acting.access.workspaceId, conversationId)
  if (!conversation || conversation.userId !== callerOf(acting)) throw conversationNotFound()
  return conversation
}

/** A message of a conversation already found to be the caller's; else a 404. */
export async function messageOf(
  messages: Pick<MessageRepository, 'get'>,
  conversation: Pick<Conversation, 'workspaceId' | 'id'>,
  messageId: string,
): Promise<Message> {
  const message = await messages.get(conversation.workspaceId, conversation.id, messageId)
  if (!message) throw messageNotFound()
  return message
}
