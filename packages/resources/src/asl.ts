/**
 * A typed subset of the Amazon States Language (JSONPath only: the local runner ignores JSONata).
 * Definitions built with these types are deployed by infra/ and executed by the local runner.
 */
export interface RetryRule {
  ErrorEquals: string[]
  IntervalSeconds?: number
  MaxAttempts?: number
  BackoffRate?: number
}

export interface CatchRule {
  ErrorEquals: string[]
  Next: string
  ResultPath?: string | null
}

interface Flow {
  Comment?: string
  InputPath?: string | null
  OutputPath?: string | null
  Next?: string
  End?: true
}

export interface TaskState extends Flow {
  Type: 'Task'
  Resource: string
  Parameters?: Record<string, unknown>
  ResultSelector?: Record<string, unknown>
  ResultPath?: string | null
  TimeoutSeconds?: number
  Retry?: RetryRule[]
  Catch?: CatchRule[]
}

export interface PassState extends Flow {
  Type: 'Pass'
  Parameters?: Record<string, unknown>
  Result?: unknown
  ResultPath?: string | null
}

export interface ChoiceRule {
  Variable?: string
  Next?: string
  And?: ChoiceRule[]
  Or?: ChoiceRule[]
  Not?: ChoiceRule
  [comparison: string]: unknown
}

export interface ChoiceState {
  Type: 'Choice'
  Comment?: string
  InputPath?: string | null
  OutputPath?: string | null
  Choices: ChoiceRule[]
  Default?: string
}

export interface WaitState extends Flow {
  Type: 'Wait'
  Seconds?: number
  SecondsPath?: string
  Timestamp?: string
  TimestampPath?: string
}

export interface MapState extends Flow {
  Type: 'Map'
  ItemsPath?: string
  ItemSelector?: Record<string, unknown>
  ItemProcessor: StateMachineDefinition & { ProcessorConfig?: { Mode: 'INLINE' } }
  MaxConcurrency?: number
  ResultPath?: string | null
  Retry?: RetryRule[]
  Catch?: CatchRule[]
}

export interface ParallelState extends Flow {
  Type: 'Parallel'
  Branches: StateMachineDefinition[]
  ResultPath?: string | null
  Retry?: RetryRule[]
  Catch?: CatchRule[]
}

export interface SucceedState {
  Type: 'Succeed'
  Comment?: string
}

export interface FailState {
  Type: 'Fail'
  Comment?: string
  Error?: string
  Cause?: string
}

export type State =
  | TaskState
  | PassState
  | ChoiceState
  | WaitState
  | MapState
  | ParallelState
  | SucceedState
  | FailState

export interface StateMachineDefinition {
  Comment?: string
  StartAt: string
  TimeoutSeconds?: number
  States: Record<string, State>
}
