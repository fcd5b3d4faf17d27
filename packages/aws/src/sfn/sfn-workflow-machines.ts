import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn'
import {
  DomainError,
  type WorkflowDefinition,
  type WorkflowMachineKey,
  type WorkflowMachines,
} from '@chatter/core'
import { compileWorkflow, workflowMachineName } from '@chatter/resources'
import { createSfnClient, type SfnClientOptions, type SfnSender } from './clients'

export interface SfnWorkflowMachinesOptions {
  /** A client, or options to create one on first use (a cold start that never runs a workflow pays nothing). */
  client: SfnSender | SfnClientOptions
  /** The workflow-step Lambda function every compiled Task invokes; its region and account are the machines'. */
  stepFunctionArn: string
  /** The role the state machines run as (it may invoke the step function). */
  roleArn: string
  /** Starts every workflow state machine's name, so the role's policy can name them all. */
  namePrefix?: string
  /** A limit on each execution. */
  timeoutSeconds?: number
}

const named = (error: unknown, ...names: string[]) =>
  error instanceof Error && names.includes(error.name)

/**
 * Workflow state machines on AWS Step Functions: one STANDARD machine per workflow version (per
 * template definition), created by `ensure` on first use and remembered per instance.
 * CreateStateMachine is idempotent for identical parameters; a machine that exists with other
 * ones (a new compiler, another role) is updated in place.
 * @example
 * const machines = new SfnWorkflowMachines({ client: { region }, stepFunctionArn, roleArn, namePrefix: 'chatter-wf-' })
 * await runner.start(await machines.ensure({ workflowId, version }, definition), input, { name })
 */
export class SfnWorkflowMachines implements WorkflowMachines {
  readonly #options: SfnWorkflowMachinesOptions
  readonly #ensured = new Map<string, Promise<string>>()
  #sender: SfnSender | undefined

  constructor(options: SfnWorkflowMachinesOptions) {
    this.#options = options
    this.#sender = 'send' in options.client ? options.client : undefined
    // A misconfigured step function ARN fails at the composition root, not at the first run.
    stateMachineArnPrefix(options.stepFunctionArn)
  }

  ensure(key: WorkflowMachineKey, definition: WorkflowDefinition): Promise<string> {
    const name = this.#nameOf(key, definition)
    let ensured = this.#ensured.get(name)
    if (!ensured) {
      ensured = this.#createOrUpdate(name, key, definition)
      this.#ensured.set(name, ensured)
      // A failed attempt is not remembered: the next ensure tries again.
      ensured.catch(() => this.#ensured.delete(name))
    }
    return ensured
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    await this.#sendTask(
      new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output ?? null) }),
    )
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    await this.#sendTask(new SendTaskFailureCommand({ taskToken, error, cause }))
  }

  async remove(workflowId: string, versions: number[]): Promise<void> {
    for (const version of versions) {
      // A version's name does not depend on its definition.
      const name = this.#nameOf({ workflowId, version }, null)
      this.#ensured.delete(name)
      try {
        await this.#client().send(
          new DeleteStateMachineCommand({ stateMachineArn: this.#arnOf(name) }),
        )
      } catch (error) {
        if (!named(error, 'StateMachineDoesNotExist')) throw error
      }
    }
  }

  async #createOrUpdate(
    name: string,
    key: WorkflowMachineKey,
    definition: WorkflowDefinition,
  ): Promise<string> {
    const { stepFunctionArn, timeoutSeconds, roleArn } = this.#options
    const asl = JSON.stringify(compileWorkflow(definition, { stepFunctionArn, timeoutSeconds }))
    const tag = 'workflowId' in key ? key.workflowId : `template:${key.templateId}`
    try {
      const created = await this.#client().send(
        new CreateStateMachineCommand({
          name,
          definition: asl,
          roleArn,
          type: 'STANDARD',
          tags: [{ key: 'chatter:workflow', value: tag }],
        }),
      )
      return created.stateMachineArn ?? this.#arnOf(name)
    } catch (error) {
      if (!named(error, 'StateMachineAlreadyExists')) throw error
      const stateMachineArn = this.#arnOf(name)
      await this.#client().send(
        new UpdateStateMachineCommand({ stateMachineArn, definition: asl, roleArn }),
      )
      return stateMachineArn
    }
  }

  async #sendTask(command: SendTaskSuccessCommand | SendTaskFailureCommand): Promise<void> {
    try {
      // One command type at a time; the union does not pick a `send` overload.
      await this.#client().send(command as SendTaskSuccessCommand)
    } catch (error) {
      if (named(error, 'TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken')) {
        throw new DomainError(
          'resource.conflict',
          'The task is no longer waiting (timed out or the execution ended).',
        )
      }
      throw error
    }
  }

  #nameOf(key: WorkflowMachineKey, definition: unknown): string {
    return workflowMachineName(this.#options.namePrefix ?? 'chatter-wf-', key, definition)
  }

  #arnOf(name: string): string {
    return `${stateMachineArnPrefix(this.#options.stepFunctionArn)}${name}`
  }

  #client(): SfnSender {
    this.#sender ??= createSfnClient(this.#options.client as SfnClientOptions)
    return this.#sender
  }
}

/** `arn:<partition>:lambda:<region>:<account>:function:x` -> `arn:<partition>:states:<region>:<account>:stateMachine:`. */
function stateMachineArnPrefix(functionArn: string): string {
  const [arn, partition, service, region, account] = functionArn.split(':')
  if (arn !== 'arn' || service !== 'lambda' || !partition || !region || !account) {
    throw new Error(`Not a Lambda function ARN: ${functionArn}`)
  }
  return `arn:${partition}:states:${region}:${account}:stateMachine:`
}
