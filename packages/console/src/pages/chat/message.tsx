import { RefreshCw, Sparkles, ThumbsDown, ThumbsUp } from 'lucide-preact'
import { Markdown } from '../../components/markdown'
import { BranchNav, Citations, CopyButton } from './message-parts'
import type { Citation, Message } from './thread'
import { ToolCallCard } from './tool-call-card'
import type { LiveToolCall } from './use-answer-stream'

/** What one bubble shows: a saved message, or the answer being written (`live`). */
export interface BubbleContent {
  role: Message['role']
  content: string
  status: Message['status'] | 'live'
  error?: string
  toolCalls: LiveToolCall[]
  citations: Citation[]
}

export const bubbleOf = (m: Message): BubbleContent => ({
  role: m.role,
  content: m.content,
  status: m.status,
  error: m.error,
  toolCalls: m.toolCalls ?? [],
  citations: m.citations ?? [],
})

export interface MessageActions {
  /** Another answer to the same question (only on the last answer). */
  onRegenerate?: () => void
  /** Show the branch of a sibling. */
  onBranch?: (messageId: string) => void
  onFeedback?: (rating: 'up' | 'down') => void
  onCite: (citation: Citation, number: number) => void
}

/** `[2]` markers of cited sources as small superscripts, matching the numbered chips below. */
const withCitationMarks = (text: string, count: number) =>
  count === 0
    ? text
    : text.replace(/\[(\d{1,2})\](?!\()/g, (mark, n: string) =>
        Number(n) >= 1 && Number(n) <= count ? `<sup class="chat-cite">${n}</sup>` : mark,
      )

function Notice({ bubble }: { bubble: BubbleContent }) {
  if (bubble.status === 'interrupted')
    return (
      <p class="chat-note chat-note-warn">
        Stopped before the end{bubble.error ? `: ${bubble.error}` : '.'}
      </p>
    )
  if (bubble.status === 'failed' || bubble.error)
    return (
      <p class="chat-note chat-note-bad" role="alert">
        {bubble.error ?? 'The answer failed.'}
      </p>
    )
  return null
}

/** One message of the conversation: the question as typed, the answer as markdown. */
export function MessageBubble(props: {
  bubble: BubbleContent
  message?: Message
  siblings?: Message[]
  actions: MessageActions
}) {
  const { bubble, message, actions } = props
  const live = bubble.status === 'live' || bubble.status === 'streaming'
  if (bubble.role === 'user')
    return (
      <article class="chat-message chat-user" aria-label="You said">
        <div class="chat-bubble">
          <p class="chat-user-text">{bubble.content}</p>
        </div>
        {message && props.siblings && (
          <div class="chat-actions">
            <BranchNav message={message} siblings={props.siblings} onBranch={actions.onBranch} />
          </div>
        )}
      </article>
    )
  const thinking = live && !bubble.content && bubble.toolCalls.length === 0 && !bubble.error
  const rating = message?.feedback?.rating
  return (
    <article
      class={live ? 'chat-message chat-assistant chat-live' : 'chat-message chat-assistant'}
      aria-label="Answer"
      aria-busy={live ? 'true' : undefined}
    >
      <div class="chat-avatar" aria-hidden="true">
        <Sparkles size={16} />
      </div>
      <div class="chat-answer">
        {bubble.toolCalls.length > 0 && (
          <div class="chat-tools">
            {bubble.toolCalls.map((call) => (
              <ToolCallCard key={call.id} call={call} />
            ))}
          </div>
        )}
        {thinking ? (
          <p class="chat-thinking">
            <span class="visually-hidden">Writing the answer</span>
            <span class="chat-dot" />
            <span class="chat-dot" />
            <span class="chat-dot" />
          </p>
        ) : (
          bubble.content && (
            <Markdown
              text={withCitationMarks(bubble.content, bubble.citations.length)}
              class={live ? 'chat-text chat-typing' : 'chat-text'}
            />
          )
        )}
        <Notice bubble={bubble} />
        <Citations citations={bubble.citations} onCite={actions.onCite} />
        {message && !live && (
          <div class="chat-actions">
            {props.siblings && (
              <BranchNav message={message} siblings={props.siblings} onBranch={actions.onBranch} />
            )}
            <CopyButton text={message.content} />
            {actions.onRegenerate && (
              <button
                type="button"
                class="chat-action"
                aria-label="Regenerate"
                title="Regenerate"
                onClick={actions.onRegenerate}
              >
                <RefreshCw aria-hidden="true" size={15} />
              </button>
            )}
            {actions.onFeedback && (
              <>
                <button
                  type="button"
                  class="chat-action"
                  aria-label="Good answer"
                  aria-pressed={rating === 'up'}
                  title="Good answer"
                  onClick={() => actions.onFeedback?.('up')}
                >
                  <ThumbsUp aria-hidden="true" size={15} />
                </button>
                <button
                  type="button"
                  class="chat-action"
                  aria-label="Bad answer"
                  aria-pressed={rating === 'down'}
                  title="Bad answer"
                  onClick={() => actions.onFeedback?.('down')}
                >
                  <ThumbsDown aria-hidden="true" size={15} />
                </button>
              </>
            )}
          </div>
        )}
      </div>
    </article>
  )
}
