import { EventSourceParserStream } from 'eventsource-parser/stream'
import type { components } from './schema'

type Message = components['schemas']['Message']

/** One event of an answer's SSE stream, as `POST .../messages` with `Accept: text/event-stream` sends it. */
export type AnswerStreamEvent = { id: string } & (
  | {
      event: 'message.start'
      data: { conversationId: string; userMessage: Message; assistantMessage: Message }
    }
  | { event: 'delta'; data: { text: string } }
  | {
      event: 'citation'
      data: { passageId: string; documentId: string; page?: number; score?: number }
    }
  | {
      event: 'tool.call'
      data: { id: string; name: string; arguments: unknown; source?: Record<string, unknown> }
    }
  | {
      event: 'tool.result'
      data: { id: string; name: string; content: string; isError: boolean; durationMs: number }
    }
  | {
      event: 'usage'
      data: Record<string, unknown> & { inputTokens: number; outputTokens: number }
    }
  | { event: 'error'; data: { code: string; message: string } }
  | { event: 'message.end'; data: { message: Message } }
)

/**
 * The events of an SSE response body, parsed as they arrive. Unknown event names are passed on
 * as they come (a newer server may send more), typed loosely.
 */
export async function* sseEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<AnswerStreamEvent> {
  const events = body
    // The DOM library types TextDecoderStream's input as BufferSource; the bytes fit either way.
    .pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>)
    .pipeThrough(new EventSourceParserStream())
  const reader = events.getReader()
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      yield {
        id: value.id ?? '',
        event: value.event ?? 'message',
        data: value.data ? JSON.parse(value.data) : {},
      } as AnswerStreamEvent
    }
  } finally {
    await reader.cancel().catch(() => {})
  }
}
