// Small form pieces of the settings page: fields that show their own error, and the API's
// field problems sorted by field.
import { ChatterApiError } from '@chatter/sdk'
import type { ComponentChildren, JSX } from 'preact'
import { useRef } from 'preact/hooks'

export type FieldErrors = Record<string, string>

/**
 * The API's 422 problems by field (`json.newPassword` -> `newPassword`), several messages of one
 * field joined; undefined when the error names no field.
 */
export function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ChatterApiError) || !error.problem.errors?.length) return undefined
  const errors: FieldErrors = {}
  for (const { path, message } of error.problem.errors) {
    const field = path.replace(/^json\./, '')
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message
  }
  return errors
}

/** The attributes tying a control to its hint and error (`aria-describedby`, `aria-invalid`). */
export interface Described {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean
}

/** A labelled control with a hint and, when given, its error (announced with the field). */
export function SettingsField(props: {
  label: string
  hint?: ComponentChildren
  error?: string
  children: (control: Described) => JSX.Element
}) {
  const id = useRef(`settings-${Math.random().toString(36).slice(2, 9)}`).current
  const described = [props.error && `${id}-error`, props.hint && `${id}-hint`]
    .filter(Boolean)
    .join(' ')
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(props.error ? { 'aria-invalid': true } : {}),
      })}
      {props.error && (
        <p id={`${id}-error`} class="settings-field-error">
          {props.error}
        </p>
      )}
      {props.hint && (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  )
}

/** A checkbox with its label and a line of explanation beside it. */
export function Toggle(props: {
  label: string
  hint: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const id = useRef(`settings-${Math.random().toString(36).slice(2, 9)}`).current
  return (
    <div class="settings-toggle">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <div>
        <label for={id}>{props.label}</label>
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      </div>
    </div>
  )
}

/** A card's title row: an icon, the h2 and one line saying what the section is for. */
export function CardHeader(props: {
  id: string
  title: string
  icon: JSX.Element
  children?: ComponentChildren
}) {
  return (
    <header class="settings-card-header">
      <span class="settings-card-icon" aria-hidden="true">
        {props.icon}
      </span>
      <div>
        <h2 id={props.id}>{props.title}</h2>
        {props.children && <p class="muted small">{props.children}</p>}
      </div>
    </header>
  )
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
/** A day as people read it ("Nov 21, 2026"): when someone joined needs no time of day. */
export const formatDate = (iso: string) => dateFormat.format(new Date(iso))
