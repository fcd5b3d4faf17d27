import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import { platformEvent, publishQuietly } from '../events/publish'
import type { Page, PageRequest } from '../pagination'
import type { ExecutionDescription } from '../ports/state-machine-runner'
import type {
  WorkflowApproval,
  WorkflowExecution,
  WorkflowExecutionFilter,
  WorkflowExecutionOutcome,
  WorkflowNodeRun,
} from '../ports/workflow-execution-repository'
import { executionIdOf, totalsOf } from '../workflow-runs/node-run-record'
import type { WorkflowRunPorts } from './run-ports'

/** An execution's output over this much JSON is not kept on its record (node runs have it). */
export const executionOutputLimitBytes = 100 * 1024

/** How long a RUNNING record may be unknown to Step Functions before it counts as lost. */
const startGraceMs = 60_000

/** An approval as clients see it: never its task token. */
export type WorkflowApprovalView = Omit<WorkflowApproval, 'taskToken'>

/** An execution with what it did: node runs, approvals, tokens and cost. */
export interface WorkflowExecutionDetails extends WorkflowExecution {
  nodes: WorkflowNodeRun[]
  approvals: WorkflowApprovalView[]
  tokens: { input: number; output: number; total: number }
  /** Absent when a model's price is unknown. */
  costUsd?: number
}

export const executionNotFound = () =>
  new DomainError('resource.notFound', 'No such workflow execution in this workspace.')

export const approvalView = ({ taskToken: _token, ...approval }: WorkflowApproval) => approval

/** How an execution that Step Functions reports ended is recorded. */
export function outcomeOf(description: ExecutionDescription): WorkflowExecutionOutcome {
  const stoppedAt = description.stoppedAt ?? new Date().toISOString()
  const failure = {
    ...(description.error ? { error: description.error } : {}),
    ...(description.cause ? { cause: description.cause } : {}),
  }
  switch (description.status) {
    case 'SUCCEEDED': {
      const nodes = (description.output as { nodes?: unknown } | undefined)?.nodes ?? {}
      const kept = Buffer.byteLength(JSON.stringify(nodes)) <= executionOutputLimitBytes
      return {
        status: 'SUCCEEDED',
        ...(kept ? { output: nodes } : { outputTruncated: true }),
        stoppedAt,
      }
    }
    case 'TIMED_OUT':
      return {
        status: 'FAILED',
        error: 'States.Timeout',
        cause: description.cause ?? 'The workflow ran longer than its time limit.',
        stoppedAt,
      }
    case 'ABORTED':
      return { status: 'ABORTED', ...failure, stoppedAt }
    default:
      return { status: 'FAILED', ...failure, stoppedAt }
  }
}

/**
 * Brings a RUNNING record up to date with Step Functions: an ended execution is recorded with
 * its outcome (and its pending approvals cancelled). One nobody knows any more (the local stack
 * restarted) is recorded FAILED. Anything else is returned as it is.
 */
export async function syncExecution(
  ports: WorkflowRunPorts,
  execution: WorkflowExecution,
): Promise<WorkflowExecution> {
  if (execution.status !== 'RUNNING') return execution
  const now = ports.clock?.() ?? new Date()
  const description = await ports.runner.describe(execution.executionArn)
  let outcome: WorkflowExecutionOutcome | undefined
  if (description && description.status !== 'RUNNING') outcome = outcomeOf(description)
  else if (!description && now.getTime() - Date.parse(execution.startedAt) > startGraceMs)
    outcome = {
      status: 'FAILED',
      error: 'Workflow.Lost',
      cause: 'Step Functions no longer knows this execution (a local stack restarted meanwhile).',
      stoppedAt: now.toISOString(),
    }
  if (!outcome) return execution
  return finishWith(ports, execution, outcome)
}

/** Records an outcome (first one wins), cancels pending approvals, publishes the end. */
export async function finishWith(
  ports: Pick<WorkflowRunPorts, 'executions' | 'events'>,
  execution: Pick<WorkflowExecution, 'workspaceId' | 'id'> & Partial<WorkflowExecution>,
  outcome: WorkflowExecutionOutcome,
): Promise<WorkflowExecution> {
  const ended = await ports.executions.finish(execution.workspaceId, execution.id, outcome)
  await closeApprovals(ports, execution, outcome.stoppedAt)
  if (ended && ended.status !== 'RUNNING') await publishQuietly(ports.events, endEvent(ended))
  return ended ?? ({ ...execution, ...outcome } as WorkflowExecution)
}

/**
 * `workflow.succeeded` or `workflow.failed`. Its id follows from the execution, so the end
 * noticed twice (the status-change event and a read) is one event to every subscriber.
 */
function endEvent(execution: WorkflowExecution) {
  const what = {
    executionId: execution.id,
    ...(execution.workflowId ? { workflowId: execution.workflowId } : {}),
    ...(execution.templateId ? { templateId: execution.templateId } : {}),
    workflowName: execution.workflowName,
  }
  const at = new Date(execution.stoppedAt ?? Date.now())
  const event =
    execution.status === 'SUCCEEDED'
      ? platformEvent('workflow.succeeded', execution.workspaceId, what, at)
      : platformEvent(
          'workflow.failed',
          execution.workspaceId,
          {
            ...what,
            status: execution.status === 'ABORTED' ? 'ABORTED' : 'FAILED',
            ...(execution.error ? { error: execution.error } : {}),
          },
          at,
        )
  return { ...event, id: `evt_${execution.id}_end` }
}

/**
 * Records how an execution ended as Step Functions announces it (the "Execution Status
 * Change" event in AWS, the local runner's listener locally), so stored statuses are current
 * without anyone reading them. Executions that are not a workflow's (no record) are ignored;
 * an output the event left out (too large) is read from Step Functions.
 */
export async function recordExecutionEnd(
  ports: Pick<WorkflowRunPorts, 'executions' | 'runner' | 'events'>,
  description: ExecutionDescription,
): Promise<WorkflowExecution | undefined> {
  if (description.status === 'RUNNING') return undefined
  const id = executionIdOf(description.executionArn)
  const workspaceId = await ports.executions.workspaceOf(id)
  if (!workspaceId) return undefined
  const full =
    description.status === 'SUCCEEDED' && description.output === undefined
      ? ((await ports.runner.describe(description.executionArn)) ?? description)
      : description
  return finishWith(ports, { workspaceId, id }, outcomeOf(full))
}

/** Pending approvals of an ended execution can no longer be decided. */
export async function closeApprovals(
  ports: Pick<WorkflowRunPorts, 'executions'>,
  execution: Pick<WorkflowExecution, 'workspaceId' | 'id'>,
  at: string,
) {
  const approvals = await ports.executions.listApprovals(execution.workspaceId, execution.id)
  for (const approval of approvals.filter((a) => a.status === 'pending')) {
    await ports.executions
      .decideApproval(execution.workspaceId, execution.id, approval.id, {
        status: 'cancelled',
        decidedAt: at,
      })
      .catch(() => undefined) // decided meanwhile: that decision stands
  }
}

/**
 * An execution of the current workspace (`read`) with its node runs (outputs, durations,
 * tokens, cost) and approvals; a RUNNING one is first brought up to date with Step Functions.
 */
export async function getWorkflowExecution(
  ports: WorkflowRunPorts,
  acting: Pick<Acting, 'access'>,
  request: { executionId: string },
): Promise<WorkflowExecutionDetails> {
  assertPermission(acting.access, 'read')
  const stored = await ports.executions.get(acting.access.workspaceId, request.executionId)
  if (!stored) throw executionNotFound()
  return detailsOf(ports, await syncExecution(ports, stored))
}

export async function detailsOf(
  ports: WorkflowRunPorts,
  execution: WorkflowExecution,
): Promise<WorkflowExecutionDetails> {
  const [nodes, approvals] = await Promise.all([
    ports.executions.listNodeRuns(execution.workspaceId, execution.id),
    ports.executions.listApprovals(execution.workspaceId, execution.id),
  ])
  // Step Functions stopped waiting at `expiresAt` (the node's timeout), whatever is stored.
  const now = (ports.clock?.() ?? new Date()).toISOString()
  const views = approvals.map((approval) =>
    approval.status === 'pending' && approval.expiresAt <= now
      ? { ...approvalView(approval), status: 'expired' as const }
      : approvalView(approval),
  )
  return { ...execution, nodes, approvals: views, ...totalsOf(nodes) }
}

/**
 * The workspace's executions, newest first (`read`); `workflowId` narrows to one workflow (404
 * when it does not exist), `status` filters. RUNNING ones on the page are brought up to date.
 */
export async function listWorkflowExecutions(
  ports: WorkflowRunPorts,
  acting: Pick<Acting, 'access'>,
  request: WorkflowExecutionFilter & { page: PageRequest },
): Promise<Page<WorkflowExecution>> {
  assertPermission(acting.access, 'read')
  const workspaceId = acting.access.workspaceId
  if (request.workflowId && !(await ports.workflows.get(workspaceId, request.workflowId)))
    throw new DomainError('resource.notFound', 'No such workflow in this workspace.')
  const { page, ...filter } = request
  const found = await ports.executions.list(workspaceId, filter, page)
  const items = await Promise.all(found.items.map((item) => syncExecution(ports, item)))
  return { ...found, items }
}
