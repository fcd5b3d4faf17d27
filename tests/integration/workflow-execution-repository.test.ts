import { randomUUID } from 'node:crypto'
import {
  DynamoWorkflowExecutionRepository,
  DynamoWorkflowTriggerStore,
  DynamoWorkspaceRepository,
} from '@chatter/aws'
import type {
  WorkflowApproval,
  WorkflowExecution,
  WorkflowNodeRun,
  WorkflowScheduleEntry,
} from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, walkPages } from '../support/dynamodb'

const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, second)).toISOString()

function execution(workspaceId: string, overrides: Partial<WorkflowExecution> = {}) {
  const id = `wfx_${randomUUID()}`
  const stateMachineArn = 'arn:aws:states:us-east-1:000000000000:stateMachine:wf-1'
  return {
    id,
    workspaceId,
    workflowId: 'wfl_1',
    workflowVersion: 2,
    workflowName: 'Answer',
    status: 'RUNNING',
    input: { question: 'Why?', nested: { list: [1, 'two', null] } },
    startedBy: 'usr_1',
    trigger: { type: 'api' },
    stateMachineArn,
    executionArn: `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${id}`,
    startedAt: at(0),
    ...overrides,
  } satisfies WorkflowExecution
}

function approval(workspaceId: string, executionId: string, overrides: Partial<WorkflowApproval>) {
  return {
    id: `wfa_${randomUUID()}`,
    workspaceId,
    executionId,
    nodeId: 'review',
    nodeRunId: 'wnr_1',
    message: 'Approve the summary?',
    taskToken: 'token-1',
    status: 'pending',
    requestedAt: at(1),
    expiresAt: '2025-01-02T00:00:00.000Z',
    ...overrides,
  } satisfies WorkflowApproval
}

const schedule = (
  workspaceId: string,
  workflowId: string,
  index: number,
  nextRunAt: string,
): WorkflowScheduleEntry => ({
  workspaceId,
  workflowId,
  index,
  cron: '0 9 * * 1',
  timezone: 'Europe/Paris',
  nextRunAt,
})

async function setup() {
  const fresh = await freshTable()
  return {
    ...fresh,
    executions: new DynamoWorkflowExecutionRepository(fresh.table),
    triggers: new DynamoWorkflowTriggerStore(fresh.table),
  }
}

describe('DynamoWorkflowExecutionRepository', () => {
  it('stores an execution readable only in its workspace, and refuses a taken id', async () => {
    const { executions } = await setup()
    const made = execution('ws_a', {
      trigger: { type: 'schedule', cron: '0 9 * * 1', scheduledAt: at(5) },
    })
    await executions.create(made)
    await expect(executions.get('ws_a', made.id)).resolves.toEqual(made)
    await expect(executions.get('ws_b', made.id)).resolves.toBeUndefined()
    await expect(executions.workspaceOf(made.id)).resolves.toBe('ws_a')
    await expect(executions.workspaceOf('wfx_none')).resolves.toBeUndefined()
    await expect(executions.create({ ...made, workspaceId: 'ws_b' })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    const { workflowId: _id, workflowVersion: _version, ...rest } = execution('ws_a')
    const template: WorkflowExecution = { ...rest, templateId: 'summarize' }
    await executions.create(template)
    await expect(executions.get('ws_a', template.id)).resolves.toEqual(template)
    const listed = await executions.list('ws_a', {}, { limit: 10 })
    expect(listed.items.map((item) => item.id).sort()).toEqual([made.id, template.id].sort())
    await expect(
      executions.list('ws_a', { workflowId: 'wfl_1' }, { limit: 10 }),
    ).resolves.toMatchObject({ items: [made] })
  })

  it('lists newest first in pages, by workflow and by status, within the workspace', async () => {
    const { executions } = await setup()
    const made: WorkflowExecution[] = []
    for (let i = 0; i < 7; i++) {
      const one = execution('ws_a', {
        workflowId: i % 2 === 0 ? 'wfl_even' : 'wfl_odd',
        workflowName: `E${i}`,
        startedAt: at(i),
      })
      made.push(one)
      await executions.create(one)
    }
    await executions.create(execution('ws_b', { workflowId: 'wfl_even', startedAt: at(30) }))
    for (const i of [0, 3, 4, 6])
      await executions.finish('ws_a', made[i]!.id, { status: 'SUCCEEDED', stoppedAt: at(40) })

    const names = async (filter: Parameters<typeof executions.list>[1], limit = 2) =>
      (await walkPages((page) => executions.list('ws_a', filter, page), limit)).flatMap((page) =>
        page.items.map((item) => item.workflowName),
      )
    const all = await walkPages((page) => executions.list('ws_a', {}, page), 3)
    expect(all.map((page) => page.items.length)).toEqual([3, 3, 1])
    expect(all.flatMap((page) => page.items.map((e) => e.workflowName))).toEqual([
      'E6',
      'E5',
      'E4',
      'E3',
      'E2',
      'E1',
      'E0',
    ])
    expect(await names({ workflowId: 'wfl_even' })).toEqual(['E6', 'E4', 'E2', 'E0'])
    expect(await names({ status: 'SUCCEEDED' }, 1)).toEqual(['E6', 'E4', 'E3', 'E0'])
    expect(await names({ status: 'RUNNING' })).toEqual(['E5', 'E2', 'E1'])
    expect(await names({ workflowId: 'wfl_odd', status: 'SUCCEEDED' })).toEqual(['E3'])
    expect(await names({ status: 'ABORTED' })).toEqual([])
    await expect(
      executions.list('ws_a', {}, { limit: 2, cursor: 'not-a-cursor' }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
  })

  it('records only the first outcome of an execution', async () => {
    const { executions } = await setup()
    const made = execution('ws_a')
    await executions.create(made)
    await expect(
      executions.finish('ws_b', made.id, { status: 'ABORTED', stoppedAt: at(9) }),
    ).resolves.toBeUndefined()
    const output = { answer: { text: 'Because.' }, search: [{ id: 'doc_1', score: 0.5 }] }
    const finished = await executions.finish('ws_a', made.id, {
      status: 'SUCCEEDED',
      output,
      stoppedAt: at(10),
    })
    expect(finished).toEqual({ ...made, status: 'SUCCEEDED', output, stoppedAt: at(10) })
    await expect(
      executions.finish('ws_a', made.id, {
        status: 'FAILED',
        error: 'States.Timeout',
        cause: 'late',
        stoppedAt: at(11),
      }),
    ).resolves.toEqual(finished)
    await expect(executions.get('ws_a', made.id)).resolves.toEqual(finished)
    await expect(
      executions.finish('ws_a', 'wfx_none', { status: 'ABORTED', stoppedAt: at(9) }),
    ).resolves.toBeUndefined()
  })

  it('keeps node runs in start order, replacing a run by its id', async () => {
    const { executions } = await setup()
    const run = (overrides: Partial<WorkflowNodeRun>): WorkflowNodeRun => ({
      id: `wnr_${randomUUID()}`,
      workspaceId: 'ws_a',
      executionId: 'wfx_1',
      nodeId: 'n',
      nodeType: 'llm',
      status: 'succeeded',
      startedAt: at(0),
      ...overrides,
    })
    const second = run({ nodeId: 'answer', startedAt: at(2), status: 'waiting' })
    const first = run({
      nodeId: 'search',
      nodeType: 'retrieval',
      startedAt: at(1),
      finishedAt: at(2),
      durationMs: 812,
      output: { chunks: [{ text: 'é ✓', score: 0.9 }], empty: null },
    })
    const iteration = run({
      nodeId: 'each',
      index: 0,
      startedAt: at(3),
      status: 'failed',
      error: { name: 'Error', message: 'boom' },
      usage: { modelId: 'm', inputTokens: 10, outputTokens: 5, costUsd: 0.001 },
    })
    await executions.putNodeRun(second)
    await executions.putNodeRun(iteration)
    await executions.putNodeRun(first)
    await executions.putNodeRun(run({ executionId: 'wfx_2' }))
    const done = { ...second, status: 'succeeded' as const, output: 'text', finishedAt: at(4) }
    await executions.putNodeRun(done)
    await expect(executions.listNodeRuns('ws_a', 'wfx_1')).resolves.toEqual([
      first,
      done,
      iteration,
    ])
    await expect(executions.listNodeRuns('ws_a', 'wfx_1', 2)).resolves.toEqual([first, done])
    await expect(executions.listNodeRuns('ws_b', 'wfx_1')).resolves.toEqual([])
  })

  it('decides an approval once', async () => {
    const { executions } = await setup()
    const later = approval('ws_a', 'wfx_1', { requestedAt: at(8), id: 'wfa_0' })
    const pending = approval('ws_a', 'wfx_1', { requestedAt: at(2), id: 'wfa_9' })
    await executions.putApproval(later)
    await executions.putApproval(pending)
    await expect(executions.listApprovals('ws_a', 'wfx_1')).resolves.toEqual([pending, later])

    const decided = await executions.decideApproval('ws_a', 'wfx_1', pending.id, {
      status: 'approved',
      decidedAt: at(3),
      decidedBy: 'usr_2',
      comment: 'Fine.',
    })
    expect(decided).toEqual({
      ...pending,
      status: 'approved',
      decidedAt: at(3),
      decidedBy: 'usr_2',
      comment: 'Fine.',
    })
    await expect(
      executions.decideApproval('ws_a', 'wfx_1', pending.id, {
        status: 'rejected',
        decidedAt: at(4),
      }),
    ).rejects.toMatchObject({
      code: 'resource.conflict',
      message: 'The approval was already approved.',
    })
    await expect(
      executions.decideApproval('ws_b', 'wfx_1', pending.id, {
        status: 'rejected',
        decidedAt: at(4),
      }),
    ).resolves.toBeUndefined()
    await expect(
      executions.decideApproval('ws_a', 'wfx_1', 'wfa_none', {
        status: 'expired',
        decidedAt: at(4),
      }),
    ).resolves.toBeUndefined()
    expect((await executions.listApprovals('ws_a', 'wfx_1'))[0]).toEqual(decided)
  })
})

describe('DynamoWorkflowTriggerStore', () => {
  it('replaces a workflow’s subscriptions and schedules', async () => {
    const { triggers } = await setup()
    await triggers.replaceTriggers('ws_a', 'wfl_1', {
      events: ['document.ready'],
      schedules: [schedule('ws_a', 'wfl_1', 0, at(10)), schedule('ws_a', 'wfl_1', 1, at(20))],
    })
    await triggers.replaceTriggers('ws_a', 'wfl_2', { events: ['document.ready'], schedules: [] })
    expect((await triggers.subscribers('ws_a', 'document.ready')).sort()).toEqual([
      'wfl_1',
      'wfl_2',
    ])
    await expect(triggers.subscribers('ws_b', 'document.ready')).resolves.toEqual([])

    await triggers.replaceTriggers('ws_a', 'wfl_1', {
      events: [],
      schedules: [schedule('ws_a', 'wfl_1', 0, at(15))],
    })
    await expect(triggers.subscribers('ws_a', 'document.ready')).resolves.toEqual(['wfl_2'])
    await expect(triggers.dueSchedules(at(59), 10)).resolves.toEqual([
      schedule('ws_a', 'wfl_1', 0, at(15)),
    ])
    await triggers.replaceTriggers('ws_a', 'wfl_1', { events: [], schedules: [] })
    await expect(triggers.dueSchedules(at(59), 10)).resolves.toEqual([])
  })

  it('lists due schedules of every workspace, oldest first, and lets one tick claim each run', async () => {
    const { triggers } = await setup()
    const a0 = schedule('ws_a', 'wfl_1', 0, at(30))
    const a1 = schedule('ws_a', 'wfl_1', 1, at(10))
    const b0 = schedule('ws_b', 'wfl_9', 0, at(20))
    const future = schedule('ws_b', 'wfl_8', 0, at(50))
    await triggers.replaceTriggers('ws_a', 'wfl_1', { events: [], schedules: [a0, a1] })
    await triggers.replaceTriggers('ws_b', 'wfl_9', { events: [], schedules: [b0] })
    await triggers.replaceTriggers('ws_b', 'wfl_8', { events: [], schedules: [future] })

    await expect(triggers.dueSchedules(at(30), 10)).resolves.toEqual([a1, b0, a0])
    await expect(triggers.dueSchedules(at(30), 2)).resolves.toEqual([a1, b0])
    await expect(triggers.dueSchedules(at(5), 10)).resolves.toEqual([])

    const claims = await Promise.all([
      triggers.advanceSchedule(a1, at(70)),
      triggers.advanceSchedule(a1, at(70)),
    ])
    expect(claims.filter(Boolean)).toHaveLength(1)
    await expect(triggers.advanceSchedule(a1, at(80))).resolves.toBe(false)
    await expect(
      triggers.advanceSchedule(schedule('ws_a', 'wfl_1', 5, at(10)), at(80)),
    ).resolves.toBe(false)
    await expect(triggers.dueSchedules(at(60), 10)).resolves.toEqual([b0, a0, future])
    await expect(triggers.dueSchedules(at(70), 10)).resolves.toEqual([
      b0,
      a0,
      future,
      { ...a1, nextRunAt: at(70) },
    ])
  })
})

describe('workspace deletion', () => {
  it('removes the workspace’s executions, node runs, approvals, triggers and schedules', async () => {
    const { table, document, tableName, executions, triggers } = await setup()
    const workspaces = new DynamoWorkspaceRepository(table)
    const fill = async (workspaceId: string) => {
      for (let i = 0; i < 3; i++) {
        const made = execution(workspaceId, { startedAt: at(i) })
        await executions.create(made)
        await executions.putNodeRun({
          id: `wnr_${i}`,
          workspaceId,
          executionId: made.id,
          nodeId: 'n',
          nodeType: 'approval',
          status: 'waiting',
          startedAt: at(i),
        })
        await executions.putApproval(approval(workspaceId, made.id, {}))
      }
      await triggers.replaceTriggers(workspaceId, 'wfl_1', {
        events: ['document.ready'],
        schedules: [
          schedule(workspaceId, 'wfl_1', 0, at(1)),
          schedule(workspaceId, 'wfl_1', 1, at(2)),
        ],
      })
    }
    const team = await workspaces.create({
      id: `ws_${randomUUID()}`,
      name: 'Team',
      personal: false,
      owner: { userId: 'usr_1', email: 'owner@example.com', name: 'Olive' },
    })
    await fill(team.id)
    await fill('ws_other')
    const before = await scanAll(document, tableName)
    await workspaces.delete(team.id)
    const left = await scanAll(document, tableName)
    expect(left.filter((item) => JSON.stringify(item).includes(team.id))).toEqual([])
    // ws_other's 3 executions, 3 runs, 3 approvals, 1 subscription and 2 schedules stay.
    expect(left).toHaveLength(12)
    expect(before.length).toBeGreaterThan(24)
    await expect(triggers.subscribers('ws_other', 'document.ready')).resolves.toEqual(['wfl_1'])
    expect(await triggers.dueSchedules(at(59), 10)).toHaveLength(2)
  })
})
