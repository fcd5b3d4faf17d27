import { DomainError, type FieldError } from '../errors'
import type { AgentRepository } from '../ports/agent-repository'
import { modelProviders } from '../ports/chat-model'
import type {
  ExperimentSettings,
  ExperimentTarget,
  ExperimentVariant,
} from '../ports/experiment-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import type { PromptRepository } from '../ports/prompt-repository'

export const experimentLimits = {
  nameLength: 100,
  descriptionLength: 1000,
  minVariants: 2,
  maxVariants: 6,
  maxWeight: 10_000,
  systemPromptLength: 20_000,
} as const

const variantKey = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/
/** A custom event name (and so a custom primary metric). */
export const experimentEventName = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/

/** The references a draft's settings are checked against. */
export interface ExperimentCheckPorts {
  profiles: Pick<ProfileRepository, 'get'>
  agents: Pick<AgentRepository, 'get'>
  prompts: Pick<PromptRepository, 'get'>
}

export const experimentNotFound = () =>
  new DomainError('resource.notFound', 'No such experiment in this workspace.')

/** The one running slot per target: `*` is the whole workspace. */
export function targetKey(target: ExperimentTarget): string {
  const parts = [
    ...(target.agentId ? [`agent:${target.agentId}`] : []),
    ...(target.profileId ? [`profile:${target.profileId}`] : []),
  ]
  return parts.length > 0 ? parts.join('|') : '*'
}

const chars = (text: string) => [...text].length

function variantProblems(variant: ExperimentVariant, at: string): FieldError[] {
  const errors: FieldError[] = []
  const { overrides } = variant
  if (!variantKey.test(variant.key))
    errors.push({ path: `${at}.key`, message: 'Use 1-40 letters, digits, "-" or "_".' })
  if (
    !Number.isInteger(variant.weight) ||
    variant.weight < 1 ||
    variant.weight > experimentLimits.maxWeight
  )
    errors.push({
      path: `${at}.weight`,
      message: `Give a whole number from 1 to ${experimentLimits.maxWeight}.`,
    })
  if (overrides.provider !== undefined && !modelProviders.includes(overrides.provider))
    errors.push({
      path: `${at}.overrides.provider`,
      message: `One of ${modelProviders.join(', ')}.`,
    })
  if (overrides.provider !== undefined && overrides.modelId === undefined)
    errors.push({
      path: `${at}.overrides.modelId`,
      message: 'A variant that changes the provider names the model too.',
    })
  if (
    overrides.modelId !== undefined &&
    (overrides.modelId.trim() === '' || overrides.modelId.length > 200)
  )
    errors.push({
      path: `${at}.overrides.modelId`,
      message: 'Give a model id of 1-200 characters.',
    })
  if (
    overrides.temperature !== undefined &&
    !(overrides.temperature >= 0 && overrides.temperature <= 2)
  )
    errors.push({ path: `${at}.overrides.temperature`, message: 'From 0 to 2.' })
  if (overrides.topP !== undefined && !(overrides.topP > 0 && overrides.topP <= 1))
    errors.push({ path: `${at}.overrides.topP`, message: 'Above 0, at most 1.' })
  if (
    overrides.maxTokens !== undefined &&
    !(
      Number.isInteger(overrides.maxTokens) &&
      overrides.maxTokens >= 1 &&
      overrides.maxTokens <= 200_000
    )
  )
    errors.push({ path: `${at}.overrides.maxTokens`, message: 'A whole number from 1 to 200000.' })
  if (overrides.promptId !== undefined && overrides.systemPrompt !== undefined)
    errors.push({
      path: `${at}.overrides.systemPrompt`,
      message: 'Give a prompt template or a system prompt, not both.',
    })
  if (
    overrides.systemPrompt !== undefined &&
    chars(overrides.systemPrompt) > experimentLimits.systemPromptLength
  )
    errors.push({
      path: `${at}.overrides.systemPrompt`,
      message: `Keep it to ${experimentLimits.systemPromptLength} characters.`,
    })
  return errors
}

/**
 * Every problem of a draft's settings at once (422 paths under `json.`): name, description,
 * 2-6 variants with unique keys and positive whole weights, overrides in range, a known metric,
 * and references (target profile and agent, variants' prompt templates) that exist in the
 * workspace.
 */
export async function checkExperimentSettings(
  ports: ExperimentCheckPorts,
  workspaceId: string,
  settings: ExperimentSettings,
): Promise<void> {
  const errors: FieldError[] = []
  const { name, description, target, variants, metric } = settings
  if (chars(name) < 1 || chars(name) > experimentLimits.nameLength)
    errors.push({
      path: 'json.name',
      message: `Give a name of 1-${experimentLimits.nameLength} characters.`,
    })
  if (description !== undefined && chars(description) > experimentLimits.descriptionLength)
    errors.push({
      path: 'json.description',
      message: `Keep the description to ${experimentLimits.descriptionLength} characters.`,
    })
  if (
    variants.length < experimentLimits.minVariants ||
    variants.length > experimentLimits.maxVariants
  )
    errors.push({
      path: 'json.variants',
      message: `Give ${experimentLimits.minVariants}-${experimentLimits.maxVariants} variants (the first is the control).`,
    })
  const seen = new Set<string>()
  variants.forEach((variant, index) => {
    const at = `json.variants.${index}`
    errors.push(...variantProblems(variant, at))
    if (seen.has(variant.key))
      errors.push({ path: `${at}.key`, message: 'Variant keys must differ.' })
    seen.add(variant.key)
  })
  if (!experimentEventName.test(metric))
    errors.push({
      path: 'json.metric',
      message:
        "'feedback', 'latency', 'tokens', 'cost' or a custom event name (letters, digits, . _ : -).",
    })
  if (target.profileId && !(await ports.profiles.get(workspaceId, target.profileId)))
    errors.push({ path: 'json.target.profileId', message: 'No such profile in this workspace.' })
  if (target.agentId && !(await ports.agents.get(workspaceId, target.agentId)))
    errors.push({ path: 'json.target.agentId', message: 'No such agent in this workspace.' })
  for (const [index, variant] of variants.entries()) {
    const { promptId } = variant.overrides
    if (promptId && !(await ports.prompts.get(workspaceId, promptId)))
      errors.push({
        path: `json.variants.${index}.overrides.promptId`,
        message: 'No such prompt in this workspace.',
      })
  }
  if (errors.length > 0)
    throw new DomainError('request.invalid', 'The experiment is not valid.', { errors })
}
