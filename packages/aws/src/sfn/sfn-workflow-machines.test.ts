import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  InvalidToken,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  StateMachineAlreadyExists,
  StateMachineDoesNotExist,
  TaskDoesNotExist,
  TaskTimedOut,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn'
import { type WorkflowDefinition, workflowDefinitionSchema } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import type { SfnSender } from './clients'
import { SfnWorkflowMachines } from './sfn-workflow-machines'

const stepFunctionArn = 'arn:aws:lambda:eu-west-1:123456789012:function:chatter-workflow-step'
const roleArn = 'arn:aws:iam::123456789012:role/chatter-workflows'
const machineArn = (name: string) => `arn:aws:states:eu-west-1:123456789012:stateMachine:${name}`
const meta = { $metadata: {} }

const definition: WorkflowDefinition = workflowDefinitionSchema.parse({
  name: 'Greet',
  nodes: [{ id: 'greet', type: 'transform', config: { set: { text: 'Hello' } } }],
})

/** A hand-written Step Functions holding the machines in `existing`; tokens in `gone` are refused with their error. */
function fakeSfn(existing: string[] = [], gone: Record<string, Error> = {}) {
  const sent: object[] = []
  const client = {
    async send(command: object) {
      sent.push(command)
      if (command instanceof CreateStateMachineCommand) {
        const name = command.input.name!
        if (existing.includes(name)) {
          throw new StateMachineAlreadyExists({ message: 'State Machine Already Exists', ...meta })
        }
        return { stateMachineArn: machineArn(name), creationDate: new Date() }
      }
      if (command instanceof UpdateStateMachineCommand) return { updateDate: new Date() }
      if (command instanceof DeleteStateMachineCommand) {
        if (!existing.some((name) => machineArn(name) === command.input.stateMachineArn)) {
          throw new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', ...meta })
        }
        return {}
      }
      if (command instanceof SendTaskSuccessCommand || command instanceof SendTaskFailureCommand) {
        const refused = gone[command.input.taskToken!]
        if (refused) throw refused
        return {}
      }
      throw new Error(`unexpected ${command.constructor.name}`)
    },
  }
  return { client: client as unknown as SfnSender, sent }
}

const machinesWith = (client: SfnSender, timeoutSeconds?: number) =>
  new SfnWorkflowMachines({
    client,
    stepFunctionArn,
    roleArn,
    namePrefix: 'chatter-wf-',
    timeoutSeconds,
  })

describe('SfnWorkflowMachines', () => {
  it('creates a STANDARD machine for a workflow version, tagged with the workflow', async () => {
    const { client, sent } = fakeSfn()
    const arn = await machinesWith(client, 3600).ensure(
      { workflowId: 'wf_1', version: 2 },
      definition,
    )

    expect(arn).toBe(machineArn('chatter-wf-wf_1-v2'))
    expect(sent).toHaveLength(1)
    const { input } = sent[0] as CreateStateMachineCommand
    expect(input).toMatchObject({
      name: 'chatter-wf-wf_1-v2',
      roleArn,
      type: 'STANDARD',
      tags: [{ key: 'chatter:workflow', value: 'wf_1' }],
    })
    const asl = JSON.parse(input.definition!)
    expect(asl.TimeoutSeconds).toBe(3600)
    expect(asl.States.greet).toMatchObject({ Type: 'Task', Resource: stepFunctionArn })
  })

  it('asks AWS once per machine, and again only after a failure', async () => {
    const { client, sent } = fakeSfn()
    const machines = machinesWith(client)
    const template = { templateId: 'daily-digest' }
    const [first, second] = await Promise.all([
      machines.ensure(template, definition),
      machines.ensure(template, definition),
    ])
    await machines.ensure(template, definition)

    expect(second).toBe(first)
    expect(first).toMatch(/:stateMachine:chatter-wf-tpl-daily-digest-[0-9a-f]{10}$/)
    expect(sent).toHaveLength(1)
    expect((sent[0] as CreateStateMachineCommand).input.tags).toEqual([
      { key: 'chatter:workflow', value: 'template:daily-digest' },
    ])

    const failing = {
      send: async () => {
        throw new Error('throttled')
      },
    } as unknown as SfnSender
    const flaky = machinesWith(failing)
    await expect(flaky.ensure(template, definition)).rejects.toThrow('throttled')
    await expect(flaky.ensure(template, definition)).rejects.toThrow('throttled')
  })

  it('updates a machine that already exists with other parameters', async () => {
    const { client, sent } = fakeSfn(['chatter-wf-wf_1-v1'])
    const arn = await machinesWith(client).ensure({ workflowId: 'wf_1', version: 1 }, definition)

    expect(arn).toBe(machineArn('chatter-wf-wf_1-v1'))
    expect(sent.map((command) => command.constructor.name)).toEqual([
      'CreateStateMachineCommand',
      'UpdateStateMachineCommand',
    ])
    const update = (sent[1] as UpdateStateMachineCommand).input
    expect(update).toEqual({
      stateMachineArn: arn,
      definition: (sent[0] as CreateStateMachineCommand).input.definition,
      roleArn,
    })
  })

  it('sends task success as JSON and failure with its error and cause', async () => {
    const { client, sent } = fakeSfn()
    const machines = machinesWith(client)
    await machines.sendTaskSuccess('tok-1', { approved: true })
    await machines.sendTaskFailure('tok-2', 'Rejected', 'Not now')

    expect((sent[0] as SendTaskSuccessCommand).input).toEqual({
      taskToken: 'tok-1',
      output: '{"approved":true}',
    })
    expect((sent[1] as SendTaskFailureCommand).input).toEqual({
      taskToken: 'tok-2',
      error: 'Rejected',
      cause: 'Not now',
    })
  })

  it('answers a token no longer awaited with resource.conflict', async () => {
    const { client } = fakeSfn([], {
      late: new TaskTimedOut({ message: 'Task Timed Out', ...meta }),
      done: new TaskDoesNotExist({ message: 'Task Does Not Exist', ...meta }),
      junk: new InvalidToken({ message: 'Invalid Token', ...meta }),
      down: new Error('socket hang up'),
    })
    const machines = machinesWith(client)
    const conflict = { code: 'resource.conflict' }

    await expect(machines.sendTaskSuccess('late', {})).rejects.toMatchObject(conflict)
    await expect(machines.sendTaskFailure('done', 'Rejected', '')).rejects.toMatchObject(conflict)
    await expect(machines.sendTaskSuccess('junk', {})).rejects.toMatchObject(conflict)
    await expect(machines.sendTaskSuccess('down', {})).rejects.toThrow('socket hang up')
  })

  it('deletes every version of a removed workflow, missing ones included', async () => {
    const { client, sent } = fakeSfn(['chatter-wf-wf_1-v1'])
    const machines = machinesWith(client)
    await machines.remove('wf_1', [1, 2])

    expect(sent.map((command) => (command as DeleteStateMachineCommand).input)).toEqual([
      { stateMachineArn: machineArn('chatter-wf-wf_1-v1') },
      { stateMachineArn: machineArn('chatter-wf-wf_1-v2') },
    ])
  })

  it('forgets a removed machine, so ensuring it again creates it again', async () => {
    const { client, sent } = fakeSfn()
    const machines = machinesWith(client)
    const key = { workflowId: 'wf_1', version: 1 }
    await machines.ensure(key, definition)
    await expect(machines.remove('wf_1', [1])).resolves.toBeUndefined()
    await machines.ensure(key, definition)

    expect(sent.map((command) => command.constructor.name)).toEqual([
      'CreateStateMachineCommand',
      'DeleteStateMachineCommand',
      'CreateStateMachineCommand',
    ])
  })

  it('refuses a step function ARN it cannot place machines beside', () => {
    expect(
      () =>
        new SfnWorkflowMachines({ client: { region: 'eu-west-1' }, stepFunctionArn: 'x', roleArn }),
    ).toThrow(/Not a Lambda function ARN/)
  })
})
