import { recordAgentTurn } from '../agents/metrics'
import type { Acting } from '../audit/acting'
import type { Conversation } from '../ports/conversation-repository'
import type { Message, MessageStatus } from '../ports/message-repository'
import type { AnswerEvent } from './answer-events'
import { type ChatPorts, tuningOf } from './chat-ports'
import { DeltaSaver } from './delta-saver'
import { failureOf, finishTurn, publishAnswered, type TurnState, usageOf } from './finish-turn'
import { fitContext } from './fit-context'
import { newMessageId } from './message-ids'
import { type EventSink, modelRounds } from './model-rounds'
import type { ResolvedModel } from './resolve-model'
import { retrievePassages, type TurnRetrieval } from './retrieve'
import { contextWindowOf, estimateMessageTokens, estimateTokens } from './token-budget'
import type { TurnTools } from './turn-tools'

export interface TurnInput {
  conversation: Conversation
  /** The turn to answer, already stored. */
  userMessage: Message
  resolved: ResolvedModel
  acting: Pick<Acting, 'access' | 'now'>
  /** How many messages this turn adds to the conversation's count (with the answer). */
  addedMessages: number
  /** `performance.now()` when the request began, for latency and time to first token. */
  startedAt: number
  /** Search the workspace's documents for the user message and give the model the passages. */
  retrieval?: TurnRetrieval
  /** The tools the model may call (`toolsFor`); none when absent. */
  tools?: TurnTools
  /** The user's preference: at most this many earlier messages, no memory (`fitContext`). */
  memoryWindow?: number
  /** Aborted when the client goes away: the model stops, the answer is saved `interrupted`. */
  signal?: AbortSignal
}

/**
 * Answers a stored user message, the steps `answer` and `regenerate` share:
 *
 * 1. Store the assistant message as `streaming` and emit `message.start` (before the context is
 *    built: a summary can take a while and the client should see its turn accepted at once).
 *    Meanwhile the conversation's active leaf moves to the answer, so the conversation read
 *    mid-answer (a second tab, a reload) shows the question and the streaming answer, which it
 *    can resume (`resumeStream`); a message sent meanwhile follows that answer. The move is
 *    awaited (alongside the document search) before the context: a failed move fails the turn like
 *    any other store failure.
 * 2. With `retrieval`, search the documents for the user message: the passages go to the model
 *    (which cites them), never into the stored message, and take their share of the window.
 *    A failed search is logged and the answer goes on without passages.
 * 3. Fit the context (`fitContext`), saving a new memory when older turns were summarized.
 * 4. Stream the model (`modelRounds`): `delta` and `citation` events, and with `tools` the
 *    rounds of `tool.call` / `tool.result` between its calls; deltas and tool events saved in
 *    batches for resumption (`DeltaSaver`).
 * 5. Save the outcome (`finishTurn`): complete; interrupted when the client left or the model
 *    broke off after some text; failed when it failed before any. Then `usage`, an `error` when
 *    the model failed, and `message.end` with the saved message, always the last event.
 * 6. Publish `message.created`, after the client has `message.end` (or left).
 */
export async function* streamTurn(ports: ChatPorts, input: TurnInput): AsyncGenerator<AnswerEvent> {
  const { conversation, userMessage, resolved, acting, signal } = input
  const tuning = tuningOf(ports)
  const { workspaceId, id: conversationId } = conversation
  const model = { provider: resolved.provider, modelId: resolved.modelId }
  const assistant = await ports.messages.create({
    id: newMessageId(acting.now),
    conversationId,
    workspaceId,
    parentId: userMessage.id,
    role: 'assistant',
    content: '',
    status: 'streaming',
    userId: acting.access.principal.userId,
    model,
    ...(resolved.experiment ? { experiment: resolved.experiment } : {}),
  })
  // Started now, awaited after `message.start` has gone out: the client waits on one write, not two.
  const leafMoved = ports.conversations
    .update(workspaceId, conversationId, { activeLeafId: assistant.id })
    .then(() => undefined)
  // Awaited below (or in `finally` when the consumer stops first): never an unhandled rejection.
  leafMoved.catch(() => {})
  const turn: TurnState = {
    text: '',
    citations: [],
    toolCalls: [],
    model,
    startedAt: input.startedAt,
    inputEstimate: 0,
  }
  const saver = new DeltaSaver(ports.messages, workspaceId, tuning)
  const finishInput = { ...input, now: acting.now }
  const finish = (status: MessageStatus, error?: string) =>
    finishTurn(ports, finishInput, assistant, turn, { status, ...(error ? { error } : {}) })
  let seq = 0
  let saved: Message | undefined
  try {
    yield {
      seq,
      type: 'message.start',
      data: { conversationId, userMessage, assistantMessage: assistant },
    }
    let failure: { code: string; message: string } | undefined
    try {
      const window = ports.chat.contextWindowTokens ?? contextWindowOf(resolved.modelId)
      // The search overlaps the leaf's move: the first words wait on neither twice.
      const [, passages] = await Promise.all([leafMoved, passagesFor(ports, input, window)])
      const passageTokens = passages.reduce((total, p) => total + estimateTokens(p.text), 0)
      const context = await fitContext(ports, {
        conversation,
        userMessage,
        resolved,
        window: window - passageTokens,
        ...(input.memoryWindow ? { memoryWindow: input.memoryWindow } : {}),
        ...(signal ? { signal } : {}),
      })
      if (context.memory)
        await ports.conversations.update(workspaceId, conversationId, { memory: context.memory })
      turn.inputEstimate =
        passageTokens +
        estimateTokens(context.system ?? '') +
        context.messages.reduce((total, m) => total + estimateMessageTokens(m), 0)
      const sink: EventSink = {
        next: () => ++seq,
        keep: (delta) => saver.add({ messageId: assistant.id, ...delta }),
      }
      yield* modelRounds(
        ports,
        {
          resolved,
          system: context.system,
          messages: context.messages,
          passages,
          ...(input.tools ? { tools: input.tools } : {}),
          ...(signal ? { signal } : {}),
          context: {
            workspaceId,
            conversationId,
            messageId: assistant.id,
            ...(resolved.agentId ? { agentId: resolved.agentId } : {}),
            now: () => new Date(),
          },
        },
        turn,
        sink,
      )
    } catch (error) {
      failure = failureOf(error, signal?.aborted === true)
    }
    await saver.flush()
    const status = !failure ? 'complete' : turn.text || signal?.aborted ? 'interrupted' : 'failed'
    const message = await finish(status, failure?.message)
    saved = message
    await recordAgentTurn(ports, {
      workspaceId,
      agentId: resolved.agentId,
      usage: message.usage ?? { inputTokens: 0, outputTokens: 0 },
      toolCalls: turn.toolCalls.length,
    })
    yield { seq: ++seq, type: 'usage', data: message.usage ?? usageOf(ports, turn) }
    if (failure && !signal?.aborted) yield { seq: ++seq, type: 'error', data: failure }
    yield { seq: ++seq, type: 'message.end', data: { message } }
  } finally {
    // The consumer stopped reading without aborting: the answer ends here, kept as far as it got.
    if (!saved) {
      // Settled before `finishTurn` moves the leaf too, so the two writes cannot cross.
      await leafMoved.catch((error: unknown) =>
        ports.logger?.warn('moving the active leaf to the answer failed', {
          error,
          conversationId,
          messageId: assistant.id,
        }),
      )
      await saver.flush()
      saved = await finish('interrupted', 'The answer stopped before it was complete.').catch(
        () => undefined,
      )
    }
    // Subscribers (usage counters, webhooks, experiments) never delay `message.end`; the
    // generator still awaits them before it ends, so a Lambda is not frozen before they are told.
    if (saved) await publishAnswered(ports, finishInput, saved, turn)
  }
}

/**
 * The passages of a turn with retrieval; none without. A failed search (a store down) is logged
 * and costs the answer its passages, not the answer itself; an abort still stops the turn.
 */
async function passagesFor(ports: ChatPorts, input: TurnInput, window: number) {
  const { retrieval, acting, userMessage, signal } = input
  if (!retrieval || !ports.knowledge) return []
  try {
    return await retrievePassages(ports.knowledge, acting, retrieval, userMessage.content, {
      window,
      ...(signal ? { signal } : {}),
    })
  } catch (error) {
    signal?.throwIfAborted()
    ports.logger?.warn('retrieval failed; answering without passages', {
      error,
      conversationId: input.conversation.id,
      messageId: userMessage.id,
    })
    return []
  }
}
