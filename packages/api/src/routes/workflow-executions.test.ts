import { runDueWorkflowSchedules, runWorkflowStep, type WorkflowStepPorts } from '@chatter/core'
import {
  type FakeStateMachineRunner,
  type FakeWorkflowMachines,
  resolverOf,
  ScriptedChatModel,
} from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  bodyOf,
  inWorkspace,
  join,
  sharedWorkspace,
  signedInUser,
  type TestUser,
} from '../test-callers'
import { testDependencies } from '../test-support'
import { workflowRunPorts } from './workflow-executions'

const answer = {
  name: 'Answer',
  inputSchema: {
    type: 'object',
    properties: { question: { type: 'string', minLength: 1 } },
    required: ['question'],
  },
  nodes: [
    { id: 'draft', type: 'llm', config: { prompt: 'Answer {{ $.input.question }}' } },
    {
      id: 'sign_off',
      type: 'approval',
      config: { message: 'Send "{{ $.nodes.draft.text }}"?', timeoutSeconds: 3600 },
    },
  ],
  edges: [{ from: 'draft', to: 'sign_off' }],
}

async function setup() {
  const deps = testDependencies()
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const viewer = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, viewer, 'viewer')
  const as =
    (user: TestUser, workspaceId = team.id) =>
    async (method: string, path: string, body?: unknown) => {
      const response = await app.request(`/v1/workflows${path}`, {
        method,
        headers: inWorkspace(user.headers, workspaceId),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return {
        status: response.status,
        location: response.headers.get('Location'),
        body: await bodyOf(response.clone()).catch(() => null),
      }
    }
  const call = as(owner)
  const created = await call('POST', '', { definition: answer })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const runner = deps.workflowRuns.runner as FakeStateMachineRunner
  const machines = deps.workflowRuns.machines as FakeWorkflowMachines
  const model = new ScriptedChatModel('local', () => ({ text: 'Refunds take 14 days.' }))
  // The workflow-step function as Step Functions would invoke it, against the same stores.
  const stepPorts: WorkflowStepPorts = {
    workspaceOf: (arn) => deps.workflowRuns.executions.workspaceOf(arn.split(':').at(-1) ?? ''),
    chat: {
      models: resolverOf({ local: model }),
      defaultModel: { provider: 'local', modelId: 'm1' },
    },
    profiles: deps.profiles,
    executions: deps.workflowRuns.executions,
  }
  const step = (executionArn: string, node: object, input: object, taskToken?: string) =>
    runWorkflowStep(stepPorts, {
      node,
      input,
      execution: executionArn,
      ...(taskToken ? { taskToken } : {}),
    })
  return {
    deps,
    app,
    owner,
    viewer,
    team,
    as,
    call,
    stepPorts,
    workflow: created.body,
    runner,
    machines,
    step,
  }
}

describe('workflow executions', () => {
  it('starts a workflow (202 + Location), follows it to SUCCEEDED with node runs, tokens and output', async () => {
    const { call, workflow, runner, machines, step } = await setup()
    const started = await call('POST', `/${workflow.id}/executions`, {
      input: { question: 'How long do refunds take?' },
    })

    expect(started.status, JSON.stringify(started.body)).toBe(202)
    expect(started.body).toMatchObject({
      status: 'RUNNING',
      workflowId: workflow.id,
      workflowVersion: 1,
      input: { question: 'How long do refunds take?' },
      trigger: { type: 'api' },
    })
    expect(started.location).toBe(`/v1/workflows/executions/${started.body.id}`)
    expect([...machines.ensured.keys()]).toEqual([`wf-${workflow.id}-v1`])
    const [arn] = [...runner.executions.keys()]
    expect(arn).toMatch(new RegExp(`:execution:wf-${workflow.id}-v1:${started.body.id}$`))

    const draft = await step(
      arn as string,
      { id: 'draft', type: 'llm', config: answer.nodes[0]?.config },
      {
        input: { question: 'How long do refunds take?' },
        nodes: {},
      },
    )
    const running = await call('GET', `/executions/${started.body.id}`)
    expect(running.body).toMatchObject({
      status: 'RUNNING',
      nodes: [
        {
          nodeId: 'draft',
          nodeType: 'llm',
          status: 'succeeded',
          output: { text: 'Refunds take 14 days.' },
        },
      ],
    })
    expect(running.body.nodes[0].durationMs).toBeGreaterThanOrEqual(0)
    expect(running.body.tokens.total).toBeGreaterThan(0)
    expect(running.body.costUsd).toBe(0) // the local model is free

    runner.succeed(arn as string, { input: {}, nodes: { draft, sign_off: { approved: true } } })
    const done = await call('GET', `/executions/${started.body.id}`)
    expect(done.body).toMatchObject({
      status: 'SUCCEEDED',
      output: { draft: { text: 'Refunds take 14 days.' }, sign_off: { approved: true } },
    })
    expect(done.body.stoppedAt).toBeDefined()
    expect(JSON.stringify(done.body)).not.toContain('arn:aws')

    const listed = await call('GET', `/executions?workflowId=${workflow.id}&status=SUCCEEDED`)
    expect(listed.body.items.map((e: { id: string }) => e.id)).toEqual([started.body.id])
    expect((await call('GET', `/${workflow.id}/executions`)).body.items).toHaveLength(1)
    expect((await call('GET', '/executions?status=RUNNING')).body.items).toEqual([])
  })

  it('checks the input against the inputSchema before anything runs (422), and the size (413)', async () => {
    const { call, workflow, runner } = await setup()
    const refused = await call('POST', `/${workflow.id}/executions`, { input: { question: '' } })

    expect(refused.status).toBe(422)
    expect(refused.body.errors).toEqual([
      { path: 'json.input.question', message: 'must NOT have fewer than 1 characters' },
    ])
    const missing = await call('POST', `/${workflow.id}/executions`, {})
    expect(missing.body.errors[0].path).toBe('json.input.question')
    const huge = await call('POST', `/${workflow.id}/executions`, {
      input: { question: 'x'.repeat(210 * 1024) },
    })
    expect([413]).toContain(huge.status)
    expect(runner.executions.size).toBe(0)
    expect((await call('GET', '/executions')).body.items).toEqual([])
    expect((await call('POST', '/wfl_missing/executions', { input: {} })).status).toBe(404)
  })

  it('runs a built-in template directly, checking its input', async () => {
    const { call, machines } = await setup()
    const bad = await call('POST', '/templates/summarize-document/executions', { input: {} })
    expect(bad.status).toBe(422)
    expect(bad.body.errors[0].path).toBe('json.input.documentId')

    const started = await call('POST', '/templates/summarize-document/executions', {
      input: { documentId: 'doc_1' },
    })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({
      templateId: 'summarize-document',
      workflowName: 'Summarize a document',
    })
    expect([...machines.ensured.keys()]).toContain('tpl-summarize-document')
    expect((await call('POST', '/templates/nope/executions', { input: {} })).status).toBe(404)
  })

  it('waits at an approval until a member approves it through the API; a second decision is a 409', async () => {
    const { call, as, viewer, workflow, runner, machines, step } = await setup()
    const started = await call('POST', `/${workflow.id}/executions`, { input: { question: 'Q?' } })
    const arn = [...runner.executions.keys()][0] as string
    const token = machines.awaitToken('token-1')
    await step(
      arn,
      { id: 'sign_off', type: 'approval', config: answer.nodes[1]?.config },
      { input: { question: 'Q?' }, nodes: { draft: { text: 'Fourteen days.' } } },
      token,
    )

    const waiting = await call('GET', `/executions/${started.body.id}`)
    expect(waiting.body.approvals).toEqual([
      expect.objectContaining({
        nodeId: 'sign_off',
        status: 'pending',
        message: 'Send "Fourteen days."?',
      }),
    ])
    expect(waiting.body.nodes).toEqual([
      expect.objectContaining({ nodeId: 'sign_off', status: 'waiting' }),
    ])
    expect(JSON.stringify(waiting.body)).not.toContain('token-1')
    expect((await as(viewer)('POST', `/executions/${started.body.id}/approve`, {})).status).toBe(
      403,
    )

    const approved = await call('POST', `/executions/${started.body.id}/approve`, {
      comment: 'Ship it',
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect(machines.answers.get('token-1')).toEqual({
      output: expect.objectContaining({ approved: true, comment: 'Ship it' }),
    })
    expect(approved.body.approvals[0]).toMatchObject({ status: 'approved', comment: 'Ship it' })
    expect(approved.body.nodes[0]).toMatchObject({ status: 'succeeded' })
    const again = await call('POST', `/executions/${started.body.id}/approve`, {})
    expect(again.status).toBe(409)
  })

  it('shows an approval past its node timeout as expired, and refuses to decide it', async () => {
    const { call, workflow, runner, machines, stepPorts } = await setup()
    const started = await call('POST', `/${workflow.id}/executions`, { input: { question: 'Q?' } })
    const arn = [...runner.executions.keys()][0] as string
    // The approval was requested two hours ago; its node waits one hour.
    const past = new Date(Date.now() - 2 * 3600 * 1000)
    await runWorkflowStep(
      { ...stepPorts, clock: () => past },
      {
        node: { id: 'sign_off', type: 'approval', config: answer.nodes[1]?.config },
        input: { input: {}, nodes: {} },
        execution: arn,
        taskToken: machines.awaitToken('late'),
      },
    )

    const read = await call('GET', `/executions/${started.body.id}`)
    expect(read.body.approvals[0].status).toBe('expired')
    const refused = await call('POST', `/executions/${started.body.id}/approve`, {})
    expect(refused.status).toBe(409)
    const named = await call('POST', `/executions/${started.body.id}/approve`, {
      approvalId: read.body.approvals[0].id,
    })
    expect(named.status).toBe(409)
    expect(named.body.detail).toContain('expired')
    expect(machines.answers.size).toBe(0)
  })

  it('rejects an approval: the waiting task fails with ApprovalRejected', async () => {
    const { call, workflow, runner, machines, step } = await setup()
    const started = await call('POST', `/${workflow.id}/executions`, { input: { question: 'Q?' } })
    const arn = [...runner.executions.keys()][0] as string
    await step(
      arn,
      { id: 'sign_off', type: 'approval', config: answer.nodes[1]?.config },
      { input: {}, nodes: {} },
      machines.awaitToken('t2'),
    )

    const rejected = await call('POST', `/executions/${started.body.id}/approve`, {
      approved: false,
      comment: 'Wrong tone',
    })
    expect(rejected.status).toBe(200)
    expect(machines.answers.get('t2')).toEqual({ error: 'ApprovalRejected', cause: 'Wrong tone' })
    expect(rejected.body.nodes[0]).toMatchObject({
      status: 'failed',
      error: { name: 'ApprovalRejected', message: 'Wrong tone' },
    })
  })

  it('cancels a running execution (ABORTED, approvals cancelled); cancelling again is a 409', async () => {
    const { call, workflow, runner, machines, step, deps, team } = await setup()
    const started = await call('POST', `/${workflow.id}/executions`, { input: { question: 'Q?' } })
    const arn = [...runner.executions.keys()][0] as string
    await step(
      arn,
      { id: 'sign_off', type: 'approval', config: answer.nodes[1]?.config },
      { input: {}, nodes: {} },
      machines.awaitToken('t3'),
    )

    const cancelled = await call('POST', `/executions/${started.body.id}/cancel`)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'ABORTED', error: 'Workflow.Cancelled' })
    expect(cancelled.body.approvals[0].status).toBe('cancelled')
    expect((await runner.describe(arn))?.status).toBe('ABORTED')
    expect((await call('POST', `/executions/${started.body.id}/cancel`)).status).toBe(409)
    expect((await call('POST', `/executions/${started.body.id}/approve`, {})).status).toBe(409)
    const audit = await deps.audit.query(
      team.id,
      { action: 'workflow.execution.cancelled' },
      { limit: 5 },
    )
    expect(audit.items).toHaveLength(1)
  })

  it('reports a timed-out execution as FAILED with States.Timeout, and hides other workspaces’ executions', async () => {
    const { call, as, owner, workflow, runner } = await setup()
    const started = await call('POST', `/${workflow.id}/executions`, { input: { question: 'Q?' } })
    runner.fail(
      [...runner.executions.keys()][0] as string,
      'States.Timeout',
      'too slow',
      'TIMED_OUT',
    )

    expect((await call('GET', `/executions/${started.body.id}`)).body).toMatchObject({
      status: 'FAILED',
      error: 'States.Timeout',
    })
    const personal = as(owner, owner.personalWorkspaceId)
    expect((await personal('GET', `/executions/${started.body.id}`)).status).toBe(404)
    expect((await personal('GET', '/executions')).body.items).toEqual([])
  })

  it('indexes schedule triggers when saved, refuses a bad or too frequent cron, and runs due schedules', async () => {
    const { call, deps, runner } = await setup()
    const refused = await call('POST', '', {
      definition: {
        name: 'Too often',
        nodes: [{ id: 'note', type: 'transform', config: { set: { at: 'now' } } }],
        triggers: [
          { type: 'schedule', cron: '* * * * *' },
          { type: 'schedule', cron: '0 8 * * *', timezone: 'Mars/Olympus' },
        ],
      },
    })
    expect(refused.status).toBe(422)
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'json.definition.triggers.0.cron',
      'json.definition.triggers.1.cron',
    ])

    const saved = await call('POST', '', {
      definition: {
        name: 'Morning note',
        nodes: [{ id: 'note', type: 'transform', config: { set: { greeting: 'Good morning' } } }],
        triggers: [
          { type: 'schedule', cron: '0 8 * * *', timezone: 'UTC', input: { day: 'today' } },
        ],
      },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    const ports = workflowRunPorts(deps)
    const tomorrow = new Date(Date.now() + 25 * 3600 * 1000)
    expect(await runDueWorkflowSchedules(ports, { now: tomorrow })).toEqual({
      started: 1,
      skipped: 0,
    })
    expect(await runDueWorkflowSchedules(ports, { now: tomorrow })).toEqual({
      started: 0,
      skipped: 0,
    })
    const runs = (await call('GET', `/${saved.body.id}/executions`)).body.items
    expect(runs).toEqual([
      expect.objectContaining({
        input: { day: 'today' },
        trigger: expect.objectContaining({ type: 'schedule', cron: '0 8 * * *' }),
      }),
    ])
    expect(runner.executions.size).toBe(1)

    // Deleting the workflow removes its schedule.
    expect((await call('DELETE', `/${saved.body.id}`)).status).toBe(200)
    const later = new Date(tomorrow.getTime() + 25 * 3600 * 1000)
    expect(await runDueWorkflowSchedules(ports, { now: later })).toEqual({ started: 0, skipped: 0 })
  })
})
