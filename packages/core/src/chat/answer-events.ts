import type { Message, MessageCitation, MessageUsage } from '../ports/message-repository'
import type { ToolSource } from '../ports/tools'

/** A tool the model called, announced before it runs. `source` is absent for an unknown name. */
export interface ToolCallEventData {
  id: string
  name: string
  arguments: unknown
  source?: ToolSource
}

/** What the tool returned (cut to `toolResultLimit` characters), after it ran. */
export interface ToolResultEventData {
  id: string
  name: string
  content: string
  isError: boolean
  durationMs: number
}

/**
 * What the answer engine emits, in this order: `message.start`, then `delta`s and `citation`s as
 * the model produces them, with a `tool.call` and then a `tool.result` for each tool the model
 * calls between its rounds, `usage`, and always `message.end` last (after an `error` when the
 * model failed). `seq` numbers every event of one assistant message, from 0 for
 * `message.start`, so `<assistantMessageId>:<seq>` is a resumable SSE event id; a saved delta
 * keeps its event's seq, so resuming after seq N replays exactly what followed event N.
 */
export type AnswerEvent = { seq: number } & (
  | {
      type: 'message.start'
      data: { conversationId: string; userMessage: Message; assistantMessage: Message }
    }
  | { type: 'delta'; data: { text: string } }
  | { type: 'citation'; data: MessageCitation }
  | { type: 'tool.call'; data: ToolCallEventData }
  | { type: 'tool.result'; data: ToolResultEventData }
  | { type: 'usage'; data: MessageUsage }
  | { type: 'error'; data: { code: string; message: string } }
  | { type: 'message.end'; data: { message: Message } }
)

export type AnswerEventType = AnswerEvent['type']

export const answerEventTypes = [
  'message.start',
  'delta',
  'citation',
  'tool.call',
  'tool.result',
  'usage',
  'error',
  'message.end',
] as const satisfies readonly AnswerEventType[]

/** Both messages of a finished turn: the JSON answer of the messages routes. */
export interface AnsweredTurn {
  userMessage: Message
  assistantMessage: Message
}

/**
 * Runs an answer to its end and returns both messages (the assistant one as saved: complete,
 * or interrupted or failed with its `error`).
 * @example const { assistantMessage } = await collectAnswer(answer(ports, acting, input))
 */
export async function collectAnswer(events: AsyncIterable<AnswerEvent>): Promise<AnsweredTurn> {
  let userMessage: Message | undefined
  let assistantMessage: Message | undefined
  for await (const event of events) {
    if (event.type === 'message.start') userMessage = event.data.userMessage
    if (event.type === 'message.end') assistantMessage = event.data.message
  }
  if (!userMessage || !assistantMessage) throw new Error('The answer ended without its messages.')
  return { userMessage, assistantMessage }
}
