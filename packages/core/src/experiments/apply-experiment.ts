import type { ResolvedModel } from '../chat/resolve-model'
import { isDomainError } from '../errors'
import type { ChatModelResolver } from '../ports/chat-model'
import type { Experiment, ExperimentRepository } from '../ports/experiment-repository'
import type { PromptRepository } from '../ports/prompt-repository'
import { renderStoredPrompt } from '../prompts/render'
import { assignVariant } from './assignment'

/** What applying an experiment to an answer needs (the chat engine's optional `experiments`). */
export interface ExperimentApplyPorts {
  experiments?: Pick<ExperimentRepository, 'running' | 'assignment' | 'assign' | 'addCounters'>
  chat: { models: ChatModelResolver }
  prompts?: Pick<PromptRepository, 'get' | 'countUse'>
  logger?: { warn(message: string, extra: Record<string, unknown>): void }
}

const specificity = (experiment: Experiment) =>
  (experiment.target.agentId ? 2 : 0) + (experiment.target.profileId ? 1 : 0)

/**
 * The running experiment an answer takes part in: one whose target matches the answer's agent
 * and profile (as resolved: the agent's, the conversation's or the workspace default), the most
 * specific when several match (agent and profile, then agent, then profile, then the whole
 * workspace), the earliest started on a tie.
 */
export function experimentFor(
  running: readonly Experiment[],
  resolved: Pick<ResolvedModel, 'agentId' | 'profileId'>,
): Experiment | undefined {
  return running
    .filter(
      ({ target }) =>
        (!target.agentId || target.agentId === resolved.agentId) &&
        (!target.profileId || target.profileId === resolved.profileId),
    )
    .sort(
      (a, b) =>
        specificity(b) - specificity(a) || (a.startedAt ?? '').localeCompare(b.startedAt ?? ''),
    )[0]
}

/**
 * Applies the running experiment that targets this answer, if any: the user's sticky variant
 * (`assignVariant`) lays its overrides over the resolved model (provider and model, which drop
 * the profile's fallbacks; temperature, topP, maxTokens; a prompt template rendered with its
 * defaults, or a system prompt text), and the answer records `experiment: { id, variant }`.
 * A variant whose provider this runtime does not offer (checked at start, so only after a
 * configuration change) or whose template no longer renders leaves the answer out of the
 * experiment, logged, rather than failing the user's message.
 */
export async function withExperiment(
  ports: ExperimentApplyPorts,
  workspaceId: string,
  userId: string,
  resolved: ResolvedModel,
): Promise<ResolvedModel> {
  if (!ports.experiments) return resolved
  const experiment = experimentFor(await ports.experiments.running(workspaceId), resolved)
  if (!experiment) return resolved
  const key = await assignVariant({ experiments: ports.experiments }, experiment, userId)
  const overrides = experiment.variants.find((v) => v.key === key)?.overrides ?? {}
  const skip = (reason: string) => {
    ports.logger?.warn('experiment not applied to this answer', {
      experimentId: experiment.id,
      variant: key,
      reason,
    })
    return resolved
  }
  const next: ResolvedModel = { ...resolved, experiment: { id: experiment.id, variant: key } }
  if (overrides.provider && overrides.provider !== resolved.provider) {
    const model = ports.chat.models.forProvider(overrides.provider)
    if (!model) return skip(`provider "${overrides.provider}" is not configured here`)
    next.model = model
    next.provider = overrides.provider
  }
  if (overrides.modelId !== undefined && overrides.modelId !== resolved.modelId) {
    next.modelId = overrides.modelId
    next.fallbackModelIds = []
  }
  if (overrides.temperature !== undefined) next.temperature = overrides.temperature
  if (overrides.topP !== undefined) next.topP = overrides.topP
  if (overrides.maxTokens !== undefined) next.maxTokens = overrides.maxTokens
  if (overrides.systemPrompt !== undefined) next.systemPrompt = overrides.systemPrompt
  if (overrides.promptId && ports.prompts) {
    try {
      next.systemPrompt = await renderStoredPrompt(
        { prompts: ports.prompts },
        workspaceId,
        overrides.promptId,
      )
    } catch (error) {
      if (!isDomainError(error)) throw error
      return skip(`prompt template: ${error.message}`)
    }
  }
  return next
}
