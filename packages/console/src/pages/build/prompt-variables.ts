// A prompt's variables as the form edits them: found in the template, typed, maybe defaulted.
import type { Schemas } from '@chatter/sdk'

type Prompt = Schemas['Prompt']
export type VariableType = 'string' | 'number' | 'boolean'

/** One variable in the form; `fallback` '' means "no default" (so the variable is required). */
export interface VariableDraft {
  name: string
  type: VariableType
  fallback: string
}

// The API's own placeholder rule: `{{ name }}` with optional spaces, `\{{` a literal brace pair.
const tokenPattern = /\\\{\{|\{\{\s*([^{}]*?)\s*\}\}/g

/** The placeholder names of a template, in order of first use, each once. */
export function templateVariables(template: string): string[] {
  const names = new Set<string>()
  for (const match of template.matchAll(tokenPattern)) if (match[1]) names.add(match[1])
  return [...names]
}

/** The drafts for the template's placeholders, keeping what was already set for a name. */
export function draftsFor(template: string, previous: VariableDraft[]): VariableDraft[] {
  return templateVariables(template).map(
    (name) => previous.find((d) => d.name === name) ?? { name, type: 'string', fallback: '' },
  )
}

export function draftsOf(prompt: Prompt | undefined): VariableDraft[] {
  return (prompt?.variables ?? []).map((v) => ({
    name: v.name,
    type: v.type,
    fallback: v.default === undefined ? '' : String(v.default),
  }))
}

/** The drafts as the API takes them; a default that is not of its type goes as text, for the
 * API to name the problem. */
export function variablesOf(drafts: VariableDraft[]): Schemas['PromptVariable'][] {
  return drafts.map(({ name, type, fallback }) => {
    if (fallback === '') return { name, type }
    if (type === 'number' && Number.isFinite(Number(fallback)))
      return { name, type, default: Number(fallback) }
    if (type === 'boolean' && (fallback === 'true' || fallback === 'false'))
      return { name, type, default: fallback === 'true' }
    return { name, type, default: fallback }
  })
}

/** "a, b ,c" as ['a', 'b', 'c']. */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
