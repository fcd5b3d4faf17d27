import type { StateMachineDefinition } from '@chatter/resources'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { handlerForEveryTask } from './definition-check'
import { LocalStateMachineRunner } from './local-runner'
import { LocalStepFunctionsProbe } from './stepfunctions-probe'
import { waitForExecution } from './wait-for-execution'

const lambda = 'arn:aws:lambda:us-east-1:000000000000:function:work'

/** One Task that may fail with `Throttled` (retried, then handled) or anything else (fatal). */
const oneTask = (extra: Partial<StateMachineDefinition> = {}): StateMachineDefinition => ({
  StartAt: 'Work',
  States: {
    Work: {
      Type: 'Task',
      Resource: lambda,
      Retry: [{ ErrorEquals: ['Throttled'], IntervalSeconds: 1, MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['Throttled'], ResultPath: '$.failure', Next: 'Handled' }],
      End: true,
    },
    Handled: { Type: 'Pass', End: true },
  },
  ...extra,
})

class Throttled extends Error {
  override name = 'Throttled'
}

const runnerWith = (work: (input: unknown, signal: AbortSignal) => Promise<unknown>) => {
  const runner = new LocalStateMachineRunner({ retryIntervalMs: 0 })
  runner.register('m', oneTask(), { Work: (input, { signal }) => work(input, signal) })
  return runner
}

describe('LocalStateMachineRunner', () => {
  it('runs in the background and reports the output as JSON', async () => {
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const runner = runnerWith(async (input) => {
      await released
      return { echoed: input, at: new Date(0), skip: undefined }
    })
    const { executionArn, startedAt } = await runner.start('m', { n: 1 })

    expect((await runner.describe(executionArn))?.status).toBe('RUNNING')
    release()
    const done = await waitForExecution(runner, executionArn)
    expect(done).toMatchObject({ status: 'SUCCEEDED', input: { n: 1 }, startedAt })
    expect(done.output).toEqual({ echoed: { n: 1 }, at: '1970-01-01T00:00:00.000Z' })
    expect(Date.parse(done.stoppedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(startedAt))
  })

  it('announces every ended execution to its listeners, as status-change events', async () => {
    const runner = runnerWith(async (input) => ({ echoed: input }))
    const ended: [string, string, string][] = []
    runner.onExecutionEnded((description, stateMachineArn) => {
      ended.push([description.executionArn, description.status, stateMachineArn])
      throw new Error('a failing listener changes nothing')
    })
    const { executionArn } = await runner.start('m', { n: 2 })
    const done = await waitForExecution(runner, executionArn)

    expect(done.status).toBe('SUCCEEDED')
    await expect
      .poll(() => ended)
      .toEqual([[executionArn, 'SUCCEEDED', runner.stateMachineArn('m')]])
  })

  it('matches a thrown error by its name, as Step Functions does for Lambda', async () => {
    let calls = 0
    const runner = runnerWith(async () => {
      calls += 1
      throw new Throttled('slow down')
    })
    const done = await waitForExecution(runner, (await runner.start('m', {})).executionArn)

    expect(calls).toBe(3)
    expect(done.status).toBe('SUCCEEDED')
    expect(done.output).toMatchObject({ failure: { Error: 'Throttled' } })
  })

  it('fails the execution with an error no rule matches, Lambda-style cause included', async () => {
    const runner = runnerWith(async () => {
      throw new TypeError('bad input')
    })
    const done = await waitForExecution(runner, (await runner.start('m', {})).executionArn)

    expect(done.status).toBe('FAILED')
    expect(done.error).toBe('TypeError')
    expect(JSON.parse(done.cause ?? '')).toMatchObject({ errorMessage: 'bad input' })
  })

  it('treats a repeated start with the same name and input as the same execution', async () => {
    const runner = runnerWith(async () => 'ok')
    const first = await runner.start('m', { a: 1 }, { name: 'once' })
    const again = await runner.start(runner.stateMachineArn('m'), { a: 1 }, { name: 'once' })

    expect(again).toEqual(first)
    await expect(runner.start('m', { a: 2 }, { name: 'once' })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(runner.start('nope', {})).rejects.toMatchObject({ code: 'resource.notFound' })
    expect(await runner.describe(`${first.executionArn}-missing`)).toBeUndefined()
  })

  it('stops a running execution and tells its handler', async () => {
    let handlerSignal: AbortSignal | undefined
    const runner = runnerWith(
      (_input, signal) =>
        new Promise(() => {
          handlerSignal = signal
        }),
    )
    const { executionArn } = await runner.start('m', {})
    await expect.poll(() => handlerSignal).toBeDefined()

    await runner.stop(executionArn, { error: 'User.Cancelled', cause: 'deleted' })
    const stopped = await waitForExecution(runner, executionArn, { timeoutMs: 1_000 })

    expect(stopped).toMatchObject({ status: 'ABORTED', error: 'User.Cancelled', cause: 'deleted' })
    expect(handlerSignal?.aborted).toBe(true)
  })

  it('times an execution out after its TimeoutSeconds', async () => {
    const runner = new LocalStateMachineRunner()
    runner.register('slow', oneTask({ TimeoutSeconds: 1 }), {
      Work: (_input, { signal }) =>
        new Promise((resolve) => signal.addEventListener('abort', () => resolve('late'))),
    })
    const { executionArn } = await runner.start('slow', {})
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 3_000 })

    expect(done).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' })
  })

  it('can route every Task, nested ones too, to one handler', async () => {
    const definition: StateMachineDefinition = {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: {
            StartAt: 'Double',
            States: { Double: { Type: 'Task', Resource: lambda, End: true } },
          },
          Next: 'Sum',
        },
        Sum: { Type: 'Task', Resource: lambda, End: true },
      },
    }
    const runner = new LocalStateMachineRunner()
    runner.register(
      'fn',
      definition,
      handlerForEveryTask(
        definition,
        async (input: unknown, { stateName }: { stateName: string }) =>
          stateName === 'Double'
            ? (input as number) * 2
            : (input as number[]).reduce((a, b) => a + b, 0),
      ),
    )
    const done = await waitForExecution(
      runner,
      (await runner.start('fn', { items: [1, 2, 3] })).executionArn,
    )
    expect(done.output).toBe(12)
  })

  describe('with a clock under test control', () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    it('lets a Task without TimeoutSeconds run past the interpreter default of 60 s', async () => {
      vi.useFakeTimers()
      const runner = new LocalStateMachineRunner()
      runner.register('long', oneTask(), {
        Work: () => new Promise((resolve) => setTimeout(() => resolve('extracted'), 120_000)),
      })
      const { executionArn } = await runner.start('long', {})

      await vi.advanceTimersByTimeAsync(121_000)
      expect(await runner.settled(executionArn)).toMatchObject({
        status: 'SUCCEEDED',
        output: 'extracted',
      })
    })
  })

  it('refuses invalid and JSONata definitions at register, with the reasons', () => {
    const runner = new LocalStateMachineRunner()
    const dangling = oneTask()
    dangling.StartAt = 'Missing'
    expect(() => runner.register('bad', dangling, { Work: async () => null })).toThrow(
      /Missing 'StartAt'.*target: Missing/,
    )
    const jsonata = { ...oneTask(), QueryLanguage: 'JSONata' } as StateMachineDefinition
    expect(() => runner.register('bad', jsonata, { Work: async () => null })).toThrow(/JSONata/)
    expect(() =>
      runner.register('bad', oneTask(), { Work: async () => 1, Wrok: async () => 1 }),
    ).toThrow(/Wrok: handler given for a state that is not a Task/)
  })

  it('is ready, for the readiness probe, only once the state machine is registered', async () => {
    const runner = new LocalStateMachineRunner()
    const probe = new LocalStepFunctionsProbe(runner, 'm')
    await expect(probe.check()).rejects.toThrow(/not registered/)

    runner.register('m', oneTask(), { Work: async () => null })
    await expect(probe.check()).resolves.toBeUndefined()
  })
})

describe('LocalStateMachineRunner with callback tasks (waitForTaskToken)', () => {
  const approve = (extra: Record<string, unknown> = {}): StateMachineDefinition => ({
    StartAt: 'Approve',
    States: {
      Approve: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: {
          FunctionName: lambda,
          Payload: { 'input.$': '$', 'taskToken.$': '$$.Task.Token' },
        },
        ResultPath: '$.approval',
        Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 1, MaxAttempts: 1 }],
        Catch: [
          { ErrorEquals: ['Rejected', 'States.Timeout'], ResultPath: '$.failure', Next: 'Handled' },
        ],
        End: true,
        ...extra,
      },
      Handled: { Type: 'Pass', End: true },
    },
  })

  /** A runner whose token task records each payload its function was invoked with. */
  const waitingRunner = (definition = approve()) => {
    const payloads: { input: unknown; taskToken: string }[] = []
    const runner = new LocalStateMachineRunner({ retryIntervalMs: 0 })
    runner.register('approve', definition, {
      Approve: async (payload) => {
        payloads.push(payload as (typeof payloads)[number])
        return 'ignored'
      },
    })
    const tokenAt = async (index: number) => {
      await expect.poll(() => payloads.length).toBeGreaterThan(index)
      return payloads[index]!.taskToken
    }
    return { runner, payloads, tokenAt }
  }
  const onlyRejected = [{ ErrorEquals: ['Rejected'], Next: 'Handled' }]
  const conflict = {
    code: 'resource.conflict',
    message: expect.stringMatching(/no longer waiting/),
  }

  it('waits at the task until sendTaskSuccess, then puts the output at the ResultPath', async () => {
    const { runner, payloads, tokenAt } = waitingRunner()
    const { executionArn } = await runner.start('approve', { draft: 'hi' })
    const token = await tokenAt(0)

    expect(payloads[0]).toEqual({ input: { draft: 'hi' }, taskToken: token })
    expect(token).not.toMatch(/placeholder/)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await runner.describe(executionArn))?.status).toBe('RUNNING')

    await runner.sendTaskSuccess(token, { approved: true, at: new Date(0) })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 2_000 })
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      output: { draft: 'hi', approval: { approved: true, at: '1970-01-01T00:00:00.000Z' } },
    })
    await expect(runner.sendTaskSuccess(token, {})).rejects.toMatchObject(conflict)
  })

  it('fails the task with the error sendTaskFailure names, for Retry and Catch to match', async () => {
    const { runner, tokenAt } = waitingRunner()
    const { executionArn } = await runner.start('approve', {})

    const first = await tokenAt(0)
    await runner.sendTaskFailure(first, 'Flaky', 'try again')
    const retried = await tokenAt(1)
    expect(retried).not.toBe(first)
    await expect(runner.sendTaskSuccess(first, {})).rejects.toMatchObject(conflict)

    await runner.sendTaskFailure(retried, 'Rejected', 'Not this time')
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 2_000 })
    expect(done).toMatchObject({
      status: 'SUCCEEDED',
      output: { failure: { Error: 'Rejected', Cause: 'Not this time' } },
    })
    await expect(runner.sendTaskFailure(retried, 'Rejected', 'again')).rejects.toMatchObject(
      conflict,
    )
  })

  it('fails the task with States.Timeout after its TimeoutSeconds and forgets the token', async () => {
    // Once timed out, the execution waits at a second callback task, so it is still running.
    const definition = approve({ TimeoutSeconds: 1 })
    definition.States.Handled = { ...definition.States.Approve, TimeoutSeconds: 60 } as never
    const payloads: unknown[] = []
    const record = async (payload: unknown) => void payloads.push(payload)
    const runner = new LocalStateMachineRunner()
    runner.register('approve', definition, { Approve: record, Handled: record })
    const { executionArn } = await runner.start('approve', {})
    await expect.poll(() => payloads.length, { timeout: 3_000 }).toBe(2)
    const [timedOut, next] = payloads as { input: unknown; taskToken: string }[]

    expect(next?.input).toMatchObject({ failure: { Error: 'States.Timeout' } })
    expect((await runner.describe(executionArn))?.status).toBe('RUNNING')
    await expect(runner.sendTaskSuccess(timedOut!.taskToken, {})).rejects.toMatchObject(conflict)
    await runner.sendTaskSuccess(next!.taskToken, 'later')
    expect(await waitForExecution(runner, executionArn, { timeoutMs: 1_000 })).toMatchObject({
      status: 'SUCCEEDED',
    })

    const uncaught = waitingRunner(approve({ TimeoutSeconds: 1, Catch: onlyRejected }))
    const failed = await uncaught.runner.start('approve', {})
    expect(
      await waitForExecution(uncaught.runner, failed.executionArn, { timeoutMs: 3_000 }),
    ).toMatchObject({ status: 'FAILED', error: 'States.Timeout' })
  })

  it('aborts the wait when the execution is stopped, and the token is gone', async () => {
    const { runner, tokenAt } = waitingRunner()
    const { executionArn } = await runner.start('approve', {})
    const token = await tokenAt(0)

    await runner.stop(executionArn, { error: 'User.Cancelled' })
    const stopped = await waitForExecution(runner, executionArn, { timeoutMs: 1_000 })

    expect(stopped).toMatchObject({ status: 'ABORTED', error: 'User.Cancelled' })
    await expect(runner.sendTaskSuccess(token, {})).rejects.toMatchObject(conflict)
    await expect(runner.sendTaskSuccess('made-up', {})).rejects.toMatchObject(conflict)
  })

  it('fails the task when its function fails, as a failed invocation does', async () => {
    const runner = new LocalStateMachineRunner()
    runner.register('approve', approve({ Catch: onlyRejected }), {
      Approve: async () => {
        throw new TypeError('no approver')
      },
    })
    const { executionArn } = await runner.start('approve', {})
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 2_000 })

    expect(done).toMatchObject({ status: 'FAILED', error: 'TypeError' })
  })

  it('gives a lambda:invoke task its Payload and wraps the result the way the integration does', async () => {
    const runner = new LocalStateMachineRunner()
    runner.register(
      'invoke',
      {
        StartAt: 'Call',
        States: {
          Call: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: lambda, Payload: { 'n.$': '$.n' } },
            End: true,
          },
        },
      },
      { Call: async (payload) => ({ doubled: (payload as { n: number }).n * 2 }) },
    )
    const done = await waitForExecution(
      runner,
      (await runner.start('invoke', { n: 4 })).executionArn,
    )

    expect(done.output).toEqual({ Payload: { doubled: 8 }, StatusCode: 200 })
  })

  it('forgets an unregistered state machine for later starts', async () => {
    const { runner } = waitingRunner()
    runner.unregister(runner.stateMachineArn('approve'))

    expect(runner.isRegistered('approve')).toBe(false)
    await expect(runner.start('approve', {})).rejects.toMatchObject({ code: 'resource.notFound' })
  })
})
