import type { Conversation, Message } from '@chatter/core'
import { rootParent } from './entities/message'
import type { ConversationItem, MessageItem } from './table'

/*
 * Stored conversations and messages back to the ports' shapes, optional fields left out rather
 * than set to undefined (callers compare with toEqual).
 */

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>

export function toConversation(item: ConversationItem): Conversation {
  const { memory, forkedFrom } = item
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    userId: item.userId,
    title: item.title,
    ...optional('profileId', item.profileId),
    ...optional('agentId', item.agentId),
    ...optional('systemPromptId', item.systemPromptId),
    ...(item.systemPromptVariables === undefined
      ? {}
      : {
          systemPromptVariables: {
            ...(item.systemPromptVariables as Conversation['systemPromptVariables']),
          },
        }),
    archived: item.archived,
    ...optional('activeLeafId', item.activeLeafId),
    ...(memory
      ? {
          memory: {
            summary: memory.summary,
            throughMessageId: memory.throughMessageId,
            tokens: memory.tokens,
          },
        }
      : {}),
    ...(forkedFrom
      ? {
          forkedFrom: {
            conversationId: forkedFrom.conversationId,
            messageId: forkedFrom.messageId,
          },
        }
      : {}),
    messageCount: item.messageCount,
    lastActivityAt: item.lastActivityAt,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

/** A stored message with its content (read from S3 by the caller when it was moved there). */
export function toMessage(item: MessageItem, content: string): Message {
  const { model, usage, feedback } = item
  return {
    id: item.id,
    conversationId: item.conversationId,
    workspaceId: item.workspaceId,
    parentId: item.parentId === rootParent ? null : item.parentId,
    role: item.role,
    content,
    status: item.status,
    userId: item.userId,
    ...(model
      ? {
          model: {
            provider: model.provider,
            modelId: model.modelId,
            ...optional('fallbackFrom', model.fallbackFrom),
          },
        }
      : {}),
    ...(usage
      ? {
          usage: {
            inputTokens: usage.inputTokens,
            outputTokens: usage.outputTokens,
            latencyMs: usage.latencyMs,
            ...optional('timeToFirstTokenMs', usage.timeToFirstTokenMs),
            ...optional('costUsd', usage.costUsd),
          },
        }
      : {}),
    ...optional('stopReason', item.stopReason),
    ...(item.citations
      ? {
          citations: item.citations.map((c) => ({
            passageId: c.passageId,
            documentId: c.documentId,
            ...optional('page', c.page),
            ...optional('score', c.score),
          })),
        }
      : {}),
    ...(feedback
      ? {
          feedback: {
            rating: feedback.rating,
            ...optional('comment', feedback.comment),
            userId: feedback.userId,
            at: feedback.at,
          },
        }
      : {}),
    ...optional('error', item.error),
    ...(item.experiment
      ? { experiment: { id: item.experiment.id, variant: item.experiment.variant } }
      : {}),
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}
