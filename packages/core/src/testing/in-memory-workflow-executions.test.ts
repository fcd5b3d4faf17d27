import { describe, expect, it } from 'vitest'
import type {
  WorkflowApproval,
  WorkflowExecution,
  WorkflowScheduleEntry,
} from '../ports/workflow-execution-repository'
import {
  InMemoryWorkflowExecutions,
  InMemoryWorkflowTriggers,
} from './in-memory-workflow-executions'
import { InMemoryWorkspaces } from './in-memory-workspaces'

const execution: WorkflowExecution = {
  id: 'wfx_1',
  workspaceId: 'ws_a',
  workflowId: 'wfl_1',
  workflowVersion: 1,
  workflowName: 'Answer',
  status: 'RUNNING',
  input: { question: 'Why?' },
  startedBy: 'usr_1',
  trigger: { type: 'api' },
  stateMachineArn: 'arn:aws:states:us-east-1:000000000000:stateMachine:wf',
  executionArn: 'arn:aws:states:us-east-1:000000000000:execution:wf:wfx_1',
  startedAt: '2025-01-01T00:00:00.000Z',
}

const approval: WorkflowApproval = {
  id: 'wfa_1',
  workspaceId: 'ws_a',
  executionId: 'wfx_1',
  nodeId: 'review',
  nodeRunId: 'wnr_1',
  message: 'Approve?',
  taskToken: 'token',
  status: 'pending',
  requestedAt: '2025-01-01T00:00:01.000Z',
  expiresAt: '2025-01-02T00:00:00.000Z',
}

const entry = (workflowId: string, nextRunAt: string): WorkflowScheduleEntry => ({
  workspaceId: 'ws_a',
  workflowId,
  index: 0,
  cron: '0 9 * * *',
  timezone: 'UTC',
  nextRunAt,
})

describe('InMemoryWorkflowExecutions', () => {
  it('records only the first outcome, and nothing for another workspace', async () => {
    const executions = new InMemoryWorkflowExecutions()
    await executions.create(execution)
    await expect(executions.create(execution)).rejects.toMatchObject({ code: 'resource.conflict' })
    await expect(
      executions.finish('ws_b', 'wfx_1', { status: 'ABORTED', stoppedAt: 'x' }),
    ).resolves.toBeUndefined()
    const first = await executions.finish('ws_a', 'wfx_1', {
      status: 'SUCCEEDED',
      output: { answer: 'Because.' },
      stoppedAt: '2025-01-01T00:01:00.000Z',
    })
    expect(first).toEqual({
      ...execution,
      status: 'SUCCEEDED',
      output: { answer: 'Because.' },
      stoppedAt: '2025-01-01T00:01:00.000Z',
    })
    await expect(
      executions.finish('ws_a', 'wfx_1', { status: 'FAILED', error: 'E', stoppedAt: 'later' }),
    ).resolves.toEqual(first)
    await expect(executions.list('ws_a', { status: 'SUCCEEDED' }, { limit: 5 })).resolves.toEqual({
      items: [first],
      nextCursor: null,
    })
  })

  it('decides an approval once', async () => {
    const executions = new InMemoryWorkflowExecutions()
    await executions.putApproval(approval)
    const decided = await executions.decideApproval('ws_a', 'wfx_1', 'wfa_1', {
      status: 'rejected',
      decidedAt: '2025-01-01T00:00:05.000Z',
      decidedBy: 'usr_2',
    })
    expect(decided).toEqual({
      ...approval,
      status: 'rejected',
      decidedAt: '2025-01-01T00:00:05.000Z',
      decidedBy: 'usr_2',
    })
    await expect(
      executions.decideApproval('ws_a', 'wfx_1', 'wfa_1', { status: 'approved', decidedAt: 'x' }),
    ).rejects.toMatchObject({
      code: 'resource.conflict',
      message: 'The approval was already rejected.',
    })
    await expect(
      executions.decideApproval('ws_a', 'wfx_1', 'wfa_9', { status: 'approved', decidedAt: 'x' }),
    ).resolves.toBeUndefined()
    await expect(executions.listApprovals('ws_a', 'wfx_1')).resolves.toEqual([decided])
  })

  it('goes with its workspace', async () => {
    const workspaces = new InMemoryWorkspaces()
    const executions = new InMemoryWorkflowExecutions(workspaces)
    const triggers = new InMemoryWorkflowTriggers(workspaces)
    const workspace = await workspaces.create({
      id: 'ws_a',
      name: 'Team',
      personal: false,
      owner: { userId: 'usr_1', email: 'owner@example.com' },
    })
    await executions.create(execution)
    await triggers.replaceTriggers(workspace.id, 'wfl_1', {
      events: ['document.ready'],
      schedules: [entry('wfl_1', '2025-01-01T00:00:00.000Z')],
    })
    await workspaces.delete(workspace.id)
    await expect(executions.workspaceOf('wfx_1')).resolves.toBeUndefined()
    await expect(triggers.subscribers('ws_a', 'document.ready')).resolves.toEqual([])
    await expect(triggers.dueSchedules('2030-01-01T00:00:00.000Z', 10)).resolves.toEqual([])
  })
})

describe('InMemoryWorkflowTriggers', () => {
  it('lists due schedules oldest first and lets one tick claim each run', async () => {
    const triggers = new InMemoryWorkflowTriggers()
    const late = entry('wfl_1', '2025-01-01T09:00:00.000Z')
    const early = entry('wfl_2', '2025-01-01T08:00:00.000Z')
    const future = entry('wfl_3', '2025-01-02T08:00:00.000Z')
    for (const one of [late, early, future])
      await triggers.replaceTriggers('ws_a', one.workflowId, { events: [], schedules: [one] })

    await expect(triggers.dueSchedules('2025-01-01T09:00:00.000Z', 10)).resolves.toEqual([
      early,
      late,
    ])
    await expect(triggers.dueSchedules('2025-01-01T09:00:00.000Z', 1)).resolves.toEqual([early])
    await expect(triggers.advanceSchedule(early, '2025-01-02T08:00:00.000Z')).resolves.toBe(true)
    await expect(triggers.advanceSchedule(early, '2025-01-02T08:00:00.000Z')).resolves.toBe(false)
    await expect(triggers.dueSchedules('2025-01-01T09:00:00.000Z', 10)).resolves.toEqual([late])

    await triggers.replaceTriggers('ws_a', 'wfl_1', { events: [], schedules: [] })
    await expect(triggers.advanceSchedule(late, '2025-01-02T09:00:00.000Z')).resolves.toBe(false)
    await expect(triggers.dueSchedules('2025-01-01T09:00:00.000Z', 10)).resolves.toEqual([])
  })
})
