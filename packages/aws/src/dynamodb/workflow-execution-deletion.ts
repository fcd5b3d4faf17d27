import { deleteAll, forEachLimited } from './batch'
import type { ChatterTable } from './table'

/** Executions whose node runs and approvals are deleted at once. */
const concurrency = 8

/**
 * Deletes a workspace's workflow executions, each found through gsi1 (an execution's own key is
 * its id alone), with their node runs and approvals (a Query of each execution's partition),
 * the executions last, so an interrupted deletion still finds their runs when run again. gsi1
 * cannot be read consistently: the use case deletes a workspace long after its last run started.
 * Resolves how many executions went.
 */
export async function deleteWorkspaceWorkflowExecutions(table: ChatterTable, workspaceId: string) {
  const { workflowExecution, workflowNodeRun, workflowApproval } = table.entities
  const { data: executions } = await workflowExecution.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', attributes: ['id'] })
  await forEachLimited(executions, concurrency, async ({ id: executionId }) => {
    const all = { pages: 'all', consistent: true } as const
    const [runs, approvals] = await Promise.all([
      workflowNodeRun.query
        .byExecution({ workspaceId, executionId })
        .go({ ...all, attributes: ['id', 'startedAt'] }),
      workflowApproval.query
        .byExecution({ workspaceId, executionId })
        .go({ ...all, attributes: ['id'] }),
    ])
    await Promise.all([
      deleteAll(
        runs.data.map(({ id, startedAt }) => ({ workspaceId, executionId, id, startedAt })),
        (batch) => workflowNodeRun.delete(batch).go(),
      ),
      deleteAll(
        approvals.data.map(({ id }) => ({ workspaceId, executionId, id })),
        (batch) => workflowApproval.delete(batch).go(),
      ),
    ])
  })
  return deleteAll(
    executions.map(({ id }) => ({ id })),
    (batch) => workflowExecution.delete(batch).go(),
  )
}
