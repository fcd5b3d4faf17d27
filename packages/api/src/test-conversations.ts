import { type Conversation, type Message, newId } from '@chatter/core'
import type { AppDependencies } from './dependencies'
import type { TestUser } from './test-callers'

let made = 0

/**
 * A message written straight into the (in-memory) store under `parent`, so route tests can build
 * exact trees without the answer engine. Ids sort in the order made unless one is given.
 */
export function messageIn(
  deps: AppDependencies,
  conversation: Conversation,
  parent: Message | null,
  content: string,
  extra: Partial<Message> = {},
): Promise<Message> {
  made += 1
  return deps.messages.create({
    id: `msg_${String(made).padStart(6, '0')}`,
    conversationId: conversation.id,
    workspaceId: conversation.workspaceId,
    parentId: parent?.id ?? null,
    role: parent?.role === 'user' ? 'assistant' : 'user',
    content,
    status: 'complete',
    userId: conversation.userId,
    ...extra,
  })
}

/**
 * A conversation of `owner` in `workspaceId` holding one question and its answer (the active
 * branch), made directly in the stores.
 */
export async function conversationOf(
  deps: AppDependencies,
  owner: TestUser,
  workspaceId: string,
  options: { title?: string; questionId?: string; answerId?: string } = {},
) {
  const started = await deps.conversations.create({
    id: newId('cnv'),
    workspaceId,
    userId: owner.user.id,
    title: options.title ?? 'Lisbon',
    archived: false,
    messageCount: 0,
    lastActivityAt: new Date().toISOString(),
  })
  const question = await messageIn(deps, started, null, 'Plan a day in Lisbon', {
    ...(options.questionId ? { id: options.questionId } : {}),
  })
  const answer = await messageIn(deps, started, question, 'Start in Alfama.', {
    ...(options.answerId ? { id: options.answerId } : {}),
  })
  const conversation = await deps.conversations.update(workspaceId, started.id, {
    activeLeafId: answer.id,
  })
  return { conversation, question, answer }
}
