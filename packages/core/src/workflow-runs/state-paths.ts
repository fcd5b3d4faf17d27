import { workflowJsonPathPattern, workflowTemplatePlaceholder } from '../workflows/node-configs'

// Reading the execution state the way Step Functions' JSONPath mode does, for the restricted
// paths a workflow may contain: `$`, `.key`, `[0]` and `['key']` steps.

const step = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\['([^'\\]+)'\]/g

/** The value at `path` in `state`, or undefined when the path leads nowhere. */
export function readStatePath(state: unknown, path: string): unknown {
  if (!workflowJsonPathPattern.test(path)) return undefined
  let at: unknown = state
  for (const [, key, index, quoted] of path.slice(1).matchAll(step)) {
    if (at === null || typeof at !== 'object') return undefined
    const name = key ?? quoted
    at =
      index !== undefined
        ? Array.isArray(at)
          ? at[Number(index)]
          : undefined
        : (at as Record<string, unknown>)[name ?? '']
  }
  return at
}

/** A value as text in a template: strings as they are, missing as empty, the rest as JSON. */
export const stateText = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

/**
 * A template with `{{ $.path }}` placeholders filled from the state.
 * @example renderStateTemplate('Hi {{ $.input.name }}', { input: { name: 'Ada' } }) // 'Hi Ada'
 */
export const renderStateTemplate = (template: string, state: unknown): string =>
  template.replace(workflowTemplatePlaceholder, (_whole, path: string) =>
    stateText(readStatePath(state, path)),
  )

/** Every string inside `value` rendered as a template (tool arguments). */
export function renderStateValues(value: unknown, state: unknown): unknown {
  if (typeof value === 'string') return renderStateTemplate(value, state)
  if (Array.isArray(value)) return value.map((inner) => renderStateValues(inner, state))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, renderStateValues(inner, state)]),
    )
  return value
}

/** A transform's value: a JSONPath (`$...`) is read, anything else rendered as a template. */
export const transformValue = (value: string, state: unknown): unknown =>
  workflowJsonPathPattern.test(value)
    ? readStatePath(state, value)
    : renderStateTemplate(value, state)

/** `text` parsed as JSON when it is JSON, else undefined (fences of a chatty model removed). */
export function parseJsonText(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '')
  try {
    return JSON.parse(trimmed)
  } catch {
    return undefined
  }
}
