import { createHash } from 'node:crypto'
import type {
  Experiment,
  ExperimentRepository,
  ExperimentVariant,
} from '../ports/experiment-repository'

/**
 * A uniform number in [0, 1) from sha256(experimentId + ':' + userId): the first 52 bits of the
 * digest over 2^52, so the same user always lands in the same place of the same experiment,
 * and places in different experiments are independent.
 */
export function assignmentPoint(experimentId: string, userId: string): number {
  const digest = createHash('sha256').update(`${experimentId}:${userId}`).digest()
  // 52 bits fit a double exactly: 4 bytes, then 20 more bits.
  const high = digest.readUInt32BE(0)
  const low = digest.readUInt32BE(4) >>> 12
  return (high * 2 ** 20 + low) / 2 ** 52
}

/** The variant whose share of the weights holds `point`, in variant order. */
export function variantAt(variants: readonly ExperimentVariant[], point: number): string {
  const total = variants.reduce((sum, v) => sum + v.weight, 0)
  let edge = 0
  for (const variant of variants) {
    edge += variant.weight / total
    if (point < edge) return variant.key
  }
  return (variants[variants.length - 1] as ExperimentVariant).key
}

/** The variant the weights give a user (before any stored assignment is consulted). */
export const variantFor = (experiment: Pick<Experiment, 'id' | 'variants'>, userId: string) =>
  variantAt(experiment.variants, assignmentPoint(experiment.id, userId))

/**
 * The user's variant: the stored one, else the weights' choice, stored on first use so a later
 * change of weights never moves a user already assigned. A first assignment counts the user in
 * the variant's `users`. A stored variant the experiment no longer has (impossible once it ran,
 * since only drafts change) falls back to the weights.
 */
export async function assignVariant(
  ports: { experiments: Pick<ExperimentRepository, 'assignment' | 'assign' | 'addCounters'> },
  experiment: Pick<Experiment, 'id' | 'workspaceId' | 'variants'>,
  userId: string,
): Promise<string> {
  const { workspaceId, id } = experiment
  const stored = await ports.experiments.assignment(workspaceId, id, userId)
  if (stored && experiment.variants.some((v) => v.key === stored)) return stored
  const chosen = variantFor(experiment, userId)
  const { variant, created } = await ports.experiments.assign(workspaceId, id, userId, chosen)
  if (created) await ports.experiments.addCounters(workspaceId, id, variant, { users: 1 })
  return variant
}
