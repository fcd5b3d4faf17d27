import type { Page, PageRequest } from '../pagination'

/**
 * Where a workflow execution stands. Step Functions' TIMED_OUT is reported as FAILED with the
 * error `States.Timeout`, so a client has four states to handle.
 */
export type WorkflowExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED'

/** What started an execution. */
export type WorkflowExecutionTrigger =
  | { type: 'api' }
  | { type: 'schedule'; cron: string; scheduledAt: string }
  | { type: 'event'; event: WorkflowEventName; documentId?: string }

/** Events a workflow can be triggered by. */
export type WorkflowEventName = 'document.ready'
export const workflowEventNames = ['document.ready'] as const satisfies WorkflowEventName[]

/** One run of a saved workflow (at one version) or of a built-in template. */
export interface WorkflowExecution {
  /** `wfx_...`; also the Step Functions execution's name. */
  id: string
  workspaceId: string
  /** A saved workflow's id and the version that runs; absent for a template run. */
  workflowId?: string
  workflowVersion?: number
  /** A built-in template run directly. */
  templateId?: string
  /** The workflow's (or template's) name when it started. */
  workflowName: string
  status: WorkflowExecutionStatus
  input: unknown
  /** The final state's node outputs (`{ <nodeId>: output }`), once SUCCEEDED. */
  output?: unknown
  /** Set when the output was too large to keep; `output` is then absent. */
  outputTruncated?: boolean
  error?: string
  cause?: string
  /** A user id, `apiKey:<id>`, or the workflow's creator for a trigger. */
  startedBy: string
  trigger: WorkflowExecutionTrigger
  /** The state machine (ARN in AWS, local ARN locally) and the execution's ARN. */
  stateMachineArn: string
  executionArn: string
  startedAt: string
  stoppedAt?: string
}

/** How an execution ended, as `finish` records it. */
export interface WorkflowExecutionOutcome {
  status: Exclude<WorkflowExecutionStatus, 'RUNNING'>
  output?: unknown
  outputTruncated?: boolean
  error?: string
  cause?: string
  stoppedAt: string
}

/** Token counts of one node run (llm and agent nodes), and their cost when the price is known. */
export interface WorkflowNodeUsage {
  modelId: string
  inputTokens: number
  outputTokens: number
  costUsd?: number
}

/**
 * One invocation of the workflow-step function for a node: a retry is another run, a map
 * iteration has its `index`. An approval's run is `waiting` until it is decided.
 */
export interface WorkflowNodeRun {
  /** `wnr_...` */
  id: string
  workspaceId: string
  executionId: string
  nodeId: string
  nodeType: string
  status: 'succeeded' | 'failed' | 'waiting'
  /** The map iteration this run belongs to. */
  index?: number
  startedAt: string
  finishedAt?: string
  durationMs?: number
  /** The node's output (absent when over the size kept; see `outputTruncated`). */
  output?: unknown
  outputTruncated?: boolean
  error?: { name: string; message: string }
  usage?: WorkflowNodeUsage
}

/** A human decision an approval node waits for (through a Step Functions task token). */
export interface WorkflowApproval {
  /** `wfa_...` */
  id: string
  workspaceId: string
  executionId: string
  nodeId: string
  /** The node run that waits (finished when the approval is decided). */
  nodeRunId: string
  /** The node's message, rendered from the execution state. */
  message: string
  /** Never shown to clients. */
  taskToken: string
  status: 'pending' | 'approved' | 'rejected' | 'expired' | 'cancelled'
  requestedAt: string
  /** When Step Functions stops waiting (the node's timeoutSeconds). */
  expiresAt: string
  decidedAt?: string
  decidedBy?: string
  comment?: string
}

export interface WorkflowExecutionFilter {
  workflowId?: string
  status?: WorkflowExecutionStatus
}

/** Workflow executions, their node runs and approvals, per workspace. */
export interface WorkflowExecutionRepository {
  /** Stores a new execution (`resource.conflict` for a taken id). */
  create(execution: WorkflowExecution): Promise<void>
  get(workspaceId: string, id: string): Promise<WorkflowExecution | undefined>
  /** The workspace of an execution, by its id alone: how the workflow-step function scopes itself. */
  workspaceOf(id: string): Promise<string | undefined>
  /** Newest first; `workflowId` narrows to one workflow, `status` filters. */
  list(
    workspaceId: string,
    filter: WorkflowExecutionFilter,
    page: PageRequest,
  ): Promise<Page<WorkflowExecution>>
  /**
   * Records how a RUNNING execution ended. Only the first outcome counts: resolves the execution
   * as stored afterwards (the earlier outcome if it had already ended), `undefined` if none.
   */
  finish(
    workspaceId: string,
    id: string,
    outcome: WorkflowExecutionOutcome,
  ): Promise<WorkflowExecution | undefined>
  /** Creates or replaces a node run (by its id). */
  putNodeRun(run: WorkflowNodeRun): Promise<void>
  /** In start order (then id); at most `limit` (default 1000). */
  listNodeRuns(workspaceId: string, executionId: string, limit?: number): Promise<WorkflowNodeRun[]>
  putApproval(approval: WorkflowApproval): Promise<void>
  /** In request order. */
  listApprovals(workspaceId: string, executionId: string): Promise<WorkflowApproval[]>
  /**
   * Moves a pending approval to a decision. Resolves the approval as stored after the change;
   * `resource.conflict` when it is no longer pending, `undefined` when there is no such one.
   */
  decideApproval(
    workspaceId: string,
    executionId: string,
    approvalId: string,
    decision: Pick<WorkflowApproval, 'status' | 'decidedAt'> &
      Partial<Pick<WorkflowApproval, 'decidedBy' | 'comment'>>,
  ): Promise<WorkflowApproval | undefined>
}

/** A schedule trigger's entry: when the workflow runs next. */
export interface WorkflowScheduleEntry {
  workspaceId: string
  workflowId: string
  /** The trigger's position in the definition's `triggers`. */
  index: number
  /** Five-field cron (minute hour day-of-month month day-of-week). */
  cron: string
  /** IANA time zone the cron is read in. */
  timezone: string
  /** ISO 8601. */
  nextRunAt: string
}

/** The index of workflow triggers: event subscriptions and due schedules. */
export interface WorkflowTriggerStore {
  /** Replaces all trigger entries of a workflow (empty lists remove them). */
  replaceTriggers(
    workspaceId: string,
    workflowId: string,
    triggers: { events: WorkflowEventName[]; schedules: WorkflowScheduleEntry[] },
  ): Promise<void>
  /** Ids of the workspace's workflows subscribed to `event`. */
  subscribers(workspaceId: string, event: WorkflowEventName): Promise<string[]>
  /** Schedule entries of every workspace with `nextRunAt <= now`, oldest first, at most `limit`. */
  dueSchedules(now: string, limit: number): Promise<WorkflowScheduleEntry[]>
  /**
   * Moves an entry's `nextRunAt` from the one read (`entry.nextRunAt`) to `next`. False when it
   * had already moved (another tick claimed the run) or the entry is gone.
   */
  advanceSchedule(entry: WorkflowScheduleEntry, next: string): Promise<boolean>
}
