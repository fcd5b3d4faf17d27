import { normalizeTags } from '../documents/manage/tag-rules'
import { DomainError, type FieldError } from '../errors'
import { type PromptContent, type PromptVariable, promptVariableTypes } from '../ports'
import { templateVariables } from './render'

/** The bounds of a prompt, shared by the use cases and the API's schemas. */
export const promptLimits = {
  nameLength: 100,
  templateLength: 20_000,
  descriptionLength: 1000,
  categoryLength: 50,
  variables: 50,
  variableDescriptionLength: 500,
} as const

export const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

// As for a profile's system prompt: newlines and tabs belong in a template, other control
// characters, lone surrogates and the invisible tag characters do not.
const forbidden = /(?![\t\n\r])[\p{Cc}\p{Cs}\u{e0000}-\u{e007f}]/u

/** A variable as a caller gives it: the type defaults to string; `required` to "has no default". */
export interface PromptVariableInput {
  name: string
  type?: PromptVariable['type']
  default?: string | number | boolean
  required?: boolean
  description?: string
}

/** A prompt's content as a caller gives it, before checking and normalising. */
export interface PromptContentInput {
  name: string
  template: string
  variables?: PromptVariableInput[]
  description?: string
  category?: string
  tags?: string[]
}

const chars = (text: string) => [...text].length

function defaultProblem(variable: PromptVariableInput, type: PromptVariable['type']) {
  const value = variable.default
  if (value === undefined) return undefined
  if (variable.required === true)
    return 'A required variable takes no default: drop the default or make it optional.'
  if (type === 'number' && !(typeof value === 'number' && Number.isFinite(value)))
    return 'The default of a number variable must be a number.'
  if (type !== 'number' && typeof value !== type)
    return `The default of a ${type} variable must be a ${type}.`
  return undefined
}

function variableProblems(variables: PromptVariableInput[], used: string[]): FieldError[] {
  const problems: FieldError[] = []
  const add = (path: string, message: string | false | undefined) => {
    if (message) problems.push({ path, message })
  }
  if (variables.length > promptLimits.variables)
    add('variables', `Declare at most ${promptLimits.variables} variables.`)
  const seen = new Set<string>()
  variables.forEach((variable, i) => {
    const type = variable.type ?? 'string'
    add(
      `variables.${i}.name`,
      !variableNamePattern.test(variable.name)
        ? 'Name a variable with a letter or "_" then up to 63 letters, digits or "_".'
        : seen.has(variable.name) && `The variable "${variable.name}" is declared twice.`,
    )
    seen.add(variable.name)
    add(
      `variables.${i}.type`,
      !promptVariableTypes.includes(type) &&
        `Give a type of ${promptVariableTypes.map((t) => `"${t}"`).join(', ')}.`,
    )
    if (promptVariableTypes.includes(type))
      add(`variables.${i}.default`, defaultProblem(variable, type))
    add(
      `variables.${i}.description`,
      variable.description !== undefined &&
        chars(variable.description) > promptLimits.variableDescriptionLength &&
        `Keep a variable's description to ${promptLimits.variableDescriptionLength} characters.`,
    )
    if (variableNamePattern.test(variable.name) && !used.includes(variable.name))
      add(
        `variables.${i}.name`,
        `The template never uses "{{${variable.name}}}": use it or drop the variable.`,
      )
  })
  for (const name of used)
    if (!seen.has(name))
      add(
        'template',
        variableNamePattern.test(name)
          ? `The template uses "{{${name}}}" but declares no variable "${name}".`
          : `"{{${name}}}" is not a valid placeholder: name it with a letter or "_" then letters, digits or "_" (write \\{{ for a literal "{{").`,
      )
  return problems
}

/**
 * Checks a prompt's content and answers it as stored (name, description and category trimmed,
 * tags normalised like document tags, variables with their type and `required` filled in), or
 * a 422 naming every problem: every placeholder must be declared and every declared variable
 * used.
 */
export function checkedPromptContent(input: PromptContentInput): PromptContent {
  const name = input.name.trim()
  const description = input.description?.trim()
  const category = input.category?.trim()
  const variables = input.variables ?? []
  const errors: FieldError[] = []
  const add = (path: string, message: string | false | undefined) => {
    if (message) errors.push({ path, message })
  }
  add(
    'name',
    (chars(name) < 1 || chars(name) > promptLimits.nameLength) &&
      `Give a name of 1-${promptLimits.nameLength} characters.`,
  )
  add(
    'template',
    input.template.trim().length === 0 || chars(input.template) > promptLimits.templateLength
      ? `Give a template of 1-${promptLimits.templateLength} characters.`
      : forbidden.test(input.template) &&
          'The template contains control characters, lone surrogates or invisible tag characters.',
  )
  add(
    'description',
    description !== undefined &&
      chars(description) > promptLimits.descriptionLength &&
      `Keep the description to ${promptLimits.descriptionLength} characters.`,
  )
  add(
    'category',
    category !== undefined &&
      (chars(category) < 1 || chars(category) > promptLimits.categoryLength) &&
      `Give a category of 1-${promptLimits.categoryLength} characters.`,
  )
  errors.push(...variableProblems(variables, templateVariables(input.template)))
  let tags: string[] = []
  try {
    tags = normalizeTags(input.tags ?? [])
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    errors.push(...(error.details?.errors ?? []))
  }
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The prompt is invalid.',
      { errors },
    )
  return {
    name,
    template: input.template,
    variables: variables.map((variable) => ({
      name: variable.name,
      type: variable.type ?? 'string',
      required: variable.required ?? variable.default === undefined,
      ...(variable.default !== undefined ? { default: variable.default } : {}),
      ...(variable.description ? { description: variable.description } : {}),
    })),
    ...(description ? { description } : {}),
    ...(category ? { category } : {}),
    tags,
  }
}

/** A prompt's content alone, without its identity and counters. */
export const contentOf = (prompt: PromptContent): PromptContent => ({
  name: prompt.name,
  template: prompt.template,
  variables: prompt.variables,
  ...(prompt.description !== undefined ? { description: prompt.description } : {}),
  ...(prompt.category !== undefined ? { category: prompt.category } : {}),
  tags: prompt.tags,
})
