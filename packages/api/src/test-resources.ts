import type { FakeWorkflowMachines } from '@chatter/core/testing'
import type { AppDependencies } from './dependencies'

/*
 * Resources the permission matrix and the reliability suite both need in a workspace, made the
 * same way in both (ids fixed, so tables can name them).
 */

/** Workflow `wfl_a` with a running execution `wfx_a` waiting at approval `wfa_a`. */
export async function executionAwaitingApproval(
  deps: AppDependencies,
  workspaceId: string,
  userId: string,
  now: number,
) {
  const workflow = await deps.workflows.create({
    id: 'wfl_a',
    workspaceId,
    name: 'Greet',
    definition: {
      name: 'Greet',
      nodes: [{ id: 'hi', type: 'llm', config: { prompt: 'Hi', output: 'text', format: 'text' } }],
      edges: [],
    },
    createdBy: userId,
  })
  const machines = deps.workflowRuns.machines as FakeWorkflowMachines
  const machine = await machines.ensure(
    { workflowId: workflow.id, version: 1 },
    workflow.definition,
  )
  await deps.workflowRuns.executions.create({
    id: 'wfx_a',
    workspaceId,
    workflowId: workflow.id,
    workflowVersion: 1,
    workflowName: workflow.name,
    status: 'RUNNING',
    input: {},
    startedBy: userId,
    trigger: { type: 'api' },
    stateMachineArn: machine,
    executionArn: `${machine.replace(':stateMachine:', ':execution:')}:wfx_a`,
    startedAt: new Date(now).toISOString(),
  })
  await deps.workflowRuns.runner.start(machine, {}, { name: 'wfx_a' })
  await deps.workflowRuns.executions.putApproval({
    id: 'wfa_a',
    workspaceId,
    executionId: 'wfx_a',
    nodeId: 'hi',
    nodeRunId: 'wnr_a',
    message: 'Ok?',
    taskToken: machines.awaitToken('token_a'),
    status: 'pending',
    requestedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 3_600_000).toISOString(),
  })
  return workflow
}

/** Weekly report `rep_a` with one succeeded run `rpr_a` and its CSV file. */
export async function reportWithRun(
  deps: AppDependencies,
  workspaceId: string,
  userId: string,
  now: number,
) {
  const report = await deps.reports.create({
    id: 'rep_a',
    workspaceId,
    name: 'Weekly',
    schedule: { cron: '0 8 * * 1', timezone: 'UTC' },
    period: 'week',
    sections: ['summary'],
    format: 'csv',
    recipients: {},
    enabled: true,
    createdBy: userId,
  })
  const reportKey = `reports/${workspaceId}/rep_a/rpr_a.csv`
  await deps.knowledge.blobs.put(reportKey, 'day,messages\r\n', { contentType: 'text/csv' })
  await deps.reports.createRun({
    id: 'rpr_a',
    reportId: report.id,
    workspaceId,
    periodStart: '2026-02-23',
    periodEnd: '2026-03-01',
    trigger: 'manual',
    status: 'succeeded',
    key: reportKey,
    contentType: 'text/csv',
    startedAt: new Date(now).toISOString(),
    delivery: {},
  })
  return report
}
