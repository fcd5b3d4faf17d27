import './polyfills'
import { randomUUID } from 'node:crypto'
import {
  DomainError,
  type ExecutionDescription,
  type StartExecutionOptions,
  type StartedExecution,
  type StateMachineRunner,
  type StopExecutionOptions,
} from '@chatter/core'
import { local, type StateMachineDefinition } from '@chatter/resources'
import { type RunOptions, StateMachine } from 'aws-local-stepfunctions'
import {
  assertHandlersMatchTasks,
  assertValidDefinition,
  forEachState,
  stateNames,
} from './definition-check'
import { type Execution, startExecution, stoppedOutcome } from './execution'
import { TaskStopped, toTaskFailure, unlessStopped } from './task-errors'

export interface LocalTaskContext {
  executionArn: string
  stateName: string
  /** Aborts when the execution ends (stopped, timed out, failed) while the handler still runs. */
  signal: AbortSignal
}

/** Runs one Task state locally, in place of the Lambda function its `Resource` names. */
export type LocalTaskHandler = (input: unknown, context: LocalTaskContext) => Promise<unknown>

export interface LocalStateMachineRunnerOptions {
  /** Pause before every Retry, replacing IntervalSeconds x BackoffRate; keep unset for ASL timing. */
  retryIntervalMs?: number
  /** Duration of every Wait state; keep unset for the definition's own. */
  waitStateMs?: number
  /** Finished executions kept for `describe`; the oldest are forgotten first. */
  keepFinished?: number
  /**
   * Limit for Tasks without TimeoutSeconds. The interpreter's own default is 60 s, but in AWS
   * such a Task waits for its Lambda function, which can run up to 900 s; default 900.
   */
  defaultTaskTimeoutSeconds?: number
}

interface Registered {
  name: string
  arn: string
  machine: StateMachine
  handlers: Record<string, LocalTaskHandler>
  overrides: NonNullable<RunOptions['overrides']>
}

const NAME = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\p{Cc}]{1,80}$/u
const arnPrefix = `arn:aws:states:${local.region}:${local.accountId}`

/**
 * Step Functions on one machine: runs registered ASL definitions with aws-local-stepfunctions,
 * each Task calling a local handler instead of Lambda. Executions run in the background, are
 * tracked by ARN, and are described and stopped the way AWS does it.
 * @example
 * runner.register('chatter-ingest', ingestStateMachine(arn), { Extract: extract, ... })
 * const { executionArn } = await runner.start('chatter-ingest', { document })
 * const done = await waitForExecution(runner, executionArn)
 */
export class LocalStateMachineRunner implements StateMachineRunner {
  readonly #machines = new Map<string, Registered>()
  readonly #executions = new Map<string, Execution>()

  constructor(private readonly options: LocalStateMachineRunnerOptions = {}) {}

  /**
   * Validates `definition` (asl-validator; JSONPath only) and requires a handler for every Task,
   * nested ones included. Registering a name again replaces its definition for later starts.
   */
  register(
    name: string,
    definition: StateMachineDefinition,
    handlers: Record<string, LocalTaskHandler>,
  ): void {
    if (!NAME.test(name)) throw new DomainError('request.invalid', `Invalid name "${name}"`)
    assertValidDefinition(name, definition)
    assertHandlersMatchTasks(name, definition, Object.keys(handlers))
    const everyState = (names: string[], ms: number | undefined) =>
      ms === undefined ? undefined : Object.fromEntries(names.map((state) => [state, ms]))
    const retryable = stateNames(definition, (state) => 'Retry' in state)
    const waits = stateNames(definition, (state) => state.Type === 'Wait')
    this.#machines.set(name, {
      name,
      arn: this.stateMachineArn(name),
      // Validated above with asl-validator 4; the interpreter's bundled 3.x would only disagree.
      machine: new StateMachine(this.#interpreted(definition) as never, {
        validationOptions: { noValidate: true },
      }),
      handlers,
      overrides: {
        retryIntervalOverrides: everyState(retryable, this.options.retryIntervalMs),
        waitTimeOverrides: everyState(waits, this.options.waitStateMs),
      },
    })
  }

  isRegistered(stateMachine: string): boolean {
    return this.#machines.has(this.#nameOf(stateMachine))
  }

  stateMachineArn(name: string): string {
    return `${arnPrefix}:stateMachine:${name}`
  }

  async start(
    stateMachine: string,
    input: unknown,
    options: StartExecutionOptions = {},
  ): Promise<StartedExecution> {
    const machine = this.#machines.get(this.#nameOf(stateMachine))
    if (!machine) {
      throw new DomainError('resource.notFound', `State machine "${stateMachine}" does not exist`)
    }
    const name = options.name ?? randomUUID()
    if (!NAME.test(name)) throw new DomainError('request.invalid', `Invalid name "${name}"`)
    const executionArn = `${arnPrefix}:execution:${machine.name}:${name}`
    const payload = toJson(input === undefined ? {} : input)
    const existing = this.#executions.get(executionArn)
    if (existing) {
      if (JSON.stringify(existing.description.input) !== JSON.stringify(payload)) {
        throw new DomainError(
          'resource.conflict',
          `Execution "${name}" of "${machine.name}" already exists with a different input`,
        )
      }
      return { executionArn, startedAt: existing.description.startedAt }
    }
    const execution = startExecution({
      executionArn,
      name,
      input: payload,
      stateMachine: machine,
      handlers: (signal) => this.#bindHandlers(machine, executionArn, signal),
      onFinished: () => this.#forgetOldest(),
    })
    this.#executions.set(executionArn, execution)
    return { executionArn, startedAt: execution.description.startedAt }
  }

  async describe(executionArn: string): Promise<ExecutionDescription | undefined> {
    const execution = this.#executions.get(executionArn)
    return execution && structuredClone(execution.description)
  }

  async stop(executionArn: string, options: StopExecutionOptions = {}): Promise<void> {
    const execution = this.#executions.get(executionArn)
    if (!execution) throw new DomainError('resource.notFound', `No execution ${executionArn}`)
    execution.finish(stoppedOutcome(options))
  }

  /** Resolves with the final description once the execution has ended (stopped included). */
  async settled(executionArn: string): Promise<ExecutionDescription> {
    const execution = this.#executions.get(executionArn)
    if (!execution) throw new DomainError('resource.notFound', `No execution ${executionArn}`)
    await execution.done
    return structuredClone(execution.description)
  }

  /** The definition as the interpreter gets it: a copy, every Task with a timeout. */
  #interpreted(definition: StateMachineDefinition): StateMachineDefinition {
    const copy = structuredClone(definition)
    const timeout = this.options.defaultTaskTimeoutSeconds ?? 900
    forEachState(copy, (_name, state) => {
      if (state.Type === 'Task' && !('TimeoutSeconds' in state || 'TimeoutSecondsPath' in state)) {
        state.TimeoutSeconds = timeout
      }
    })
    return copy
  }

  #nameOf(stateMachine: string): string {
    const prefix = `${arnPrefix}:stateMachine:`
    return stateMachine.startsWith(prefix) ? stateMachine.slice(prefix.length) : stateMachine
  }

  #bindHandlers(machine: Registered, executionArn: string, signal: AbortSignal) {
    const bound = Object.entries(machine.handlers).map(([stateName, handler]) => {
      const run = async (input: unknown) => {
        try {
          const result = await unlessStopped(
            Promise.resolve().then(() => handler(input, { executionArn, stateName, signal })),
            signal,
          )
          // A Lambda's result crosses the wire as JSON; undefined arrives as null.
          return JSON.parse(JSON.stringify(result ?? null))
        } catch (error) {
          throw signal.aborted ? new TaskStopped() : toTaskFailure(error)
        }
      }
      return [stateName, run]
    })
    return { ...machine.overrides, taskResourceLocalHandlers: Object.fromEntries(bound) }
  }

  #forgetOldest(): void {
    const keep = this.options.keepFinished ?? 1_000
    const finished = [...this.#executions].filter(([, e]) => e.description.status !== 'RUNNING')
    for (const [arn] of finished.slice(0, Math.max(0, finished.length - keep))) {
      this.#executions.delete(arn)
    }
  }
}

function toJson(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value))
  } catch (error) {
    throw new DomainError(
      'request.invalid',
      `Not serialisable as JSON: ${(error as Error).message}`,
    )
  }
}
