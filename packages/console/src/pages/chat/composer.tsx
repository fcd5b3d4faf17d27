import type { Schemas } from '@chatter/sdk'
import { ArrowUp, Square } from 'lucide-preact'
import type { RefObject } from 'preact'
import { useLayoutEffect } from 'preact/hooks'

export interface ComposerOptions {
  profileId: string
  retrieval: boolean
  tools: boolean
}

/**
 * The message box: Enter sends, Shift+Enter starts a new line; while an answer is written the
 * Send button becomes Stop (or waits, for an answer written elsewhere). Options sit under the
 * text: profile, documents, tools.
 */
export function Composer(props: {
  inputRef: RefObject<HTMLTextAreaElement>
  draft: string
  onDraft: (text: string) => void
  onSend: () => void
  /** Absent while an answer written elsewhere is shown: it cannot be stopped from here. */
  onStop?: () => void
  streaming: boolean
  disabled?: string
  profiles: Schemas['Profile'][]
  options: ComposerOptions
  onOptions: (options: ComposerOptions) => void
}) {
  const { options } = props
  // The box grows with its text, up to a third of the screen (then it scrolls).
  useLayoutEffect(() => {
    const box = props.inputRef.current
    if (!box) return
    box.style.height = 'auto'
    box.style.height = `${Math.min(box.scrollHeight, window.innerHeight / 3)}px`
  }, [props.draft])
  const canSend = !props.streaming && !props.disabled && props.draft.trim() !== ''
  return (
    <form
      class="chat-composer"
      onSubmit={(event) => {
        event.preventDefault()
        if (canSend) props.onSend()
      }}
    >
      <label for="chat-input" class="visually-hidden">
        Message
      </label>
      <textarea
        id="chat-input"
        ref={props.inputRef}
        rows={1}
        placeholder={props.disabled ?? 'Ask anything…'}
        title="Enter sends; Shift+Enter starts a new line"
        disabled={Boolean(props.disabled)}
        value={props.draft}
        onInput={(event) => props.onDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault()
            if (canSend) props.onSend()
          }
        }}
      />
      <div class="chat-composer-bar">
        <div class="chat-options">
          {props.profiles.length > 0 && (
            <select
              aria-label="Profile"
              class="chat-select"
              value={options.profileId}
              disabled={props.streaming}
              onChange={(e) => props.onOptions({ ...options, profileId: e.currentTarget.value })}
            >
              {props.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
          <label class="chat-toggle">
            <input
              type="checkbox"
              checked={options.retrieval}
              onChange={(e) => props.onOptions({ ...options, retrieval: e.currentTarget.checked })}
            />
            Search documents
          </label>
          <label class="chat-toggle">
            <input
              type="checkbox"
              checked={options.tools}
              onChange={(e) => props.onOptions({ ...options, tools: e.currentTarget.checked })}
            />
            Use tools
          </label>
        </div>
        {props.streaming && props.onStop ? (
          <button type="button" class="button chat-stop" onClick={props.onStop}>
            <Square aria-hidden="true" size={14} fill="currentColor" />
            Stop
          </button>
        ) : (
          <button
            type="submit"
            class="button primary chat-send"
            disabled={!canSend}
            title={props.streaming ? 'Wait for the answer being written' : undefined}
          >
            <ArrowUp aria-hidden="true" size={16} />
            Send
          </button>
        )}
      </div>
    </form>
  )
}
