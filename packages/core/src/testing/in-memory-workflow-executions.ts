import { DomainError } from '../errors'
import type { PageRequest } from '../pagination'
import type {
  WorkflowApproval,
  WorkflowEventName,
  WorkflowExecution,
  WorkflowExecutionFilter,
  WorkflowExecutionOutcome,
  WorkflowExecutionRepository,
  WorkflowNodeRun,
  WorkflowScheduleEntry,
  WorkflowTriggerStore,
} from '../ports/workflow-execution-repository'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, paginate } from './paginate'

/**
 * In-memory workflow executions with their node runs and approvals, as the DynamoDB store keeps
 * them: only the first outcome of an execution and the first decision of an approval count, and
 * a workspace's deletion takes them along. Values are copied in and out.
 */
export class InMemoryWorkflowExecutions implements WorkflowExecutionRepository {
  /** By id. */
  readonly byId = new Map<string, WorkflowExecution>()
  /** By id. */
  readonly nodeRuns = new Map<string, WorkflowNodeRun>()
  /** By id. */
  readonly approvals = new Map<string, WorkflowApproval>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const map of [this.byId, this.nodeRuns, this.approvals])
          for (const [key, value] of map) if (value.workspaceId === id) map.delete(key)
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(execution: WorkflowExecution) {
    if (this.byId.has(execution.id)) throw conflict('An execution with this id already exists.')
    this.byId.set(execution.id, structuredClone(execution))
  }

  async get(workspaceId: string, id: string) {
    const execution = this.byId.get(id)
    return execution?.workspaceId === workspaceId ? structuredClone(execution) : undefined
  }

  async workspaceOf(id: string) {
    return this.byId.get(id)?.workspaceId
  }

  async list(workspaceId: string, filter: WorkflowExecutionFilter, page: PageRequest) {
    const newestFirst = [...this.byId.values()]
      .filter(
        (execution) =>
          execution.workspaceId === workspaceId &&
          (filter.workflowId === undefined || execution.workflowId === filter.workflowId) &&
          (filter.status === undefined || execution.status === filter.status),
      )
      .sort((a, b) => compare(b.startedAt, a.startedAt) || compare(b.id, a.id))
    return paginate(structuredClone(newestFirst), page)
  }

  async finish(workspaceId: string, id: string, outcome: WorkflowExecutionOutcome) {
    const execution = this.byId.get(id)
    if (execution?.workspaceId !== workspaceId) return undefined
    if (execution.status === 'RUNNING') assignDefined(execution, outcome)
    return structuredClone(execution)
  }

  async putNodeRun(run: WorkflowNodeRun) {
    this.nodeRuns.set(run.id, structuredClone(run))
  }

  async listNodeRuns(workspaceId: string, executionId: string, limit = 1000) {
    const runs = [...this.nodeRuns.values()]
      .filter((run) => run.workspaceId === workspaceId && run.executionId === executionId)
      .sort((a, b) => compare(a.startedAt, b.startedAt) || compare(a.id, b.id))
    return structuredClone(runs.slice(0, limit))
  }

  async putApproval(approval: WorkflowApproval) {
    this.approvals.set(approval.id, structuredClone(approval))
  }

  async listApprovals(workspaceId: string, executionId: string) {
    const approvals = [...this.approvals.values()]
      .filter((a) => a.workspaceId === workspaceId && a.executionId === executionId)
      .sort((a, b) => compare(a.requestedAt, b.requestedAt) || compare(a.id, b.id))
    return structuredClone(approvals)
  }

  async decideApproval(
    workspaceId: string,
    executionId: string,
    approvalId: string,
    decision: Pick<WorkflowApproval, 'status' | 'decidedAt'> &
      Partial<Pick<WorkflowApproval, 'decidedBy' | 'comment'>>,
  ) {
    const approval = this.approvals.get(approvalId)
    if (approval?.workspaceId !== workspaceId || approval.executionId !== executionId)
      return undefined
    if (approval.status !== 'pending')
      throw new DomainError('resource.conflict', `The approval was already ${approval.status}.`)
    assignDefined(approval, decision)
    return structuredClone(approval)
  }
}

/**
 * In-memory workflow triggers: event subscriptions and schedule entries, with the DynamoDB
 * store's semantics (due entries oldest first across workspaces; a run claimed once by moving
 * `nextRunAt` on from the value read).
 */
export class InMemoryWorkflowTriggers implements WorkflowTriggerStore {
  /** `workspaceId/event` -> subscribed workflow ids. */
  readonly subscriptions = new Map<string, Set<string>>()
  /** By `workspaceId/workflowId/index`. */
  readonly schedules = new Map<string, WorkflowScheduleEntry>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const key of this.subscriptions.keys())
          if (key.startsWith(`${id}/`)) this.subscriptions.delete(key)
        for (const [key, entry] of this.schedules)
          if (entry.workspaceId === id) this.schedules.delete(key)
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async replaceTriggers(
    workspaceId: string,
    workflowId: string,
    triggers: { events: WorkflowEventName[]; schedules: WorkflowScheduleEntry[] },
  ) {
    for (const [key, workflows] of this.subscriptions)
      if (key.startsWith(`${workspaceId}/`)) workflows.delete(workflowId)
    for (const event of triggers.events) {
      const key = `${workspaceId}/${event}`
      const workflows = this.subscriptions.get(key) ?? new Set()
      this.subscriptions.set(key, workflows.add(workflowId))
    }
    for (const [key, entry] of this.schedules)
      if (entry.workspaceId === workspaceId && entry.workflowId === workflowId)
        this.schedules.delete(key)
    for (const entry of triggers.schedules) {
      const stored = { ...structuredClone(entry), workspaceId, workflowId }
      this.schedules.set(scheduleKey(stored), stored)
    }
  }

  async subscribers(workspaceId: string, event: WorkflowEventName) {
    return [...(this.subscriptions.get(`${workspaceId}/${event}`) ?? [])].sort()
  }

  async dueSchedules(now: string, limit: number) {
    const time = Date.parse(now)
    const due = [...this.schedules.values()]
      .filter((entry) => Date.parse(entry.nextRunAt) <= time)
      .sort(
        (a, b) =>
          compare(a.nextRunAt, b.nextRunAt) ||
          compare(a.workspaceId, b.workspaceId) ||
          compare(a.workflowId, b.workflowId) ||
          a.index - b.index,
      )
    return structuredClone(due.slice(0, Math.max(limit, 0)))
  }

  async advanceSchedule(entry: WorkflowScheduleEntry, next: string) {
    const stored = this.schedules.get(scheduleKey(entry))
    if (stored?.nextRunAt !== entry.nextRunAt) return false
    stored.nextRunAt = next
    return true
  }
}

/** Copies the fields of `changes` that are set (an absent field stays absent, as in DynamoDB). */
function assignDefined(target: object, changes: object) {
  for (const [key, value] of Object.entries(structuredClone(changes)))
    if (value !== undefined) Object.assign(target, { [key]: value })
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const scheduleKey = ({ workspaceId, workflowId, index }: WorkflowScheduleEntry) =>
  `${workspaceId}/${workflowId}/${index}`
