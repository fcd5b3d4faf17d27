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
