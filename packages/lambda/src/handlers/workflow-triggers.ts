import type { Logger } from '@aws-lambda-powertools/logger'
import type { ExecutionDescription, ExecutionStatus } from '@chatter/core'
import type { EventBridgeEvent, ScheduledEvent } from 'aws-lambda'
import { withEventStack } from '../event-stack'

/** What one tick of the workflow trigger timer did. */
export interface WorkflowTriggerSummary {
  /** Executions started for schedules due at this tick. */
  started: number
  /** Due schedules not started (claimed by another tick, or their workflow is gone). */
  skipped: number
}

export const executionStatusChange = 'Step Functions Execution Status Change'

/** The detail of Step Functions' status-change event (times in epoch milliseconds). */
export interface ExecutionStatusChangeDetail {
  executionArn: string
  stateMachineArn: string
  name: string
  status: ExecutionStatus | 'PENDING_REDRIVE'
  startDate: number
  stopDate?: number | null
  input?: string | null
  /** Absent or null when over the event's size limit (`outputDetails.included` false). */
  output?: string | null
  outputDetails?: { included: boolean }
  error?: string | null
  cause?: string | null
}

export type WorkflowEvent =
  | Pick<ScheduledEvent, 'time'>
  | EventBridgeEvent<typeof executionStatusChange, ExecutionStatusChangeDetail>

const isStatusChange = (
  event: WorkflowEvent,
): event is EventBridgeEvent<typeof executionStatusChange, ExecutionStatusChangeDetail> =>
  'detail-type' in event && event['detail-type'] === executionStatusChange

/** The event's execution as `describe` would give it. */
export function descriptionOf(detail: ExecutionStatusChangeDetail): ExecutionDescription {
  const parse = (text: string | null | undefined) => (text ? JSON.parse(text) : undefined)
  const included = detail.outputDetails?.included !== false
  return {
    executionArn: detail.executionArn,
    name: detail.name,
    status: detail.status === 'PENDING_REDRIVE' ? 'FAILED' : detail.status,
    input: parse(detail.input),
    ...(included && detail.output ? { output: parse(detail.output) } : {}),
    ...(detail.error ? { error: detail.error } : {}),
    ...(detail.cause ? { cause: detail.cause } : {}),
    startedAt: new Date(detail.startDate).toISOString(),
    ...(detail.stopDate ? { stoppedAt: new Date(detail.stopDate).toISOString() } : {}),
  }
}

/**
 * The workflow events function: the trigger timer's target, which starts every scheduled
 * workflow due at the event's time, and the target of workflow state machines' status-change
 * events, which records how each execution ended. The tick's time comes from the event, not
 * the clock, so a retried or late invocation claims the same runs (each schedule is claimed
 * once, so a retry starts nothing twice); recording an end twice changes nothing.
 */
export function createWorkflowTriggersHandler(deps: {
  logger: Logger
  runDueSchedules(now: Date): Promise<WorkflowTriggerSummary>
  recordExecutionEnd?(description: ExecutionDescription): Promise<unknown>
}) {
  const run = async (event: WorkflowEvent) => {
    if (isStatusChange(event)) {
      const description = descriptionOf(event.detail)
      await deps.recordExecutionEnd?.(description)
      deps.logger.info('workflow execution ended', {
        executionArn: description.executionArn,
        status: description.status,
      })
      return { recorded: description.executionArn }
    }
    const now = new Date(event.time)
    if (Number.isNaN(now.getTime()))
      throw new Error(`The schedule event has no valid time: ${event.time}`)
    const summary = await deps.runDueSchedules(now)
    deps.logger.info('scheduled workflows checked', { at: now.toISOString(), ...summary })
    return summary
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
