import { DomainError, type FieldError } from '../errors'
import { type ProfileSettings, profileProviders } from '../ports/profile-repository'
import { variableNamePattern } from '../prompts/prompt-rules'
import { cleanDisplayName, displayNameProblem } from '../workspaces/display-name'

/** The bounds of a profile's settings, shared by the use cases and the API's schemas. */
export const profileLimits = {
  maxTokens: 200_000,
  systemPromptLength: 20_000,
  topK: 50,
  fallbacks: 5,
  modelIdLength: 256,
  systemPromptVariables: 50,
} as const

/**
 * What a model id may look like: visible ASCII without spaces. Wide enough for Bedrock ids and
 * ARNs (`anthropic.claude-3-5-sonnet-20240620-v1:0`, `arn:aws:bedrock:...`), Ollama tags
 * (`llama3.1:8b`) and Hugging Face names (`meta-llama/Llama-3.1-8B-Instruct`).
 */
export const modelIdPattern = /^[\x21-\x7e]{1,256}$/

/** The settings a new profile gets for whatever its creator leaves out. */
export const profileDefaults = {
  temperature: 0.7,
  topP: 0.9,
  maxTokens: 1024,
  systemPrompt: '',
  retrieval: { enabled: false, topK: 5 },
  fallbackModelIds: [],
} as const satisfies Partial<ProfileSettings>

// Newlines and tabs belong in prompts; other control characters and lone surrogates do not, and
// the invisible tag characters are how hidden instructions get smuggled past a reader.
const promptForbidden = /(?![\t\n\r])[\p{Cc}\p{Cs}\u{e0000}-\u{e007f}]/u

const inRange = (value: number, min: number, max: number) =>
  Number.isFinite(value) && value >= min && value <= max

type Checks = [path: string, problem: string | false | undefined][]

const errorsOf = (checks: Checks): FieldError[] =>
  checks.flatMap(([path, problem]) => (problem ? [{ path, message: problem }] : []))

/** Why `id` is not an acceptable model id, or undefined when it is. */
export const modelIdProblem = (id: string): string | undefined =>
  modelIdPattern.test(id)
    ? undefined
    : `Give a model id of 1-${profileLimits.modelIdLength} visible ASCII characters, without spaces.`

/** Why `prompt` is not an acceptable system prompt, or undefined when it is. */
export function systemPromptProblem(prompt: string): string | undefined {
  if ([...prompt].length > profileLimits.systemPromptLength)
    return `Keep the system prompt to ${profileLimits.systemPromptLength} characters.`
  if (promptForbidden.test(prompt))
    return 'The system prompt contains control characters, lone surrogates or invisible tag characters.'
  return undefined
}

/** Every problem with a complete set of settings, by field path (empty when they are fine). */
export function profileSettingsProblems(settings: ProfileSettings): FieldError[] {
  const { retrieval, fallbackModelIds: fallbacks } = settings
  const checks: Checks = [
    ['name', displayNameProblem(settings.name)],
    ['provider', !profileProviders.includes(settings.provider) && 'Unknown provider.'],
    ['modelId', modelIdProblem(settings.modelId)],
    ['temperature', !inRange(settings.temperature, 0, 1) && 'Give a temperature from 0 to 1.'],
    ['topP', !inRange(settings.topP, 0, 1) && 'Give a topP from 0 to 1.'],
    [
      'maxTokens',
      !(
        Number.isInteger(settings.maxTokens) &&
        inRange(settings.maxTokens, 1, profileLimits.maxTokens)
      ) && `Give maxTokens as a whole number from 1 to ${profileLimits.maxTokens}.`,
    ],
    ['systemPrompt', systemPromptProblem(settings.systemPrompt)],
    [
      'retrieval.topK',
      !(Number.isInteger(retrieval.topK) && inRange(retrieval.topK, 1, profileLimits.topK)) &&
        `Give retrieval.topK as a whole number from 1 to ${profileLimits.topK}.`,
    ],
    [
      'retrieval.minScore',
      retrieval.minScore !== undefined &&
        !inRange(retrieval.minScore, 0, 1) &&
        'Give retrieval.minScore from 0 to 1.',
    ],
    [
      'fallbackModelIds',
      fallbacks.length > profileLimits.fallbacks
        ? `Give at most ${profileLimits.fallbacks} fallback models.`
        : new Set(fallbacks).size !== fallbacks.length
          ? 'Each fallback model may appear only once.'
          : fallbacks.includes(settings.modelId) &&
            'The profile’s own model cannot also be its fallback.',
    ],
    ...fallbacks.map(
      (id, i) => [`fallbackModelIds.${i}`, modelIdProblem(id)] as [string, string | undefined],
    ),
    ...templateChecks(settings),
  ]
  return errorsOf(checks)
}

/** A system prompt template and its values, as a profile or a conversation names them. */
export type SystemPromptTemplate = Pick<ProfileSettings, 'systemPromptId' | 'systemPromptVariables'>

/**
 * Every problem with the shape of a system prompt template reference, by field path: an id a
 * prompt could have, variables only beside an id, each named and valued as a prompt takes it.
 * Whether the prompt exists and renders is `checkSystemPromptTemplate`'s question.
 */
export const systemPromptTemplateProblems = (template: SystemPromptTemplate): FieldError[] =>
  errorsOf(templateChecks(template))

function templateChecks(template: SystemPromptTemplate): Checks {
  const { systemPromptId, systemPromptVariables: variables } = template
  const idCheck: Checks[number] = [
    'systemPromptId',
    systemPromptId !== undefined &&
      !/^[\x21-\x7e]{1,100}$/.test(systemPromptId) &&
      'Give the id of a prompt of this workspace.',
  ]
  if (variables === undefined) return [idCheck]
  const entries = Object.entries(variables)
  return [
    idCheck,
    [
      'systemPromptVariables',
      systemPromptId === undefined
        ? 'Give systemPromptVariables only with a systemPromptId.'
        : entries.length > profileLimits.systemPromptVariables &&
          `Give at most ${profileLimits.systemPromptVariables} system prompt variables.`,
    ],
    ...entries.map(
      ([name, value]) =>
        [
          `systemPromptVariables.${name}`,
          !variableNamePattern.test(name)
            ? 'Name a variable with a letter or "_" then up to 63 letters, digits or "_".'
            : typeof value === 'string'
              ? systemPromptProblem(value)
              : !['number', 'boolean'].includes(typeof value) &&
                'Give a string, number or boolean.',
        ] as Checks[number],
    ),
  ]
}

/**
 * The settings as stored (the name trimmed and NFC-normalised), or a 422 listing every problem
 * so a client can show each beside its field.
 */
export function checkedProfileSettings(settings: ProfileSettings): ProfileSettings {
  const errors = profileSettingsProblems(settings)
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The profile has invalid settings.',
      { errors },
    )
  return { ...settings, name: cleanDisplayName(settings.name) }
}

/** The 409 every profile store answers when asked to delete the default while others remain. */
export const defaultProfileInUse = () =>
  new DomainError(
    'resource.conflict',
    'This is the workspace’s default profile: make another profile the default first, then delete this one.',
  )
