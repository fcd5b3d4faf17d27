import type { WorkflowDefinition, WorkflowMachineKey, WorkflowMachines } from '@chatter/core'
import { compileWorkflow, workflowMachineName } from '@chatter/resources'
import { handlerForEveryTask } from './definition-check'
import type { LocalStateMachineRunner } from './local-runner'

/** The workflow-step function, run in-process for every Task of a compiled workflow. */
export type LocalWorkflowStep = (
  event: unknown,
  context: { signal: AbortSignal },
) => Promise<unknown>

export interface LocalWorkflowMachinesOptions {
  step: LocalWorkflowStep
  /** The ARN the compiled Tasks name; locally only a label. */
  stepFunctionArn?: string
  namePrefix?: string
}

/**
 * Workflow state machines on the local runner: `ensure` compiles a workflow version (or a
 * template's definition) once and registers it, every Task running `step` in-process.
 * Executions are then started with the runner by the returned ARN.
 * @example
 * const machines = new LocalWorkflowMachines(runner, { step: (event, { signal }) => runWorkflowStep(ports, event, { signal }) })
 * await runner.start(await machines.ensure({ workflowId, version }, definition), input, { name })
 */
export class LocalWorkflowMachines implements WorkflowMachines {
  readonly #step: LocalWorkflowStep
  readonly #stepFunctionArn: string
  readonly #namePrefix: string

  constructor(
    private readonly runner: LocalStateMachineRunner,
    options: LocalWorkflowMachinesOptions,
  ) {
    this.#step = options.step
    this.#stepFunctionArn =
      options.stepFunctionArn ??
      'arn:aws:lambda:us-east-1:000000000000:function:chatter-workflow-step'
    this.#namePrefix = options.namePrefix ?? 'chatter-wf-'
  }

  async ensure(key: WorkflowMachineKey, definition: WorkflowDefinition): Promise<string> {
    const name = workflowMachineName(this.#namePrefix, key, definition)
    if (!this.runner.isRegistered(name)) {
      const machine = compileWorkflow(definition, { stepFunctionArn: this.#stepFunctionArn })
      this.runner.register(name, machine, handlerForEveryTask(machine, this.#step))
    }
    return this.runner.stateMachineArn(name)
  }

  sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    return this.runner.sendTaskSuccess(taskToken, output)
  }

  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void> {
    return this.runner.sendTaskFailure(taskToken, error, cause)
  }

  async remove(workflowId: string, versions: number[]): Promise<void> {
    for (const version of versions) {
      // The name of a version does not depend on its definition.
      this.runner.unregister(workflowMachineName(this.#namePrefix, { workflowId, version }, null))
    }
  }
}
