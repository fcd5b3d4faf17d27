import {
  DomainError,
  type Page,
  type PageRequest,
  type WorkflowApproval,
  type WorkflowExecution,
  type WorkflowExecutionFilter,
  type WorkflowExecutionOutcome,
  type WorkflowExecutionRepository,
  type WorkflowExecutionTrigger,
  type WorkflowNodeRun,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type {
  ChatterTable,
  WorkflowApprovalItem,
  WorkflowExecutionItem,
  WorkflowNodeRunItem,
} from './table'

/**
 * Workflow executions with their node runs and approvals. An execution is keyed by its id alone
 * (`workspaceOf` and `get` are one GetItem; `get` answers only within its workspace), listed
 * newest first on gsi1 (per workspace) or gsi2 (per workflow); `status` narrows those pages with
 * a filter (`queryPage` steps over the short pages it leaves). Node runs and approvals live in
 * their execution's partition. `finish` and `decideApproval` are conditional on the status, so
 * only the first outcome or decision counts.
 * @example const executions = new DynamoWorkflowExecutionRepository(createTable(document, name))
 */
export class DynamoWorkflowExecutionRepository implements WorkflowExecutionRepository {
  constructor(private readonly table: ChatterTable) {}

  async create(execution: WorkflowExecution): Promise<void> {
    try {
      await this.table.entities.workflowExecution.create(executionItem(execution)).go()
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'An execution with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string): Promise<WorkflowExecution | undefined> {
    const item = await this.read(id)
    return item?.workspaceId === workspaceId ? toExecution(item) : undefined
  }

  async workspaceOf(id: string): Promise<string | undefined> {
    return (await this.read(id))?.workspaceId
  }

  list(
    workspaceId: string,
    filter: WorkflowExecutionFilter,
    page: PageRequest,
  ): Promise<Page<WorkflowExecution>> {
    const { workflowExecution } = this.table.entities
    const { workflowId, status } = filter
    const conversions = createConversions(workflowExecution).byAccessPattern
    if (workflowId !== undefined)
      return queryPage(
        page,
        (options) =>
          workflowExecution.query
            .byWorkflow({ workspaceId, runOf: workflowId })
            .where((item, { eq }) => (status === undefined ? '' : eq(item.status, status)))
            .go({ ...options, order: 'desc' }),
        (item) => conversions.byWorkflow.fromComposite.toCursor(item),
        toExecution,
      )
    return queryPage(
      page,
      (options) =>
        workflowExecution.query
          .byWorkspace({ workspaceId })
          .where((item, { eq }) => (status === undefined ? '' : eq(item.status, status)))
          .go({ ...options, order: 'desc' }),
      (item) => conversions.byWorkspace.fromComposite.toCursor(item),
      toExecution,
    )
  }

  async finish(
    workspaceId: string,
    id: string,
    outcome: WorkflowExecutionOutcome,
  ): Promise<WorkflowExecution | undefined> {
    const { status, output, outputTruncated, error, cause, stoppedAt } = structuredClone(outcome)
    try {
      const { data } = await this.table.entities.workflowExecution
        .patch({ id })
        .set({
          status,
          stoppedAt,
          ...(output === undefined ? {} : { outputJson: JSON.stringify(output) }),
          ...(outputTruncated === undefined ? {} : { outputTruncated }),
          ...(error === undefined ? {} : { error }),
          ...(cause === undefined ? {} : { cause }),
        })
        .where(
          (item, { eq }) =>
            `${eq(item.workspaceId, workspaceId)} AND ${eq(item.status, 'RUNNING')}`,
        )
        .go({ response: 'all_new' })
      return toExecution(data)
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      return this.get(workspaceId, id)
    }
  }

  async putNodeRun(run: WorkflowNodeRun): Promise<void> {
    const { output, error, usage, ...rest } = structuredClone(run)
    await this.table.entities.workflowNodeRun
      .put({
        ...rest,
        ...(output === undefined ? {} : { outputJson: JSON.stringify(output) }),
        ...(error === undefined ? {} : { errorJson: JSON.stringify(error) }),
        ...(usage === undefined ? {} : { usageJson: JSON.stringify(usage) }),
      })
      .go()
  }

  async listNodeRuns(
    workspaceId: string,
    executionId: string,
    limit = 1000,
  ): Promise<WorkflowNodeRun[]> {
    const { data } = await this.table.entities.workflowNodeRun.query
      .byExecution({ workspaceId, executionId })
      .go({ consistent: true, count: limit, limit })
    return data.slice(0, limit).map(toNodeRun)
  }

  async putApproval(approval: WorkflowApproval): Promise<void> {
    await this.table.entities.workflowApproval.put(structuredClone(approval)).go()
  }

  async listApprovals(workspaceId: string, executionId: string): Promise<WorkflowApproval[]> {
    const { data } = await this.table.entities.workflowApproval.query
      .byExecution({ workspaceId, executionId })
      .go({ consistent: true, pages: 'all' })
    // Ids need not sort by time; an execution has a handful of approvals at most.
    return data
      .map(toApproval)
      .sort((a, b) => compare(a.requestedAt, b.requestedAt) || compare(a.id, b.id))
  }

  async decideApproval(
    workspaceId: string,
    executionId: string,
    approvalId: string,
    decision: Pick<WorkflowApproval, 'status' | 'decidedAt'> &
      Partial<Pick<WorkflowApproval, 'decidedBy' | 'comment'>>,
  ): Promise<WorkflowApproval | undefined> {
    const { workflowApproval } = this.table.entities
    const key = { workspaceId, executionId, id: approvalId }
    const { status, decidedAt, decidedBy, comment } = decision
    try {
      const { data } = await workflowApproval
        .patch(key)
        .set({
          status,
          decidedAt,
          ...(decidedBy === undefined ? {} : { decidedBy }),
          ...(comment === undefined ? {} : { comment }),
        })
        .where((item, { eq }) => eq(item.status, 'pending'))
        .go({ response: 'all_new' })
      return toApproval(data)
    } catch (error) {
      if (!isConditionFailure(error)) throw error
    }
    const { data } = await workflowApproval.get(key).go({ consistent: true })
    if (!data) return undefined
    throw new DomainError('resource.conflict', `The approval was already ${data.status}.`)
  }

  private async read(id: string) {
    const { data } = await this.table.entities.workflowExecution
      .get({ id })
      .go({ consistent: true })
    return data ?? undefined
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function executionItem(execution: WorkflowExecution) {
  const { input, output, trigger, ...rest } = structuredClone(execution)
  return {
    ...rest,
    runOf: rest.workflowId ?? `template:${rest.templateId}`,
    ...(input === undefined ? {} : { inputJson: JSON.stringify(input) }),
    ...(output === undefined ? {} : { outputJson: JSON.stringify(output) }),
    triggerJson: JSON.stringify(trigger),
  }
}

/** An optional attribute as a spread: absent stays absent (never `key: undefined`). */
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>

function toExecution(item: WorkflowExecutionItem): WorkflowExecution {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    ...optional('workflowId', item.workflowId),
    ...optional('workflowVersion', item.workflowVersion),
    ...optional('templateId', item.templateId),
    workflowName: item.workflowName,
    status: item.status,
    input: item.inputJson === undefined ? undefined : JSON.parse(item.inputJson),
    ...optional('output', item.outputJson === undefined ? undefined : JSON.parse(item.outputJson)),
    ...optional('outputTruncated', item.outputTruncated),
    ...optional('error', item.error),
    ...optional('cause', item.cause),
    startedBy: item.startedBy,
    trigger: JSON.parse(item.triggerJson) as WorkflowExecutionTrigger,
    stateMachineArn: item.stateMachineArn,
    executionArn: item.executionArn,
    startedAt: item.startedAt,
    ...optional('stoppedAt', item.stoppedAt),
  }
}

function toNodeRun(item: WorkflowNodeRunItem): WorkflowNodeRun {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    executionId: item.executionId,
    nodeId: item.nodeId,
    nodeType: item.nodeType,
    status: item.status,
    ...optional('index', item.index),
    startedAt: item.startedAt,
    ...optional('finishedAt', item.finishedAt),
    ...optional('durationMs', item.durationMs),
    ...optional('output', item.outputJson === undefined ? undefined : JSON.parse(item.outputJson)),
    ...optional('outputTruncated', item.outputTruncated),
    ...optional(
      'error',
      item.errorJson === undefined
        ? undefined
        : (JSON.parse(item.errorJson) as WorkflowNodeRun['error']),
    ),
    ...optional(
      'usage',
      item.usageJson === undefined
        ? undefined
        : (JSON.parse(item.usageJson) as WorkflowNodeRun['usage']),
    ),
  }
}

function toApproval(item: WorkflowApprovalItem): WorkflowApproval {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    executionId: item.executionId,
    nodeId: item.nodeId,
    nodeRunId: item.nodeRunId,
    message: item.message,
    taskToken: item.taskToken,
    status: item.status,
    requestedAt: item.requestedAt,
    expiresAt: item.expiresAt,
    ...optional('decidedAt', item.decidedAt),
    ...optional('decidedBy', item.decidedBy),
    ...optional('comment', item.comment),
  }
}
