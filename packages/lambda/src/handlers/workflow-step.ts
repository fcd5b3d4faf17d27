import type { Logger } from '@aws-lambda-powertools/logger'
import {
  executionIdOf,
  runWorkflowStep,
  type WorkflowExecutionRepository,
  type WorkflowStepPorts,
  workflowStepPayloadSchema,
} from '@chatter/core'
import type { Context } from 'aws-lambda'
import { withEventStack } from '../event-stack'

export type { WorkflowStepPayload, WorkflowStepPorts } from '@chatter/core'

/** How long before the Lambda's own timeout a step is told to stop, to fail with its name. */
export const stepStopMarginMs = 5_000

/**
 * Scopes a step by its `$$.Execution.Id` (the execution ARN), whose last `:`-segment is the
 * execution's id (`wfx_...`, also its Step Functions name).
 */
export const workspaceOfExecution =
  (executions: Pick<WorkflowExecutionRepository, 'workspaceOf'>) =>
  (executionArn: string): Promise<string | undefined> =>
    executions.workspaceOf(executionIdOf(executionArn))

/**
 * The one function behind every Task of every workflow state machine: runs the payload's node
 * (`runWorkflowStep`) and returns its output. A node still running shortly before the Lambda
 * times out is aborted, so it fails as `TransientError` instead of as a Lambda timeout. Errors
 * propagate with their `name`, which Step Functions matches in the compiled Retry and Catch.
 */
export function createWorkflowStepHandler(deps: {
  logger: Logger
  ports: WorkflowStepPorts
  stopMarginMs?: number
}) {
  const run = async (event: unknown, context?: Pick<Context, 'getRemainingTimeInMillis'>) => {
    const payload = workflowStepPayloadSchema.safeParse(event)
    if (payload.success)
      deps.logger.appendKeys({
        nodeId: payload.data.node.id,
        nodeType: payload.data.node.type,
        execution: payload.data.execution,
      })
    const remainingMs = context?.getRemainingTimeInMillis?.()
    const signal =
      remainingMs === undefined
        ? undefined
        : AbortSignal.timeout(Math.max(0, remainingMs - (deps.stopMarginMs ?? stepStopMarginMs)))
    try {
      return await runWorkflowStep(deps.ports, event, signal ? { signal } : {})
    } catch (error) {
      // Powertools logs an Error with its name, message and stack.
      deps.logger.warn('workflow step failed', error instanceof Error ? error : String(error))
      throw error
    }
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
