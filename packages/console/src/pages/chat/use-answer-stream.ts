// One answer being written: the events of the SSE stream folded into what the bubble shows.
import type { AnswerStreamEvent } from '@chatter/sdk'
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { Citation, Message } from './thread'

export interface LiveToolCall {
  id: string
  name: string
  arguments?: unknown
  content?: string
  isError?: boolean
  durationMs?: number
}

export interface LiveAnswer {
  conversationId: string
  /** The question as typed, shown until the server echoes it in `message.start`. */
  question?: string
  userMessage?: Message
  /** The answer being regenerated: hidden while its new sibling is written. */
  replaces?: string
  /**
   * An answer written by another request (another tab, before a reload), followed here from its
   * saved text on: closing the stream stops following it, not the model.
   */
  following?: boolean
  assistantId?: string
  content: string
  toolCalls: LiveToolCall[]
  citations: Citation[]
  error?: string
}

function fold(answer: LiveAnswer, event: AnswerStreamEvent): LiveAnswer {
  switch (event.event) {
    case 'message.start':
      return {
        ...answer,
        // A regeneration echoes the question it answers again: it is already on the path.
        userMessage: answer.replaces ? undefined : event.data.userMessage,
        assistantId: event.data.assistantMessage.id,
      }
    case 'delta':
      return { ...answer, content: answer.content + event.data.text }
    case 'citation':
      return { ...answer, citations: [...answer.citations, event.data] }
    case 'tool.call':
      return {
        ...answer,
        toolCalls: [
          ...answer.toolCalls,
          { id: event.data.id, name: event.data.name, arguments: event.data.arguments },
        ],
      }
    case 'tool.result': {
      const { id, content, isError, durationMs } = event.data
      return {
        ...answer,
        toolCalls: answer.toolCalls.map((call) =>
          call.id === id ? { ...call, content, isError, durationMs } : call,
        ),
      }
    }
    case 'error':
      return { ...answer, error: event.data.message }
    default:
      return answer
  }
}

/**
 * Runs one answer stream at a time. `settle` runs after the stream ends, fails or is stopped
 * (it reloads the saved messages); the live answer stays shown until it has, so nothing flickers.
 * A failure before the answer started (a refused message) is thrown to the caller.
 */
export function useAnswerStream(
  settle: (conversationId: string, assistantId?: string) => Promise<void>,
) {
  const [live, setLive] = useState<LiveAnswer>()
  const controller = useRef<AbortController>()
  useEffect(() => () => controller.current?.abort(), [])

  const run = useCallback(
    async (
      seed: Omit<LiveAnswer, 'content' | 'toolCalls' | 'citations'>,
      events: (signal: AbortSignal) => AsyncGenerator<AnswerStreamEvent>,
    ) => {
      const abort = new AbortController()
      controller.current = abort
      let answer: LiveAnswer = { ...seed, content: '', toolCalls: [], citations: [] }
      setLive(answer)
      let started = false
      try {
        for await (const event of events(abort.signal)) {
          started = true
          answer = fold(answer, event)
          setLive(answer)
        }
      } catch (error) {
        if (!abort.signal.aborted && !started) {
          setLive(undefined)
          throw error
        }
        // A stream cut after it started: the saved message says what happened.
      } finally {
        if (controller.current === abort) controller.current = undefined
      }
      if (started || abort.signal.aborted)
        await settle(seed.conversationId, answer.assistantId).catch(() => {})
      setLive(undefined)
    },
    [settle],
  )

  const stop = useCallback(() => controller.current?.abort(), [])
  return { live, streaming: live !== undefined, run, stop }
}
