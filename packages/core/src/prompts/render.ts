import { DomainError, type FieldError } from '../errors'
import type { PromptRepository, PromptVariable } from '../ports'

/**
 * `{{ name }}` with optional whitespace inside the braces. `\{{` is the escape: it renders a
 * literal `{{` (the backslash is dropped) and starts no placeholder. Anything between the
 * braces that is not a valid variable name is still a placeholder, so that creating a prompt
 * can refuse it by name instead of silently printing it.
 */
const tokenPattern = /\\\{\{|\{\{\s*([^{}]*?)\s*\}\}/g

/**
 * The placeholder names of a template, in order of first use, each once.
 * @example templateVariables('Hi {{ name }}, {{topic}} and {{name}}') // ['name', 'topic']
 */
export function templateVariables(template: string): string[] {
  const names = new Set<string>()
  for (const match of template.matchAll(tokenPattern)) {
    const name = match[1]
    if (name !== undefined) names.add(name)
  }
  return [...names]
}

type Scalar = string | number | boolean

/** `raw` as a value of `type`, or undefined when it cannot be one. */
function coerce(type: PromptVariable['type'], raw: unknown): Scalar | undefined {
  switch (type) {
    case 'string':
      return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? String(raw)
        : undefined
    case 'number': {
      if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined
      if (typeof raw === 'string' && raw.trim() !== '') {
        const value = Number(raw)
        return Number.isFinite(value) ? value : undefined
      }
      return undefined
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw
      if (raw === 'true') return true
      if (raw === 'false') return false
      return undefined
  }
}

const article = (type: PromptVariable['type']) => (type === 'number' ? 'a number' : `a ${type}`)

/**
 * Fills a template's placeholders. Each value is coerced to its variable's declared type (a
 * number also from a numeric string, a boolean also from "true"/"false", a string from any
 * scalar); `null` or a missing value takes the default, an optional variable without one
 * renders as empty text. One 422 names every missing required variable, every value of the
 * wrong type and every value no variable declares (paths `variables.<name>`).
 * @example renderTemplate('Hi {{name}}', [{ name: 'name', type: 'string', required: true }], { name: 'Ada' }) // 'Hi Ada'
 */
export function renderTemplate(
  template: string,
  declared: PromptVariable[],
  values: Record<string, unknown>,
): string {
  const errors: FieldError[] = []
  const resolved = new Map<string, Scalar | undefined>()
  for (const variable of declared) {
    const raw = values[variable.name]
    if (raw === undefined || raw === null) {
      if (variable.required)
        errors.push({
          path: `variables.${variable.name}`,
          message: `Give a value for the required variable "${variable.name}".`,
        })
      resolved.set(variable.name, variable.default)
      continue
    }
    const value = coerce(variable.type, raw)
    if (value === undefined)
      errors.push({
        path: `variables.${variable.name}`,
        message: `The variable "${variable.name}" takes ${article(variable.type)}.`,
      })
    resolved.set(variable.name, value)
  }
  for (const name of Object.keys(values))
    if (!resolved.has(name))
      errors.push({
        path: `variables.${name}`,
        message: `The template declares no variable "${name}".`,
      })
  for (const name of templateVariables(template))
    if (!resolved.has(name))
      errors.push({
        path: 'template',
        message: `The template uses "{{${name}}}" but declares no such variable.`,
      })
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'Some template variables are invalid.',
      { errors },
    )
  return template.replace(tokenPattern, (_token, name: string | undefined) => {
    if (name === undefined) return '{{'
    const value = resolved.get(name)
    return value === undefined ? '' : String(value)
  })
}

/**
 * Renders a workspace's prompt at its current version, with its defaults and `values`, and
 * counts a use. A missing prompt is `resource.notFound`; bad values are a 422 as in
 * `renderTemplate`. Used for agent and profile system prompts.
 * @example await renderStoredPrompt({ prompts }, workspaceId, profile.settings.systemPromptId, profile.settings.systemPromptVariables)
 */
export async function renderStoredPrompt(
  ports: { prompts: Pick<PromptRepository, 'get' | 'countUse'> },
  workspaceId: string,
  promptId: string,
  values: Record<string, unknown> = {},
): Promise<string> {
  const prompt = await ports.prompts.get(workspaceId, promptId)
  if (!prompt) throw new DomainError('resource.notFound', 'No such prompt in this workspace.')
  const text = renderTemplate(prompt.template, prompt.variables, values)
  await ports.prompts.countUse(workspaceId, promptId)
  return text
}
