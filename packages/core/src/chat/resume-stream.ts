import { setTimeout as delay } from 'node:timers/promises'
import type { Acting } from '../audit/acting'
import { DomainError } from '../errors'
import type { Message, StreamDelta } from '../ports/message-repository'
import type { AnswerEvent } from './answer-events'
import { type ChatPorts, tuningOf } from './chat-ports'
import { loadMessage, loadMyConversation } from './my-conversation'

export interface ResumeInput {
  conversationId: string
  /** The assistant message whose stream dropped. */
  messageId: string
  /** The seq of the last event the client received (from `Last-Event-ID`); 0 replays all text. */
  afterSeq: number
  /** Aborted when the client goes away: polling stops. */
  signal?: AbortSignal
}

/**
 * Resumes a dropped answer stream (`read`, the caller's own conversation). Two steps, so a route
 * can answer a 404 before it starts streaming:
 *
 * 1. Awaiting it loads the conversation and the assistant message (404/422 thrown here).
 * 2. The stream it returns replays the saved deltas and tool events (`tool.call`,
 *    `tool.result`) after `afterSeq`, each under its original seq; while the answer is still `streaming` (written by another instance, say), it polls
 *    the store for new deltas every `pollIntervalMs` until the answer ends, then emits
 *    `message.end` with the saved message. Deltas expire (`deltaTtlSeconds`): an old answer
 *    resumes as `message.end` alone, whose message has the whole text. After `resumeTimeoutMs`
 *    of an answer still streaming it gives up with an `error` (`stream.timeout`), then
 *    `message.end` with the message as it stands.
 * @example
 * const events = await resumeStream(deps, acting, { conversationId, messageId, afterSeq: 12 })
 */
export async function resumeStream(
  ports: ChatPorts,
  acting: Acting,
  input: ResumeInput,
): Promise<AsyncGenerator<AnswerEvent>> {
  const conversation = await loadMyConversation(ports, acting, input.conversationId, 'read')
  const message = await loadMessage(ports, conversation, input.messageId)
  if (message.role !== 'assistant')
    throw new DomainError('request.invalid', 'Only an answer has a stream to resume.')
  return replay(ports, message, input)
}

async function* replay(
  ports: ChatPorts,
  first: Message,
  input: ResumeInput,
): AsyncGenerator<AnswerEvent> {
  const tuning = tuningOf(ports)
  const { workspaceId, conversationId, id } = first
  const deadline = performance.now() + tuning.resumeTimeoutMs
  let seq = input.afterSeq
  let message = first
  for (;;) {
    // The status is read before the deltas: an answer ends only after its last delta is saved,
    // so once a read says it ended, the deltas read next are all of them.
    const ended = message.status !== 'streaming'
    for (const delta of await ports.messages.deltasAfter(workspaceId, id, seq)) {
      seq = delta.seq
      yield replayed(delta)
    }
    if (ended) break
    if (performance.now() >= deadline) {
      const data = { code: 'stream.timeout', message: 'The answer is still being written.' }
      yield { seq: ++seq, type: 'error', data }
      break
    }
    try {
      await delay(tuning.pollIntervalMs, undefined, input.signal ? { signal: input.signal } : {})
    } catch {
      return
    }
    message = (await ports.messages.get(workspaceId, conversationId, id)) ?? message
  }
  yield { seq: seq + 1, type: 'message.end', data: { message } }
}

/** A saved delta as the event it was: answer text, or a tool event kept as its data's JSON. */
function replayed(delta: StreamDelta): AnswerEvent {
  const { seq, text } = delta
  if (delta.event === 'tool.call') return { seq, type: 'tool.call', data: JSON.parse(text) }
  if (delta.event === 'tool.result') return { seq, type: 'tool.result', data: JSON.parse(text) }
  return { seq, type: 'delta', data: { text } }
}
