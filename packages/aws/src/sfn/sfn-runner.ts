import {
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn'
import {
  DomainError,
  type ExecutionDescription,
  type StartExecutionOptions,
  type StartedExecution,
  type StateMachineRunner,
  type StopExecutionOptions,
} from '@chatter/core'
import type { SfnSender } from './clients'

const named = (error: unknown, ...names: string[]) =>
  error instanceof Error && names.includes(error.name)

/**
 * The state machine runner on AWS Step Functions (standard workflows). A retried start with
 * the same execution name and input resolves to the first execution, even once it has ended;
 * the same name with another input is a `resource.conflict`.
 * @example new SfnStateMachineRunner(createSfnClient({ region })).start(arn, { document }, { name })
 */
export class SfnStateMachineRunner implements StateMachineRunner {
  constructor(private readonly client: SfnSender) {}

  async start(
    stateMachineArn: string,
    input: unknown,
    { name }: StartExecutionOptions = {},
  ): Promise<StartedExecution> {
    const body = JSON.stringify(input === undefined ? {} : input)
    try {
      const started = await this.client.send(
        new StartExecutionCommand({ stateMachineArn, input: body, name }),
      )
      return { executionArn: started.executionArn!, startedAt: started.startDate!.toISOString() }
    } catch (error) {
      if (named(error, 'StateMachineDoesNotExist')) {
        throw new DomainError(
          'resource.notFound',
          `State machine ${stateMachineArn} does not exist`,
        )
      }
      if (!name || !named(error, 'ExecutionAlreadyExists')) throw error
      // AWS accepts a repeat only while the first run is RUNNING; a finished one answers
      // ExecutionAlreadyExists. Same input means it is the same request, so it succeeded.
      const executionArn = executionArnOf(stateMachineArn, name)
      const existing = await this.describe(executionArn)
      if (existing && JSON.stringify(existing.input) === body) {
        return { executionArn, startedAt: existing.startedAt }
      }
      throw new DomainError('resource.conflict', `Execution "${name}" exists with another input`)
    }
  }

  async describe(executionArn: string): Promise<ExecutionDescription | undefined> {
    try {
      const described = await this.client.send(new DescribeExecutionCommand({ executionArn }))
      return toDescription(described)
    } catch (error) {
      if (named(error, 'ExecutionDoesNotExist', 'InvalidArn')) return undefined
      throw error
    }
  }

  async stop(executionArn: string, { error, cause }: StopExecutionOptions = {}): Promise<void> {
    try {
      await this.client.send(new StopExecutionCommand({ executionArn, error, cause }))
    } catch (thrown) {
      if (named(thrown, 'ExecutionDoesNotExist')) {
        throw new DomainError('resource.notFound', `No execution ${executionArn}`)
      }
      throw thrown
    }
  }
}

/** `arn:aws:states:r:a:stateMachine:Name[:qualifier]` -> `arn:aws:states:r:a:execution:Name:exec`. */
export function executionArnOf(stateMachineArn: string, executionName: string): string {
  const parts = stateMachineArn.split(':')
  if (parts.length < 7 || parts[5] !== 'stateMachine') {
    throw new DomainError('request.invalid', `Not a state machine ARN: ${stateMachineArn}`)
  }
  return [...parts.slice(0, 5), 'execution', parts[6], executionName].join(':')
}

function toDescription(described: DescribeExecutionCommandOutput): ExecutionDescription {
  const parse = (json: string | undefined) => (json === undefined ? undefined : JSON.parse(json))
  const fields = {
    executionArn: described.executionArn!,
    name: described.name ?? described.executionArn!.split(':').at(-1)!,
    // A failed execution waiting to be redriven is not finished yet.
    status: described.status === 'PENDING_REDRIVE' ? 'RUNNING' : described.status!,
    input: parse(described.input),
    output: parse(described.output),
    error: described.error,
    cause: described.cause,
    startedAt: described.startDate!.toISOString(),
    stoppedAt: described.stopDate?.toISOString(),
  } satisfies ExecutionDescription
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as ExecutionDescription
}
