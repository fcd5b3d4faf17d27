import { deleteAll } from './batch'
import type { ChatterTable } from './table'

const all = { pages: 'all', consistent: true } as const

/** Deletes an experiment's assignments, counters and ratings (found by key in its partitions). */
export async function deleteExperimentItems(
  table: ChatterTable,
  workspaceId: string,
  experimentId: string,
) {
  const { experimentAssignment, experimentCounter, experimentEventCounter, experimentRating } =
    table.entities
  const at = { workspaceId, experimentId }
  const [assignments, counters, events, ratings] = await Promise.all([
    experimentAssignment.query.byExperiment(at).go(all),
    experimentCounter.query.byExperiment(at).go(all),
    experimentEventCounter.query.byExperiment(at).go(all),
    experimentRating.query.byExperiment(at).go(all),
  ])
  await Promise.all([
    deleteAll(
      assignments.data.map(({ userId }) => ({ ...at, userId })),
      (batch) => experimentAssignment.delete(batch).go(),
    ),
    deleteAll(
      counters.data.map(({ variant }) => ({ ...at, variant })),
      (batch) => experimentCounter.delete(batch).go(),
    ),
    deleteAll(
      events.data.map(({ variant, name }) => ({ ...at, variant, name })),
      (batch) => experimentEventCounter.delete(batch).go(),
    ),
    deleteAll(
      ratings.data.map(({ messageId }) => ({ ...at, messageId })),
      (batch) => experimentRating.delete(batch).go(),
    ),
  ])
}

/**
 * Deletes every experiment of a workspace with its running slots, assignments, counters and
 * ratings (workspace deletion); resolves how many experiments went.
 */
export async function deleteWorkspaceExperiments(table: ChatterTable, workspaceId: string) {
  const { experiment, experimentSlot } = table.entities
  const [experiments, slots] = await Promise.all([
    experiment.query.byWorkspace({ workspaceId }).go(all),
    experimentSlot.query.byWorkspace({ workspaceId }).go(all),
  ])
  for (const { id } of experiments.data) await deleteExperimentItems(table, workspaceId, id)
  await deleteAll(
    slots.data.map(({ target }) => ({ workspaceId, target })),
    (batch) => experimentSlot.delete(batch).go(),
  )
  return deleteAll(
    experiments.data.map(({ id }) => ({ workspaceId, id })),
    (batch) => experiment.delete(batch).go(),
  )
}
