import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { Experiment, ExperimentRepository } from '../ports/experiment-repository'
import { assignVariant } from './assignment'
import { experimentEventName, experimentNotFound } from './experiment-rules'

type Reader = { experiments: Pick<ExperimentRepository, 'get'> }

/** An experiment of the current workspace (`read`). */
export async function getExperiment(
  ports: Reader,
  acting: Pick<Acting, 'access'>,
  input: { experimentId: string },
): Promise<Experiment> {
  assertPermission(acting.access, 'read')
  const experiment = await ports.experiments.get(acting.access.workspaceId, input.experimentId)
  if (!experiment) throw experimentNotFound()
  return experiment
}

/** The workspace's experiments, newest first (`read`). */
export function listExperiments(
  ports: { experiments: Pick<ExperimentRepository, 'list'> },
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<Experiment>> {
  assertPermission(acting.access, 'read')
  return ports.experiments.list(acting.access.workspaceId, page)
}

type Assigner = {
  experiments: Pick<ExperimentRepository, 'get' | 'assignment' | 'assign' | 'addCounters'>
}

/**
 * The caller's variant of an experiment (`read`): sticky, the weights' choice stored on first
 * use (`assignVariant`). A completed experiment assigns no one new: a caller never assigned
 * gets `variant: null`.
 */
export async function getExperimentAssignment(
  ports: Assigner,
  acting: Pick<Acting, 'access'>,
  input: { experimentId: string },
): Promise<{ experimentId: string; variant: string | null; control: boolean }> {
  const experiment = await getExperiment(ports, acting, input)
  const { userId } = acting.access.principal
  const variant =
    experiment.status === 'completed'
      ? ((await ports.experiments.assignment(experiment.workspaceId, experiment.id, userId)) ??
        null)
      : await assignVariant(ports, experiment, userId)
  return {
    experimentId: experiment.id,
    variant,
    control: variant !== null && variant === experiment.variants[0]?.key,
  }
}

/**
 * Counts a custom event (a conversion, a click) for the caller's variant (`write`), with an
 * optional value (an amount, a score). Only a running experiment takes events (409).
 */
export async function recordExperimentEvent(
  ports: Assigner,
  acting: Pick<Acting, 'access'>,
  input: { experimentId: string; name: string; value?: number },
): Promise<{ experimentId: string; variant: string; name: string; value?: number }> {
  assertPermission(acting.access, 'write')
  const experiment = await getExperiment(ports, acting, input)
  if (!experimentEventName.test(input.name))
    throw new DomainError('request.invalid', 'The event name is not valid.', {
      errors: [{ path: 'json.name', message: 'Use 1-64 letters, digits, ".", "_", ":" or "-".' }],
    })
  if (input.value !== undefined && !Number.isFinite(input.value))
    throw new DomainError('request.invalid', 'The value must be a finite number.', {
      errors: [{ path: 'json.value', message: 'A finite number.' }],
    })
  if (experiment.status !== 'running')
    throw new DomainError(
      'resource.conflict',
      `The experiment is ${experiment.status}: only a running experiment counts events.`,
      { status: experiment.status },
    )
  const variant = await assignVariant(ports, experiment, acting.access.principal.userId)
  await ports.experiments.addCounters(experiment.workspaceId, experiment.id, variant, {
    event: { name: input.name, ...(input.value === undefined ? {} : { value: input.value }) },
  })
  return {
    experimentId: experiment.id,
    variant,
    name: input.name,
    ...(input.value === undefined ? {} : { value: input.value }),
  }
}
