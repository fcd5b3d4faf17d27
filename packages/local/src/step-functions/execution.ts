import type { ExecutionDescription, StopExecutionOptions } from '@chatter/core'
import {
  ExecutionAbortedError,
  ExecutionError,
  ExecutionTimeoutError,
  type RunOptions,
  type StateMachine,
} from 'aws-local-stepfunctions'
import { taskTokenPlaceholder } from './task-tokens'

type Outcome = Pick<ExecutionDescription, 'status' | 'output' | 'error' | 'cause'>

/** One background run of a local state machine, and its AWS-shaped description. */
export interface Execution {
  readonly description: ExecutionDescription
  /** Resolves once the execution has ended, however it ended. */
  readonly done: Promise<void>
  /** Ends the execution with `outcome` unless it already ended; later outcomes are ignored. */
  finish(outcome: Outcome): void
}

interface ExecutionStart {
  executionArn: string
  name: string
  input: unknown
  stateMachine: { name: string; arn: string; machine: StateMachine }
  /** The run's overrides, given the signal that aborts when the execution ends. */
  handlers: (signal: AbortSignal) => NonNullable<RunOptions['overrides']>
  onFinished: () => void
}

export function startExecution(start: ExecutionStart): Execution {
  const { executionArn, name, input, stateMachine } = start
  const controller = new AbortController()
  const startedAt = new Date().toISOString()
  const description: ExecutionDescription = {
    executionArn,
    name,
    status: 'RUNNING',
    input,
    startedAt,
  }
  let resolveDone: () => void = () => {}
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve
  })
  const run = stateMachine.machine.run(input as never, {
    overrides: start.handlers(controller.signal),
    context: {
      Execution: { Id: executionArn, Name: name, StartTime: startedAt },
      StateMachine: { Id: stateMachine.arn, Name: stateMachine.name },
      Task: { Token: taskTokenPlaceholder },
    },
  })
  const finish = (outcome: Outcome) => {
    if (description.status !== 'RUNNING') return
    const defined = Object.entries(outcome).filter(([, value]) => value !== undefined)
    Object.assign(description, Object.fromEntries(defined), { stoppedAt: new Date().toISOString() })
    // Handlers still at work (a stop, a timeout, a failed Map sibling) learn it here.
    controller.abort()
    if (outcome.status === 'ABORTED') run.abort()
    resolveDone()
    start.onFinished()
  }
  run.result.then(
    (output) => finish({ status: 'SUCCEEDED', output }),
    (error: unknown) => finish(outcomeOf(error)),
  )
  void drain(run.eventLogs)
  return { description, done, finish }
}

export const stoppedOutcome = ({ error, cause }: StopExecutionOptions): Outcome => ({
  status: 'ABORTED',
  error,
  cause,
})

function outcomeOf(error: unknown): Outcome {
  if (error instanceof ExecutionTimeoutError) {
    return {
      status: 'TIMED_OUT',
      error: 'States.Timeout',
      cause: 'The execution ran longer than its TimeoutSeconds',
    }
  }
  if (error instanceof ExecutionAbortedError) return { status: 'ABORTED' }
  // ExecutionError wraps the state's error: a Fail state's Error/Cause, or a task's failure.
  const failure = error instanceof ExecutionError ? error.cause : error
  if (failure instanceof Error) {
    return { status: 'FAILED', error: failure.name, cause: failure.message }
  }
  return { status: 'FAILED', error: 'States.Runtime', cause: String(failure) }
}

// Nobody reads the interpreter's event log; draining it keeps its queue from growing.
async function drain(events: AsyncGenerator<unknown>): Promise<void> {
  for await (const _event of events) {
    // discard
  }
}
