import {
  type WorkflowDefinition,
  type WorkflowStepPayload,
  workflowDefinitionSchema,
} from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { LocalStateMachineRunner } from './local-runner'
import { LocalWorkflowMachines } from './local-workflow-machines'
import { waitForExecution } from './wait-for-execution'

const twoTransforms: WorkflowDefinition = workflowDefinitionSchema.parse({
  name: 'Greet',
  nodes: [
    { id: 'greet', type: 'transform', config: { set: { text: 'Hello {{input.name}}' } } },
    { id: 'shout', type: 'transform', config: { set: { text: '$.nodes.greet.text' } } },
  ],
  edges: [{ from: 'greet', to: 'shout' }],
})

const withApproval: WorkflowDefinition = workflowDefinitionSchema.parse({
  name: 'Publish',
  nodes: [
    { id: 'ask', type: 'approval', config: { message: 'Publish?', timeoutSeconds: 60 } },
    { id: 'done', type: 'transform', config: { set: { ok: 'yes' } } },
  ],
  edges: [{ from: 'ask', to: 'done' }],
})

/** A stand-in for the workflow-step function: each node outputs what it saw. */
function fakeStep() {
  const events: WorkflowStepPayload[] = []
  const step = async (event: unknown) => {
    const payload = event as WorkflowStepPayload
    events.push(payload)
    return { node: payload.node.id, name: (payload.input.input as { name?: string }).name }
  }
  return { step, events }
}

describe('LocalWorkflowMachines', () => {
  it('runs a workflow version through the runner by the ARN ensure returns', async () => {
    const runner = new LocalStateMachineRunner()
    const { step, events } = fakeStep()
    const machines = new LocalWorkflowMachines(runner, { step })
    const key = { workflowId: 'wf_1', version: 2 }

    const arn = await machines.ensure(key, twoTransforms)
    expect(arn).toBe(runner.stateMachineArn('chatter-wf-wf_1-v2'))
    expect(await machines.ensure(key, twoTransforms)).toBe(arn)

    const { executionArn } = await runner.start(arn, { name: 'Ada' }, { name: 'wfx_1' })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })
    expect(done.status).toBe('SUCCEEDED')
    expect(done.output).toMatchObject({
      input: { name: 'Ada' },
      nodes: { greet: { node: 'greet', name: 'Ada' }, shout: { node: 'shout', name: 'Ada' } },
    })
    expect(events.map((event) => [event.node.type, event.execution])).toEqual([
      ['transform', executionArn],
      ['transform', executionArn],
    ])
  })

  it('registers each template definition once, under a name with its hash', async () => {
    const runner = new LocalStateMachineRunner()
    const registered: string[] = []
    const register = runner.register.bind(runner)
    runner.register = (name, definition, handlers) => {
      registered.push(name)
      register(name, definition, handlers)
    }
    const machines = new LocalWorkflowMachines(runner, { step: fakeStep().step, namePrefix: 'x-' })
    await machines.ensure({ templateId: 'greet' }, twoTransforms)
    await machines.ensure({ templateId: 'greet' }, twoTransforms)
    await machines.ensure({ templateId: 'greet' }, { ...twoTransforms, name: 'Greet 2' })

    expect(registered).toHaveLength(2)
    expect(registered.every((name) => /^x-tpl-greet-[0-9a-f]{10}$/.test(name))).toBe(true)
  })

  it('completes an approval through sendTaskSuccess with the token the step was given', async () => {
    const runner = new LocalStateMachineRunner()
    const { step, events } = fakeStep()
    const machines = new LocalWorkflowMachines(runner, { step })
    const arn = await machines.ensure({ workflowId: 'wf_2', version: 1 }, withApproval)
    const { executionArn } = await runner.start(arn, {})

    await expect.poll(() => events.length).toBe(1)
    const token = events[0]?.taskToken ?? ''
    expect(events[0]?.node.type).toBe('approval')
    expect(token).not.toBe('')
    expect((await runner.describe(executionArn))?.status).toBe('RUNNING')

    await machines.sendTaskSuccess(token, { approved: true, by: 'usr_1' })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })
    expect(done.output).toMatchObject({ nodes: { ask: { approved: true, by: 'usr_1' } } })
    await expect(machines.sendTaskFailure(token, 'Rejected', 'late')).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('removes the state machines of a deleted workflow', async () => {
    const runner = new LocalStateMachineRunner()
    const machines = new LocalWorkflowMachines(runner, { step: fakeStep().step })
    const arn = await machines.ensure({ workflowId: 'wf_3', version: 1 }, twoTransforms)

    await machines.remove('wf_3', [1, 2])
    expect(runner.isRegistered(arn)).toBe(false)
  })
})
