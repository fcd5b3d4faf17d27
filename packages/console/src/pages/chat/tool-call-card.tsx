import { CircleAlert, CircleCheck, LoaderCircle, Wrench } from 'lucide-preact'
import { formatDuration } from '../../format'
import type { LiveToolCall } from './use-answer-stream'

const pretty = (value: unknown) => {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value, null, 2)
}

/** One tool the answer called: collapsed to a line (name, state, time), open for the details. */
export function ToolCallCard({ call }: { call: LiveToolCall }) {
  const running = call.content === undefined
  const state = running ? 'running' : call.isError ? 'failed' : 'done'
  return (
    <details class={`chat-tool chat-tool-${state}`}>
      <summary>
        <Wrench aria-hidden="true" size={14} />
        <span class="chat-tool-name mono">{call.name}</span>
        <span class="chat-tool-state">
          {running ? (
            <>
              <LoaderCircle aria-hidden="true" size={14} class="chat-spin" /> Running
            </>
          ) : call.isError ? (
            <>
              <CircleAlert aria-hidden="true" size={14} /> Failed
            </>
          ) : (
            <>
              <CircleCheck aria-hidden="true" size={14} /> Done
            </>
          )}
          {call.durationMs !== undefined && ` · ${formatDuration(call.durationMs)}`}
        </span>
      </summary>
      <div class="chat-tool-body">
        <p class="chat-tool-label">Arguments</p>
        <pre>{pretty(call.arguments) || '(none)'}</pre>
        {!running && (
          <>
            <p class="chat-tool-label">{call.isError ? 'Error' : 'Result'}</p>
            <pre>{call.content || '(empty)'}</pre>
          </>
        )}
      </div>
    </details>
  )
}
