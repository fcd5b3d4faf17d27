import { type AgentMetricsPorts, recordAgentFeedback } from '../agents/metrics'
import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { platformEvent, publishQuietly } from '../events/publish'
import type { ConversationRepository } from '../ports/conversation-repository'
import type { Message, MessageFeedback, MessageRepository } from '../ports/message-repository'
import type { PlatformEvents } from '../ports/platform-events'
import {
  callerOf,
  feedbackCommentProblem,
  invalidField,
  messageOf,
  ownConversation,
} from './conversation-rules'

export interface FeedbackPorts extends AgentMetricsPorts {
  conversations: Pick<ConversationRepository, 'get'>
  messages: Pick<MessageRepository, 'get' | 'update'>
  /** Told `message.feedback` (experiment metrics count it). */
  events?: PlatformEvents
}

/**
 * Rates an answer in one of the caller's conversations (`write`): thumbs up or down with an
 * optional comment, stamped with who and when. Giving feedback again replaces it. Only answers
 * take feedback (422 naming `messageId` for a user's own message). In a conversation with an
 * agent, the agent's thumbs-up and thumbs-down counts follow (a changed rating moves its count).
 * @example await giveFeedback(deps, acting, { conversationId, messageId, rating: 'down', comment })
 */
export async function giveFeedback(
  ports: FeedbackPorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: { conversationId: string; messageId: string; rating: 'up' | 'down'; comment?: string },
): Promise<Message> {
  assertPermission(acting.access, 'write')
  const conversation = await ownConversation(ports.conversations, acting, input.conversationId)
  const message = await messageOf(ports.messages, conversation, input.messageId)
  if (message.role !== 'assistant')
    throw invalidField('messageId', 'Feedback is for answers: this is a user message.')
  const comment = input.comment?.trim()
  if (comment) {
    const problem = feedbackCommentProblem(comment)
    if (problem) throw invalidField('comment', problem)
  }
  const feedback: MessageFeedback = {
    rating: input.rating,
    ...(comment ? { comment } : {}),
    userId: callerOf(acting),
    at: acting.now.toISOString(),
  }
  const rated = await ports.messages.update(conversation.workspaceId, conversation.id, message.id, {
    feedback,
  })
  await recordAgentFeedback(ports, {
    workspaceId: conversation.workspaceId,
    agentId: conversation.agentId,
    rating: input.rating,
    ...(message.feedback ? { previous: message.feedback.rating } : {}),
  })
  await publishQuietly(
    ports.events,
    platformEvent(
      'message.feedback',
      conversation.workspaceId,
      {
        conversationId: conversation.id,
        messageId: message.id,
        userId: feedback.userId,
        rating: input.rating,
        ...(message.feedback ? { previous: message.feedback.rating } : {}),
        ...(message.experiment ? { experiment: message.experiment } : {}),
      },
      acting.now,
    ),
  )
  return rated
}
