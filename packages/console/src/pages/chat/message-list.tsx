import { MessageSquareText } from 'lucide-preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { type BubbleContent, bubbleOf, type MessageActions, MessageBubble } from './message'
import type { Citation, Message, Thread } from './thread'
import type { LiveAnswer } from './use-answer-stream'

const examples = [
  'Summarise the key points of our onboarding handbook',
  'Write a SQL query that counts orders per month',
  'Explain the difference between a process and a thread',
]

export function ChatEmpty({ onExample }: { onExample: (text: string) => void }) {
  return (
    <div class="chat-empty">
      <div class="chat-empty-mark" aria-hidden="true">
        <MessageSquareText size={28} />
      </div>
      <h2>What can I help with?</h2>
      <p class="muted">
        Ask a question, paste something to work on, or search your workspace’s documents.
      </p>
      <div class="chat-examples">
        {examples.map((text) => (
          <button key={text} type="button" class="chat-example" onClick={() => onExample(text)}>
            {text}
          </button>
        ))}
      </div>
    </div>
  )
}

interface Row {
  key: string
  bubble: BubbleContent
  message?: Message
}

/** The rows to show: the saved path, with the answer being written in place of what it replaces. */
function rowsOf(path: Message[], live: LiveAnswer | undefined): Row[] {
  const hidden = new Set([live?.replaces, live?.userMessage?.id, live?.assistantId])
  const rows: Row[] = path
    .filter((m) => !hidden.has(m.id))
    .map((m) => ({ key: m.id, bubble: bubbleOf(m), message: m }))
  if (!live) return rows
  const question = live.userMessage?.content ?? live.question
  if (question !== undefined && !live.replaces)
    rows.push({
      key: live.userMessage?.id ?? 'live-question',
      bubble: { role: 'user', content: question, status: 'complete', toolCalls: [], citations: [] },
    })
  rows.push({
    key: live.assistantId ?? 'live-answer',
    bubble: {
      role: 'assistant',
      content: live.content,
      status: 'live',
      error: live.error,
      toolCalls: live.toolCalls,
      citations: live.citations,
    },
  })
  return rows
}

/**
 * The conversation as a log: new messages are announced politely, the answer being written is
 * `aria-busy` so its every token is not. Follows the bottom while the reader is there.
 */
export function MessageList(props: {
  thread: Thread | undefined
  live: LiveAnswer | undefined
  canWrite: boolean
  onRegenerate: (message: Message) => void
  onBranch: (messageId: string) => void
  onFeedback: (message: Message, rating: 'up' | 'down') => void
  onCite: (citation: Citation, number: number) => void
}) {
  const { thread, live } = props
  const scroller = useRef<HTMLDivElement>(null)
  const atBottom = useRef(true)
  const rows = rowsOf(thread?.path ?? [], live)
  const lastAnswer = [...rows].reverse().find((r) => r.bubble.role === 'assistant')

  useLayoutEffect(() => {
    const element = scroller.current
    if (element && atBottom.current) element.scrollTop = element.scrollHeight
  })

  return (
    <div
      ref={scroller}
      class="chat-scroll"
      onScroll={(event) => {
        const e = event.currentTarget
        atBottom.current = e.scrollHeight - e.scrollTop - e.clientHeight < 80
      }}
    >
      <div class="chat-log" role="log" aria-live="polite" aria-label="Messages">
        {rows.map((row) => {
          const message = row.message
          const actions: MessageActions = { onCite: props.onCite }
          if (message && props.canWrite && !live) {
            actions.onBranch = props.onBranch
            if (message.role === 'assistant') {
              actions.onFeedback = (rating) => props.onFeedback(message, rating)
              if (row === lastAnswer) actions.onRegenerate = () => props.onRegenerate(message)
            }
          }
          return (
            <MessageBubble
              key={row.key}
              bubble={row.bubble}
              message={message}
              siblings={message ? thread?.siblings.get(message.id) : undefined}
              actions={actions}
            />
          )
        })}
      </div>
    </div>
  )
}
