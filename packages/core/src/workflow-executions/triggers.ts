import type { DocumentRecord } from '../ports/document-repository'
import type { PlatformEvents } from '../ports/platform-events'
import type {
  WorkflowEventName,
  WorkflowScheduleEntry,
  WorkflowTriggerStore,
} from '../ports/workflow-execution-repository'
import type { Workflow } from '../ports/workflow-repository'
import type { WorkflowTrigger } from '../workflows/definition'
import { nextRunOf } from '../workflows/schedule'
import type { WorkflowRunPorts } from './run-ports'
import { checkWorkflowInput, launchWorkflow } from './start-execution'

/** What the trigger functions report to their logs. */
export interface TriggerLog {
  warn(message: string, ...extra: Record<string, unknown>[]): void
}

/**
 * Makes the trigger index match a workflow's current definition (after a create or an edit);
 * `undefined` (a deleted workflow) removes its entries.
 */
export async function syncWorkflowTriggers(
  ports: { triggers: Pick<WorkflowTriggerStore, 'replaceTriggers'>; clock?: () => Date },
  workspaceId: string,
  workflowId: string,
  workflow: Pick<Workflow, 'definition'> | undefined,
): Promise<void> {
  const now = ports.clock?.() ?? new Date()
  const triggers = workflow?.definition.triggers ?? []
  const events = new Set<WorkflowEventName>()
  const schedules: WorkflowScheduleEntry[] = []
  triggers.forEach((trigger, index) => {
    if (trigger.type === 'event') events.add(trigger.event)
    else
      schedules.push({
        workspaceId,
        workflowId,
        index,
        cron: trigger.cron,
        timezone: trigger.timezone,
        nextRunAt: nextRunOf(trigger.cron, trigger.timezone, now).toISOString(),
      })
  })
  await ports.triggers.replaceTriggers(workspaceId, workflowId, { events: [...events], schedules })
}

/**
 * Starts every due scheduled workflow once: each due entry is claimed by moving it to its next
 * run (a concurrent tick loses the claim and skips it), then the workflow's current version runs
 * with the trigger's `input`. Runs missed while nothing ticked are not made up: one run, then
 * the next after `now`. An entry whose workflow or trigger is gone is dropped.
 */
export async function runDueWorkflowSchedules(
  ports: WorkflowRunPorts & { log?: TriggerLog },
  options: { now?: Date; limit?: number } = {},
): Promise<{ started: number; skipped: number }> {
  const now = options.now ?? ports.clock?.() ?? new Date()
  const due = await ports.triggers.dueSchedules(now.toISOString(), options.limit ?? 100)
  let started = 0
  let skipped = 0
  for (const entry of due) {
    const workflow = await ports.workflows.get(entry.workspaceId, entry.workflowId)
    const trigger = workflow?.definition.triggers?.[entry.index]
    if (!workflow || trigger?.type !== 'schedule' || trigger.cron !== entry.cron) {
      await syncWorkflowTriggers(ports, entry.workspaceId, entry.workflowId, workflow)
      skipped += 1
      continue
    }
    const next = nextRunOf(trigger.cron, trigger.timezone, now).toISOString()
    if (!(await ports.triggers.advanceSchedule(entry, next))) {
      skipped += 1
      continue
    }
    const ok = await launchTriggered(ports, workflow, trigger.input ?? {}, {
      type: 'schedule',
      cron: trigger.cron,
      scheduledAt: entry.nextRunAt,
    })
    if (ok) started += 1
    else skipped += 1
  }
  return { started, skipped }
}

/**
 * Starts the workflows of a ready document's workspace that subscribe to `document.ready`
 * (and, when their trigger names tags, only for a document with one of them). Each gets
 * `{ ...trigger.input, documentId, filename, tags }`. Resolves how many started; one workflow
 * failing to start does not stop the others.
 */
export async function startWorkflowsForEvent(
  ports: WorkflowRunPorts & { log?: TriggerLog },
  document: Pick<DocumentRecord, 'workspaceId' | 'id' | 'filename' | 'tags'>,
): Promise<number> {
  const ids = await ports.triggers.subscribers(document.workspaceId, 'document.ready')
  let started = 0
  for (const workflowId of ids) {
    const workflow = await ports.workflows.get(document.workspaceId, workflowId)
    const triggers = (workflow?.definition.triggers ?? []).filter(
      (trigger): trigger is Extract<WorkflowTrigger, { type: 'event' }> =>
        trigger.type === 'event' &&
        trigger.event === 'document.ready' &&
        (!trigger.tags?.length || trigger.tags.some((tag) => document.tags.includes(tag))),
    )
    if (!workflow) continue
    for (const trigger of triggers) {
      const input = {
        ...trigger.input,
        documentId: document.id,
        filename: document.filename,
        tags: document.tags,
      }
      const event = { type: 'event', event: 'document.ready', documentId: document.id } as const
      if (await launchTriggered(ports, workflow, input, event)) started += 1
    }
  }
  return started
}

async function launchTriggered(
  ports: WorkflowRunPorts & { log?: TriggerLog },
  workflow: Workflow,
  input: Record<string, unknown>,
  trigger: Parameters<typeof launchWorkflow>[1]['trigger'],
): Promise<boolean> {
  try {
    await launchWorkflow(ports, {
      workspaceId: workflow.workspaceId,
      key: { workflowId: workflow.id, version: workflow.version },
      definition: workflow.definition,
      name: workflow.name,
      input: checkWorkflowInput(workflow.definition, input),
      startedBy: workflow.createdBy,
      trigger,
    })
    return true
  } catch (error) {
    ports.log?.warn('a triggered workflow did not start', {
      workflowId: workflow.id,
      trigger: trigger.type,
      error: error instanceof Error ? error.message : String(error),
    })
    return false
  }
}

/**
 * The platform-event subscriber that starts event-triggered workflows: a `document.ready`
 * starts the workspace's workflows subscribed to it.
 */
export function workflowEventTriggers(
  ports: WorkflowRunPorts & { log?: TriggerLog },
): PlatformEvents {
  return {
    async publish(event) {
      if (event.type !== 'document.ready') return
      const { documentId, filename, tags } = event.data
      await startWorkflowsForEvent(ports, {
        workspaceId: event.workspaceId,
        id: documentId,
        filename,
        tags,
      })
    },
  }
}
