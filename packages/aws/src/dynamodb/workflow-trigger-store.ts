import {
  type WorkflowEventName,
  type WorkflowScheduleEntry,
  type WorkflowTriggerStore,
  workflowEventNames,
} from '@chatter/core'
import { deleteAll } from './batch'
import { isConditionFailure } from './errors'
import type { ChatterTable, WorkflowScheduleItem } from './table'

/**
 * The index of workflow triggers: an event subscription is an item in the partition of its
 * workspace and event (`subscribers` is one Query), a schedule entry an item in its workflow's
 * partition, also on gsi1's one `due` partition by `nextRunAt`, so the scheduler's tick reads
 * what is due with one Query. A run is claimed by moving `nextRunAt` on, conditional on the value
 * read, so two ticks never both start it.
 * @example const triggers = new DynamoWorkflowTriggerStore(createTable(document, tableName))
 */
export class DynamoWorkflowTriggerStore implements WorkflowTriggerStore {
  constructor(private readonly table: ChatterTable) {}

  /**
   * Writes the new entries first, then removes the ones no longer wanted, so a workflow that
   * keeps a trigger never misses an event or a tick in between (a workflow has at most ten).
   */
  async replaceTriggers(
    workspaceId: string,
    workflowId: string,
    triggers: { events: WorkflowEventName[]; schedules: WorkflowScheduleEntry[] },
  ): Promise<void> {
    const { workflowTrigger, workflowSchedule } = this.table.entities
    const events = new Set(triggers.events)
    const indexes = new Set(triggers.schedules.map((entry) => entry.index))
    const { data: current } = await workflowSchedule.query
      .byWorkflow({ workspaceId, workflowId })
      .go({ consistent: true, pages: 'all', attributes: ['index'] })
    await Promise.all([
      ...[...events].map((event) => workflowTrigger.put({ workspaceId, event, workflowId }).go()),
      ...triggers.schedules.map((entry) =>
        workflowSchedule.put(scheduleItem({ ...entry, workspaceId, workflowId })).go(),
      ),
    ])
    await Promise.all([
      deleteAll(
        workflowEventNames
          .filter((event) => !events.has(event))
          .map((event) => ({ workspaceId, event, workflowId })),
        (batch) => workflowTrigger.delete(batch).go(),
      ),
      deleteAll(
        current
          .filter(({ index }) => !indexes.has(index))
          .map(({ index }) => ({ workspaceId, workflowId, index })),
        (batch) => workflowSchedule.delete(batch).go(),
      ),
    ])
  }

  async subscribers(workspaceId: string, event: WorkflowEventName): Promise<string[]> {
    const { data } = await this.table.entities.workflowTrigger.query
      .byEvent({ workspaceId, event })
      .go({ consistent: true, pages: 'all', attributes: ['workflowId'] })
    return data.map(({ workflowId }) => workflowId)
  }

  async dueSchedules(now: string, limit: number): Promise<WorkflowScheduleEntry[]> {
    if (limit < 1) return []
    // The sort key goes on past `nextRunAt` (`...#workspaceid_...`), so `<= now` as a key
    // condition would miss entries due exactly now: query below the next millisecond instead.
    const time = Date.parse(now)
    if (Number.isNaN(time)) throw new Error(`Not an ISO time: ${now}`)
    const { data } = await this.table.entities.workflowSchedule.query
      .due({})
      .lt({ nextRunAt: new Date(time + 1).toISOString() })
      .go({ count: limit, limit })
    return data
      .filter((item) => Date.parse(item.nextRunAt) <= time)
      .slice(0, limit)
      .map(toEntry)
  }

  async advanceSchedule(entry: WorkflowScheduleEntry, next: string): Promise<boolean> {
    const { workspaceId, workflowId, index } = entry
    try {
      await this.table.entities.workflowSchedule
        .patch({ workspaceId, workflowId, index })
        .set({ nextRunAt: next })
        .where((item, { eq }) => eq(item.nextRunAt, entry.nextRunAt))
        .go()
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }
}

/**
 * Deletes a workspace's event subscriptions (a Query per event name) and schedule entries (its
 * gsi2 list, which cannot be read consistently: the use case deletes a workspace long after its
 * last workflow edit). Resolves how many entries went.
 */
export async function deleteWorkspaceWorkflowTriggers(table: ChatterTable, workspaceId: string) {
  const { workflowTrigger, workflowSchedule } = table.entities
  const [subscriptions, schedules] = await Promise.all([
    Promise.all(
      workflowEventNames.map((event) =>
        workflowTrigger.query
          .byEvent({ workspaceId, event })
          .go({ consistent: true, pages: 'all', attributes: ['workflowId', 'event'] }),
      ),
    ),
    workflowSchedule.query
      .byWorkspace({ workspaceId })
      .go({ pages: 'all', attributes: ['workflowId', 'index'] }),
  ])
  const counts = await Promise.all([
    deleteAll(
      subscriptions.flatMap(({ data }) =>
        data.map(({ event, workflowId }) => ({ workspaceId, event, workflowId })),
      ),
      (batch) => workflowTrigger.delete(batch).go(),
    ),
    deleteAll(
      schedules.data.map(({ workflowId, index }) => ({ workspaceId, workflowId, index })),
      (batch) => workflowSchedule.delete(batch).go(),
    ),
  ])
  return counts[0] + counts[1]
}

function scheduleItem(entry: WorkflowScheduleEntry) {
  const { workspaceId, workflowId, index, cron, timezone, nextRunAt } = entry
  return { workspaceId, workflowId, index, cron, timezone, nextRunAt }
}

function toEntry(item: WorkflowScheduleItem): WorkflowScheduleEntry {
  return scheduleItem(item)
}
