import { isDomainError } from '../errors'
import { platformEvent, publishQuietly } from '../events/publish'
import type { StopReason, TokenUsage } from '../ports/chat-model'
import type { Conversation } from '../ports/conversation-repository'
import type {
  Message,
  MessageCitation,
  MessageStatus,
  MessageToolCall,
  MessageUsage,
} from '../ports/message-repository'
import type { ChatPorts } from './chat-ports'
import { isDefaultTitle, titleFrom } from './message-ids'
import { costOf } from './prices'
import type { ResolvedModel } from './resolve-model'
import { estimateTokens } from './token-budget'

/** What a turn produced so far, gathered while it streams. */
export interface TurnState {
  text: string
  citations: MessageCitation[]
  /** The tools called so far, in order. */
  toolCalls: MessageToolCall[]
  model: { provider: string; modelId: string; fallbackFrom?: string }
  /** The model's own counts, summed over the turn's model calls (one per tool round). */
  reported?: TokenUsage
  stopReason?: StopReason
  /** `performance.now()` values: when the turn started and when its first text came. */
  startedAt: number
  firstTextAt?: number
  /** The estimated tokens of what was sent, for a model that reports no usage. */
  inputEstimate: number
}

/** Why a turn ended badly: shown to the user, so short and free of secrets. */
export function failureOf(error: unknown, aborted: boolean): { code: string; message: string } {
  if (aborted)
    return { code: 'client.disconnected', message: 'The client disconnected before the end.' }
  if (isDomainError(error)) return { code: error.code, message: error.message.slice(0, 300) }
  return { code: 'internal.error', message: 'The model failed to answer.' }
}

/**
 * Usage as recorded: the model's own counts, else estimates when it streamed text (it read the
 * input), else zeros; latency, time to first text, and cost from the price table.
 */
export function usageOf(ports: Pick<ChatPorts, 'chat'>, turn: TurnState): MessageUsage {
  const tokens = turn.reported ?? {
    inputTokens: turn.text ? turn.inputEstimate : 0,
    outputTokens: estimateTokens(turn.text),
  }
  const costUsd = costOf(turn.model.provider, turn.model.modelId, tokens, ports.chat.prices)
  return {
    ...tokens,
    latencyMs: Math.round(performance.now() - turn.startedAt),
    ...(turn.firstTextAt === undefined
      ? {}
      : { timeToFirstTokenMs: Math.round(turn.firstTextAt - turn.startedAt) }),
    ...(costUsd === undefined ? {} : { costUsd }),
  }
}

/**
 * Saves the end of a turn: the assistant message's content, status, model, usage, citations,
 * tool calls and error; then the conversation moves to it (its active leaf, whatever the outcome,
 * so the user sees what happened and can regenerate; `streamTurn` moved it there as the turn
 * started, and sets it again in case the branch was switched meanwhile), takes its title from the first message while it
 * has the default one, and counts the new messages. `message.created` is the caller's to publish
 * (`publishAnswered`), once the client has the answer: subscribers need not delay it.
 */
export async function finishTurn(
  ports: Pick<ChatPorts, 'chat' | 'messages' | 'conversations' | 'events' | 'logger'>,
  input: {
    conversation: Conversation
    userMessage: Message
    addedMessages: number
    now: Date
    resolved?: Pick<ResolvedModel, 'profileId' | 'agentId'>
  },
  assistant: Message,
  turn: TurnState,
  outcome: { status: MessageStatus; error?: string },
): Promise<Message> {
  const { conversation } = input
  const { workspaceId, id } = conversation
  const usage = usageOf(ports, turn)
  const saved = await ports.messages.update(workspaceId, id, assistant.id, {
    content: turn.text,
    status: outcome.status,
    model: turn.model,
    usage,
    ...(turn.stopReason ? { stopReason: turn.stopReason } : {}),
    ...(turn.citations.length > 0 ? { citations: turn.citations } : {}),
    ...(turn.toolCalls.length > 0 ? { toolCalls: turn.toolCalls } : {}),
    ...(outcome.error ? { error: outcome.error } : {}),
  })
  const title = titleFrom(input.userMessage.content)
  await ports.conversations.update(workspaceId, id, {
    activeLeafId: saved.id,
    ...(isDefaultTitle(conversation.title) && title ? { title } : {}),
  })
  await ports.conversations.touch(workspaceId, id, input.now, input.addedMessages)
  return saved
}

/** Publishes the `message.created` of an answer `finishTurn` saved (quietly: see `publishQuietly`). */
export function publishAnswered(
  ports: Pick<ChatPorts, 'chat' | 'events' | 'logger'>,
  input: Parameters<typeof finishTurn>[1],
  saved: Message,
  turn: TurnState,
): Promise<void> {
  const event = answered(input, saved, turn, saved.usage ?? usageOf(ports, turn))
  return publishQuietly(ports.events, event, ports.logger)
}

/** The `message.created` event of a finished answer. */
function answered(
  input: Parameters<typeof finishTurn>[1],
  saved: Message,
  turn: TurnState,
  usage: MessageUsage,
) {
  const { conversation, resolved } = input
  const profileId = resolved?.profileId ?? conversation.profileId
  const agentId = resolved?.agentId ?? conversation.agentId
  return platformEvent(
    'message.created',
    conversation.workspaceId,
    {
      conversationId: conversation.id,
      messageId: saved.id,
      userId: input.userMessage.userId ?? conversation.userId,
      status: saved.status,
      provider: turn.model.provider,
      modelId: turn.model.modelId,
      ...(profileId ? { profileId } : {}),
      ...(agentId ? { agentId } : {}),
      ...(saved.experiment ? { experiment: saved.experiment } : {}),
      ...usageData(usage),
      toolCalls: turn.toolCalls.map(({ name, isError, durationMs }) => ({
        name,
        isError,
        durationMs,
      })),
    },
    input.now,
  )
}

/** The usage part of a `message.created` event: tokens, cost (when known) and timings. */
export function usageData(usage: MessageUsage) {
  return {
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    ...(usage.costUsd === undefined ? {} : { costUsd: usage.costUsd }),
    latencyMs: usage.latencyMs ?? 0,
    ...(usage.timeToFirstTokenMs === undefined
      ? {}
      : { timeToFirstTokenMs: usage.timeToFirstTokenMs }),
  }
}
