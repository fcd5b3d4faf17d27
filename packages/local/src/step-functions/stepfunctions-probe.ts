import type { DependencyProbe } from '@chatter/core'
import type { LocalStateMachineRunner } from './local-runner'

/** Readiness of local Step Functions: ready once the named state machine is registered. */
export class LocalStepFunctionsProbe implements DependencyProbe {
  readonly name = 'stepfunctions'

  constructor(
    private readonly runner: LocalStateMachineRunner,
    private readonly stateMachine: string,
  ) {}

  async check(): Promise<void> {
    if (!this.runner.isRegistered(this.stateMachine)) {
      throw new Error(`state machine "${this.stateMachine}" is not registered`)
    }
  }
}
