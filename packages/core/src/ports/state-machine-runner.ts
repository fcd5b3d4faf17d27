/** Where an execution stands, with AWS Step Functions' names. */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED'

export interface StartExecutionOptions {
  /**
   * The execution's name, unique per state machine. Starting twice with the same name and the
   * same input returns the first execution, which makes retried starts idempotent; the same
   * name with another input is a `resource.conflict`.
   */
  name?: string
}

export interface StartedExecution {
  executionArn: string
  /** ISO 8601. */
  startedAt: string
}

export interface ExecutionDescription {
  executionArn: string
  name: string
  status: ExecutionStatus
  input: unknown
  /** Present once the execution SUCCEEDED. */
  output?: unknown
  /** The error name (`States.Timeout`, a Fail state's `Error`, a task's error type). */
  error?: string
  /** A human-readable cause; a task's cause is Lambda's JSON `{ errorType, errorMessage, trace }`. */
  cause?: string
  startedAt: string
  stoppedAt?: string
}

export interface StopExecutionOptions {
  error?: string
  cause?: string
}

/**
 * Starts and follows state machine executions: AWS Step Functions in the cloud, an embedded
 * interpreter locally. `stateMachine` is an ARN in AWS and the registered name locally (the
 * local runner accepts its local ARN as well).
 */
export interface StateMachineRunner {
  start(
    stateMachine: string,
    input: unknown,
    options?: StartExecutionOptions,
  ): Promise<StartedExecution>
  /** `undefined` when no such execution exists. */
  describe(executionArn: string): Promise<ExecutionDescription | undefined>
  /** Aborts a running execution; stopping one that already ended changes nothing. */
  stop(executionArn: string, options?: StopExecutionOptions): Promise<void>
}
