import type { Logger } from '@aws-lambda-powertools/logger'
import type { ScheduledEvent } from 'aws-lambda'
import { withEventStack } from '../event-stack'

/** What one tick of the workflow trigger timer did. */
export interface WorkflowTriggerSummary {
  /** Executions started for schedules due at this tick. */
  started: number
  /** Due schedules not started (claimed by another tick, or their workflow is gone). */
  skipped: number
}

/**
 * The workflow trigger timer's target: starts every scheduled workflow due at the event's time.
 * The time comes from the event, not the clock, so a retried or late invocation claims the same
 * runs (each schedule is claimed once, so a retry starts nothing twice).
 */
export function createWorkflowTriggersHandler(deps: {
  logger: Logger
  runDueSchedules(now: Date): Promise<WorkflowTriggerSummary>
}) {
  const run = async (event: Pick<ScheduledEvent, 'time'>) => {
    const now = new Date(event.time)
    if (Number.isNaN(now.getTime()))
      throw new Error(`The schedule event has no valid time: ${event.time}`)
    const summary = await deps.runDueSchedules(now)
    deps.logger.info('scheduled workflows checked', { at: now.toISOString(), ...summary })
    return summary
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
