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
import {
  integrationOf,
  type TaskIntegration,
  TaskTokenFailure,
  TaskTokens,
  withToken,
} from './task-tokens'

export interface LocalTaskContext {
  executionArn: string
  stateName: string
  /** Aborts when the execution ends (stopped, timed out, failed) while the handler still runs. */
  signal: AbortSignal
}

/**
 * Runs one Task state locally, in place of the Lambda function its `Resource` names. For the
 * `lambda:invoke` integrations it gets the `Payload`, as the function would; for
 * `lambda:invoke.waitForTaskToken` its result is ignored and the Task waits for
 * `sendTaskSuccess`/`sendTaskFailure` with the token it was given (`$$.Task.Token`).
 */
export type LocalTaskHandler = (input: unknown, context: LocalTaskContext) => Promise<unknown>

/** Told the final description of an ended execution, and its state machine's ARN. */
export type ExecutionEndedListener = (
  description: ExecutionDescription,
  stateMachineArn: string,
) => unknown

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
  integrations: Record<string, TaskIntegration>
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
  readonly #listeners: ExecutionEndedListener[] = []
  readonly #tokens = new TaskTokens()

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
    const interpreted = this.#interpreted(definition)
    const integrations: Record<string, TaskIntegration> = {}
    forEachState(interpreted, (stateName, state) => {
      const integration = integrationOf(state)
      if (integration) integrations[stateName] = integration
    })
    this.#machines.set(name, {
      name,
      arn: this.stateMachineArn(name),
      // Validated above with asl-validator 4; the interpreter's bundled 3.x would only disagree.
      machine: new StateMachine(interpreted as never, {
        validationOptions: { noValidate: true },
      }),
      handlers,
      integrations,
      overrides: {
        retryIntervalOverrides: everyState(retryable, this.options.retryIntervalMs),
        waitTimeOverrides: everyState(waits, this.options.waitStateMs),
      },
    })
  }

  /** Forgets a state machine for later starts; executions already running carry on. */
  unregister(stateMachine: string): void {
    this.#machines.delete(this.#nameOf(stateMachine))
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
      onFinished: () => {
        this.#forgetOldest()
        this.#announce(executionArn, machine.arn)
      },
    })
    this.#executions.set(executionArn, execution)
    return { executionArn, startedAt: execution.description.startedAt }
  }

  /**
   * Calls `listener` with the final description of every execution that ends, as EventBridge
   * delivers "Step Functions Execution Status Change" events in AWS (after the end, never
   * blocking it). A listener that throws is ignored, as an event rule's failed target is.
   */
  onExecutionEnded(listener: ExecutionEndedListener): void {
    this.#listeners.push(listener)
  }

  #announce(executionArn: string, stateMachineArn: string): void {
    const execution = this.#executions.get(executionArn)
    if (!execution) return
    for (const listener of this.#listeners) {
      const description = structuredClone(execution.description)
      queueMicrotask(() => {
        Promise.resolve()
          .then(() => listener(description, stateMachineArn))
          .catch(() => undefined)
      })
    }
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

  /**
   * Completes the task waiting for `taskToken` with `output` (as JSON), like SendTaskSuccess.
   * A token no longer awaited (completed, timed out, execution ended) is a `resource.conflict`.
   */
  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    this.#tokens.succeed(taskToken, toJson(output === undefined ? null : output))
  }

  /** Fails the task waiting for `taskToken` with the error name Retry and Catch match. */
  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    this.#tokens.fail(taskToken, error, cause)
  }

  /** The definition as the interpreter gets it: a copy, every Task with a timeout. */
  #interpreted(definition: StateMachineDefinition): StateMachineDefinition {
    const copy = structuredClone(definition)
    const timeout = this.options.defaultTaskTimeoutSeconds ?? 900
    forEachState(copy, (_name, state) => {
      if (state.Type === 'Task' && !('TimeoutSeconds' in state || 'TimeoutSecondsPath' in state)) {
        // In AWS a callback Task without a timeout waits as long as its execution runs.
        state.TimeoutSeconds =
          integrationOf(state)?.kind === 'token' ? longestTaskTimeoutSeconds : timeout
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
      const integration = machine.integrations[stateName] ?? { kind: 'lambda' }
      const call = (payload: unknown) =>
        unlessStopped(
          Promise.resolve().then(() => handler(payload, { executionArn, stateName, signal })),
          signal,
        )
      const run = async (input: unknown) => {
        // Issued before anything is awaited, so a fresh token per attempt, retries included.
        const waiting =
          integration.kind === 'token'
            ? this.#tokens.issue(signal, integration.timeoutSeconds)
            : undefined
        try {
          if (waiting) {
            await call(withToken(payloadOf(input), waiting.token))
            return await unlessStopped(waiting.output, signal)
          }
          const result = await call(integration.kind === 'invoke' ? payloadOf(input) : input)
          // A Lambda's result crosses the wire as JSON; undefined arrives as null.
          const json = JSON.parse(JSON.stringify(result ?? null))
          return integration.kind === 'invoke' ? { Payload: json, StatusCode: 200 } : json
        } catch (error) {
          if (waiting) this.#tokens.forget(waiting.token)
          if (signal.aborted) throw new TaskStopped()
          throw error instanceof TaskTokenFailure ? error : toTaskFailure(error)
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

/** The longest TimeoutSeconds the interpreter's timer can hold (2^31 - 1 ms). */
const longestTaskTimeoutSeconds = 2_147_483

/** What a `lambda:invoke` integration sends the function: its `Parameters.Payload`. */
const payloadOf = (input: unknown): unknown =>
  input !== null && typeof input === 'object' && 'Payload' in input ? input.Payload : null

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
