import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn'
import { describe, expect, it } from 'vitest'
import type { SfnSender } from './clients'
import { createSfnProbe } from './sfn-probe'
import { SfnStateMachineRunner } from './sfn-runner'

const machineArn = 'arn:aws:states:eu-west-1:123456789012:stateMachine:chatter-ingest'
const executionArn = 'arn:aws:states:eu-west-1:123456789012:execution:chatter-ingest:doc-1'
const meta = { $metadata: {} }

/** A hand-written Step Functions holding one execution named `doc-1`, started with `stored`. */
function fakeSfn(stored: { input: string; status?: string } = { input: '{"a":1}' }) {
  const sent: object[] = []
  const client = {
    async send(command: object) {
      sent.push(command)
      if (command instanceof StartExecutionCommand) {
        if (command.input.name !== 'doc-1') {
          return { executionArn: `${executionArn}-new`, startDate: new Date(Date.UTC(2025, 0, 2)) }
        }
        throw new ExecutionAlreadyExists({ message: 'Execution Already Exists', ...meta })
      }
      if (command instanceof DescribeExecutionCommand) {
        if (command.input.executionArn !== executionArn) {
          throw new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', ...meta })
        }
        return {
          executionArn,
          name: 'doc-1',
          status: stored.status ?? 'SUCCEEDED',
          input: stored.input,
          output: '{"status":"ready"}',
          startDate: new Date(Date.UTC(2025, 0, 1)),
          stopDate: new Date(Date.UTC(2025, 0, 1, 0, 1)),
        }
      }
      if (command instanceof StopExecutionCommand) return { stopDate: new Date() }
      if (command instanceof DescribeStateMachineCommand) {
        if (command.input.stateMachineArn !== machineArn) {
          throw new StateMachineDoesNotExist({ message: 'State Machine Does Not Exist', ...meta })
        }
        return { stateMachineArn: machineArn, status: stored.status ?? 'ACTIVE' }
      }
      throw new Error(`unexpected ${command.constructor.name}`)
    },
  }
  return { client: client as unknown as SfnSender, sent }
}

describe('SfnStateMachineRunner', () => {
  it('starts an execution with its input as JSON and a name', async () => {
    const { client, sent } = fakeSfn()
    const started = await new SfnStateMachineRunner(client).start(
      machineArn,
      { a: 2 },
      { name: 'x' },
    )

    expect(started).toEqual({
      executionArn: `${executionArn}-new`,
      startedAt: '2025-01-02T00:00:00.000Z',
    })
    expect((sent[0] as StartExecutionCommand).input).toEqual({
      stateMachineArn: machineArn,
      input: '{"a":2}',
      name: 'x',
    })
  })

  it('treats ExecutionAlreadyExists for the same name and input as the same start', async () => {
    const runner = new SfnStateMachineRunner(fakeSfn().client)

    await expect(runner.start(machineArn, { a: 1 }, { name: 'doc-1' })).resolves.toEqual({
      executionArn,
      startedAt: '2025-01-01T00:00:00.000Z',
    })
    await expect(runner.start(machineArn, { a: 9 }, { name: 'doc-1' })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('describes an execution with parsed input and output, and unknown ones as undefined', async () => {
    const runner = new SfnStateMachineRunner(fakeSfn({ input: '{"a":1}', status: 'FAILED' }).client)

    expect(await runner.describe(executionArn)).toEqual({
      executionArn,
      name: 'doc-1',
      status: 'FAILED',
      input: { a: 1 },
      output: { status: 'ready' },
      startedAt: '2025-01-01T00:00:00.000Z',
      stoppedAt: '2025-01-01T00:01:00.000Z',
    })
    expect(await runner.describe(`${executionArn}-other`)).toBeUndefined()
  })

  it('reports a redrive-pending execution as still running', async () => {
    const runner = new SfnStateMachineRunner(
      fakeSfn({ input: '{}', status: 'PENDING_REDRIVE' }).client,
    )
    expect((await runner.describe(executionArn))?.status).toBe('RUNNING')
  })

  it('stops an execution with an error and cause', async () => {
    const { client, sent } = fakeSfn()
    await new SfnStateMachineRunner(client).stop(executionArn, { error: 'User.Cancelled' })
    expect((sent[0] as StopExecutionCommand).input).toEqual({
      executionArn,
      error: 'User.Cancelled',
      cause: undefined,
    })
  })
})

describe('createSfnProbe', () => {
  it('is ok when the state machine exists and is active, down otherwise', async () => {
    const { client } = fakeSfn()
    const signal = new AbortController().signal
    await expect(createSfnProbe(client, machineArn).check(signal)).resolves.toBeUndefined()
    await expect(createSfnProbe(client, `${machineArn}-gone`).check(signal)).rejects.toThrow(
      /Does Not Exist/,
    )
    const deleting = fakeSfn({ input: '{}', status: 'DELETING' }).client
    await expect(createSfnProbe(deleting, machineArn).check(signal)).rejects.toThrow(/DELETING/)
  })
})
