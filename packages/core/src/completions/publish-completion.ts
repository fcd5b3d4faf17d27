import type { Acting } from '../audit/acting'
import type { ChatPorts } from '../chat/chat-ports'
import { type TurnState, usageData } from '../chat/finish-turn'
import type { ResolvedModel } from '../chat/resolve-model'
import { platformEvent, publishQuietly } from '../events/publish'
import type { MessageUsage } from '../ports/message-repository'

/**
 * Publishes the `message.created` of a completion, like `finishTurn` does for an answer, so
 * usage counters, experiment metrics and webhooks count it: without `conversationId` (a
 * completion keeps no conversation) and with the completion's id as `messageId`. The client's
 * tools are not run here, so no tool calls are reported.
 */
export async function publishCompletion(
  ports: Pick<ChatPorts, 'events' | 'logger'>,
  acting: Pick<Acting, 'access' | 'now'>,
  input: {
    id: string
    resolved: Pick<ResolvedModel, 'profileId' | 'agentId' | 'experiment'>
    turn: Pick<TurnState, 'model'>
    usage: MessageUsage
    status: string
  },
): Promise<void> {
  const { resolved, turn, usage } = input
  const event = platformEvent(
    'message.created',
    acting.access.workspaceId,
    {
      messageId: input.id,
      userId: acting.access.principal.userId,
      status: input.status,
      provider: turn.model.provider,
      modelId: turn.model.modelId,
      ...(resolved.profileId ? { profileId: resolved.profileId } : {}),
      ...(resolved.agentId ? { agentId: resolved.agentId } : {}),
      ...(resolved.experiment ? { experiment: resolved.experiment } : {}),
      ...usageData(usage),
      toolCalls: [],
    },
    acting.now,
  )
  await publishQuietly(ports.events, event, ports.logger)
}
