import type { Acting } from '../audit/acting'
import { actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import { newId } from '../ids/ids'
import type { AuditLog } from '../ports/audit-log'
import type { ChatModelResolver } from '../ports/chat-model'
import type {
  Experiment,
  ExperimentRepository,
  ExperimentSettings,
  ExperimentStatus,
  ExperimentTarget,
  ExperimentTransition,
  ExperimentVariant,
} from '../ports/experiment-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import {
  checkExperimentSettings,
  type ExperimentCheckPorts,
  experimentNotFound,
} from './experiment-rules'

export interface ExperimentWritePorts extends ExperimentCheckPorts {
  experiments: Pick<ExperimentRepository, 'create' | 'get' | 'update' | 'transition' | 'delete'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
  /** The runtime's models: starting checks that every variant's provider is offered here. */
  chat?: { models: ChatModelResolver }
}

export interface NewExperimentInput {
  name: string
  description?: string
  target?: ExperimentTarget
  variants: ExperimentVariant[]
  metric: string
}

/** Given fields replace the current ones; `null` clears the description. */
export interface ExperimentPatch {
  name?: string
  description?: string | null
  target?: ExperimentTarget
  variants?: ExperimentVariant[]
  metric?: string
}

type ExperimentAction =
  | 'experiment.created'
  | 'experiment.updated'
  | 'experiment.deleted'
  | 'experiment.started'
  | 'experiment.paused'
  | 'experiment.resumed'
  | 'experiment.completed'

async function audit(
  ports: ExperimentWritePorts,
  acting: Acting,
  action: ExperimentAction,
  experiment: Pick<Experiment, 'workspaceId' | 'id' | 'name'>,
  details?: Record<string, string | number>,
) {
  await recordAudit(ports.audit, acting, {
    workspaceId: experiment.workspaceId,
    action,
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'experiment', id: experiment.id, label: experiment.name },
    ...(details ? { details } : {}),
  })
}

const cleanTarget = (target: ExperimentTarget | undefined): ExperimentTarget => ({
  ...(target?.profileId ? { profileId: target.profileId } : {}),
  ...(target?.agentId ? { agentId: target.agentId } : {}),
})

const cleanVariants = (variants: ExperimentVariant[]): ExperimentVariant[] =>
  variants.map((v) => ({
    key: v.key,
    weight: v.weight,
    overrides: Object.fromEntries(
      Object.entries(v.overrides ?? {}).filter(([, value]) => value !== undefined),
    ),
  }))

/**
 * Creates an experiment as a draft (`write`), after checking its settings and references (422
 * listing every problem). The first variant is the control.
 * @example await createExperiment(deps, acting, { name: 'Haiku vs Sonnet', metric: 'feedback',
 *   variants: [{ key: 'control', weight: 1, overrides: {} },
 *              { key: 'haiku', weight: 1, overrides: { modelId: 'anthropic.claude-3-haiku' } }] })
 */
export async function createExperiment(
  ports: ExperimentWritePorts,
  acting: Acting,
  input: NewExperimentInput,
): Promise<Experiment> {
  assertPermission(acting.access, 'write')
  const workspaceId = acting.access.workspaceId
  const description = input.description?.trim() || undefined
  const settings: ExperimentSettings = {
    name: input.name.trim(),
    ...(description ? { description } : {}),
    target: cleanTarget(input.target),
    variants: cleanVariants(input.variants),
    metric: input.metric,
  }
  await checkExperimentSettings(ports, workspaceId, settings)
  const experiment = await ports.experiments.create({
    id: newId('exp'),
    workspaceId,
    ...settings,
    status: 'draft',
    createdBy: actorRef(acting),
  })
  await audit(ports, acting, 'experiment.created', experiment)
  return experiment
}

async function load(ports: ExperimentWritePorts, acting: Acting, experimentId: string) {
  const experiment = await ports.experiments.get(acting.access.workspaceId, experimentId)
  if (!experiment) throw experimentNotFound()
  return experiment
}

/**
 * Edits a draft (`write`): settings are frozen once it has started (409), so results always
 * describe one configuration. With `expectedVersion` a stale edit is a 409.
 */
export async function updateExperiment(
  ports: ExperimentWritePorts,
  acting: Acting,
  input: { experimentId: string; patch: ExperimentPatch; expectedVersion?: number },
): Promise<Experiment> {
  assertPermission(acting.access, 'write')
  const current = await load(ports, acting, input.experimentId)
  if (current.status !== 'draft')
    throw new DomainError(
      'resource.conflict',
      `The experiment is ${current.status}: only a draft can be edited. Create a new experiment to test other settings.`,
      { status: current.status },
    )
  if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
    throw new DomainError(
      'resource.conflict',
      `The experiment is at version ${current.version}, not ${input.expectedVersion}: someone changed it meanwhile.`,
      { currentVersion: current.version },
    )
  const { patch } = input
  const description =
    patch.description === undefined ? current.description : patch.description?.trim() || undefined
  const settings: ExperimentSettings = {
    name: (patch.name ?? current.name).trim(),
    ...(description ? { description } : {}),
    target: patch.target === undefined ? current.target : cleanTarget(patch.target),
    variants: patch.variants === undefined ? current.variants : cleanVariants(patch.variants),
    metric: patch.metric ?? current.metric,
  }
  await checkExperimentSettings(ports, current.workspaceId, settings)
  const updated = await ports.experiments.update(
    current.workspaceId,
    current.id,
    current.version,
    settings,
  )
  await audit(ports, acting, 'experiment.updated', updated, { version: updated.version })
  return updated
}

/** Deletes an experiment with its assignments and counters (`write`); a running one is a 409. */
export async function deleteExperiment(
  ports: ExperimentWritePorts,
  acting: Acting,
  input: { experimentId: string },
): Promise<{ deleted: { experimentId: string } }> {
  assertPermission(acting.access, 'write')
  const experiment = await load(ports, acting, input.experimentId)
  if (experiment.status === 'running')
    throw new DomainError(
      'resource.conflict',
      'The experiment is running: pause or complete it before deleting it.',
      { status: experiment.status },
    )
  if (!(await ports.experiments.delete(experiment.workspaceId, experiment.id)))
    throw experimentNotFound()
  await audit(ports, acting, 'experiment.deleted', experiment)
  return { deleted: { experimentId: experiment.id } }
}

export const experimentCommands = ['start', 'pause', 'resume', 'complete'] as const
export type ExperimentCommand = (typeof experimentCommands)[number]

/** Which status each command moves from, to, and what it does to the target's running slot. */
const lifecycle: Record<
  ExperimentCommand,
  { from: readonly ExperimentStatus[]; to: ExperimentStatus; action: ExperimentAction }
> = {
  start: { from: ['draft'], to: 'running', action: 'experiment.started' },
  pause: { from: ['running'], to: 'paused', action: 'experiment.paused' },
  resume: { from: ['paused'], to: 'running', action: 'experiment.resumed' },
  complete: { from: ['running', 'paused'], to: 'completed', action: 'experiment.completed' },
}

/**
 * Moves an experiment along its lifecycle (`write`): draft -start-> running -pause-> paused
 * -resume-> running; running or paused -complete-> completed (final). Any other move is a 409.
 * A target (profile/agent, or the whole workspace) has at most one running experiment: starting
 * or resuming while another runs on the same target is a 409 naming nothing secret. Starting
 * checks that every variant's provider is offered by this runtime (422).
 */
export async function changeExperimentStatus(
  ports: ExperimentWritePorts,
  acting: Acting,
  input: { experimentId: string; command: ExperimentCommand },
): Promise<Experiment> {
  assertPermission(acting.access, 'write')
  const experiment = await load(ports, acting, input.experimentId)
  const step = lifecycle[input.command]
  if (!step.from.includes(experiment.status))
    throw new DomainError(
      'resource.conflict',
      `A ${experiment.status} experiment cannot ${input.command}.`,
      { status: experiment.status },
    )
  if (input.command === 'start') checkProviders(ports, experiment)
  const now = acting.now.toISOString()
  const transition: ExperimentTransition = {
    status: step.to,
    slot: step.to === 'running' ? 'claim' : experiment.status === 'running' ? 'release' : 'keep',
    ...(input.command === 'start' ? { startedAt: now } : {}),
    ...(input.command === 'complete' ? { endedAt: now } : {}),
  }
  const changed = await ports.experiments.transition(
    experiment.workspaceId,
    experiment.id,
    experiment.version,
    transition,
  )
  await audit(ports, acting, step.action, changed)
  return changed
}

function checkProviders(ports: ExperimentWritePorts, experiment: Experiment) {
  if (!ports.chat) return
  const errors = experiment.variants.flatMap((variant, index) => {
    const { provider } = variant.overrides
    return provider && !ports.chat?.models.forProvider(provider)
      ? [
          {
            path: `variants.${index}.overrides.provider`,
            message: `"${provider}" is not configured here.`,
          },
        ]
      : []
  })
  if (errors.length > 0)
    throw new DomainError(
      'request.invalid',
      'A variant uses a model provider this deployment does not offer.',
      { errors },
    )
}
