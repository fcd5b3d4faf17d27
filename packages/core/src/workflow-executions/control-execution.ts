import type { Acting } from '../audit/acting'
import { actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError, isDomainError } from '../errors'
import type { WorkflowApproval, WorkflowExecution } from '../ports/workflow-execution-repository'
import {
  detailsOf,
  executionNotFound,
  finishWith,
  syncExecution,
  type WorkflowExecutionDetails,
} from './read-executions'
import type { WorkflowRunPorts } from './run-ports'

/** The error a rejected approval fails its node with: an `onError` path can catch it. */
export const approvalRejectedError = 'ApprovalRejected'

async function runningExecution(
  ports: WorkflowRunPorts,
  acting: Pick<Acting, 'access'>,
  executionId: string,
): Promise<WorkflowExecution> {
  const stored = await ports.executions.get(acting.access.workspaceId, executionId)
  if (!stored) throw executionNotFound()
  const execution = await syncExecution(ports, stored)
  if (execution.status !== 'RUNNING')
    throw new DomainError(
      'resource.conflict',
      `The execution already ended: ${execution.status}.`,
      {
        status: execution.status,
      },
    )
  return execution
}

/**
 * Cancels a RUNNING execution (`write`): Step Functions stops it (ABORTED), its pending
 * approvals are cancelled. 409 when it already ended.
 */
export async function cancelWorkflowExecution(
  ports: WorkflowRunPorts,
  acting: Acting,
  request: { executionId: string },
): Promise<WorkflowExecutionDetails> {
  assertPermission(acting.access, 'write')
  const execution = await runningExecution(ports, acting, request.executionId)
  const by = actorRef(acting)
  await ports.runner.stop(execution.executionArn, {
    error: 'Workflow.Cancelled',
    cause: `Cancelled by ${by}`,
  })
  const ended = await finishWith(ports, execution, {
    status: 'ABORTED',
    error: 'Workflow.Cancelled',
    cause: `Cancelled by ${by}`,
    stoppedAt: acting.now.toISOString(),
  })
  await recordAudit(ports.audit, acting, {
    workspaceId: execution.workspaceId,
    action: 'workflow.execution.cancelled',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'workflowExecution', id: execution.id, label: execution.workflowName },
  })
  return detailsOf(ports, ended)
}

export interface ApprovalDecision {
  executionId: string
  /** Which pending approval; may be left out while exactly one is pending. */
  approvalId?: string
  /** Default true; false rejects (the node fails with `ApprovalRejected`). */
  approved?: boolean
  comment?: string
}

/**
 * Decides a pending approval of a RUNNING execution (`write`): approving completes the waiting
 * node with `{ approved: true, approvedBy, comment, decidedAt }` as its output; rejecting fails
 * it with `ApprovalRejected` (its `onError` path, else the workflow fails). The decision is
 * stored first, so two approvers cannot both decide (409 for the second). 409 as well when
 * Step Functions no longer waits (the approval timed out).
 */
export async function decideWorkflowApproval(
  ports: WorkflowRunPorts,
  acting: Acting,
  request: ApprovalDecision,
): Promise<WorkflowExecutionDetails> {
  assertPermission(acting.access, 'write')
  const execution = await runningExecution(ports, acting, request.executionId)
  const approval = await pendingApproval(ports, execution, request.approvalId)
  const approved = request.approved ?? true
  const decidedAt = acting.now.toISOString()
  const decidedBy = actorRef(acting)
  const comment = request.comment?.trim() || undefined
  await ports.executions.decideApproval(execution.workspaceId, execution.id, approval.id, {
    status: approved ? 'approved' : 'rejected',
    decidedAt,
    decidedBy,
    ...(comment ? { comment } : {}),
  })
  try {
    if (approved)
      await ports.machines.sendTaskSuccess(approval.taskToken, {
        approved: true,
        approvedBy: decidedBy,
        decidedAt,
        ...(comment ? { comment } : {}),
      })
    else
      await ports.machines.sendTaskFailure(
        approval.taskToken,
        approvalRejectedError,
        comment ?? `Rejected by ${decidedBy}`,
      )
  } catch (error) {
    if (isDomainError(error) && error.code === 'resource.conflict') {
      await ports.executions.putApproval({
        ...approval,
        status: 'expired',
        decidedAt,
      })
      throw new DomainError(
        'resource.conflict',
        'The approval is no longer awaited: it timed out, or the execution ended.',
      )
    }
    // Step Functions did not hear it: put the approval back so it can be decided again.
    await ports.executions.putApproval(approval)
    throw error
  }
  await finishWaitingRun(ports, approval, approved, decidedAt, comment)
  await recordAudit(ports.audit, acting, {
    workspaceId: execution.workspaceId,
    action: 'workflow.approval.decided',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'workflowExecution', id: execution.id, label: execution.workflowName },
    details: { nodeId: approval.nodeId, approved },
  })
  return detailsOf(ports, execution)
}

async function pendingApproval(
  ports: WorkflowRunPorts,
  execution: WorkflowExecution,
  approvalId: string | undefined,
): Promise<WorkflowApproval> {
  const approvals = await ports.executions.listApprovals(execution.workspaceId, execution.id)
  if (approvalId !== undefined) {
    const named = approvals.find((approval) => approval.id === approvalId)
    if (!named) throw new DomainError('resource.notFound', 'No such approval in this execution.')
    if (named.status !== 'pending')
      throw new DomainError('resource.conflict', `The approval was already ${named.status}.`)
    if (named.expiresAt <= (ports.clock?.() ?? new Date()).toISOString())
      throw new DomainError('resource.conflict', 'The approval expired: its node timed out.')
    return named
  }
  const now = (ports.clock?.() ?? new Date()).toISOString()
  const pending = approvals.filter(
    (approval) => approval.status === 'pending' && approval.expiresAt > now,
  )
  const [only] = pending
  if (only && pending.length === 1) return only
  if (pending.length === 0)
    throw new DomainError('resource.conflict', 'Nothing in this execution waits for an approval.')
  throw new DomainError(
    'request.invalid',
    `${pending.length} approvals are pending: name one with approvalId.`,
    { errors: [{ path: 'json.approvalId', message: 'Name the approval to decide.' }] },
  )
}

/** The approval node's run: waited from its request until this decision. */
async function finishWaitingRun(
  ports: WorkflowRunPorts,
  approval: WorkflowApproval,
  approved: boolean,
  decidedAt: string,
  comment: string | undefined,
) {
  const runs = await ports.executions.listNodeRuns(approval.workspaceId, approval.executionId)
  const run = runs.find((candidate) => candidate.id === approval.nodeRunId)
  if (!run) return
  await ports.executions.putNodeRun({
    ...run,
    status: approved ? 'succeeded' : 'failed',
    finishedAt: decidedAt,
    durationMs: Math.max(0, Date.parse(decidedAt) - Date.parse(run.startedAt)),
    ...(approved
      ? { output: { approved: true, ...(comment ? { comment } : {}) } }
      : { error: { name: approvalRejectedError, message: comment ?? 'Rejected' } }),
  })
}
