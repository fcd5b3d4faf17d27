import { DomainError } from '../errors'
import type {
  ExecutionDescription,
  StartedExecution,
  StateMachineRunner,
  StopExecutionOptions,
} from '../ports/state-machine-runner'
import type { WorkflowMachineKey, WorkflowMachines } from '../ports/workflow-machines'
import type { WorkflowDefinition } from '../workflows/definition'

const arnPrefix = 'arn:aws:states:us-east-1:000000000000'

/**
 * Step Functions as a test drives it: executions stay RUNNING until the test ends them
 * (`succeed`, `fail`), stop works as in AWS. For route and use-case tests; the real
 * interpreter (`LocalStateMachineRunner`) is tested in packages/local and end to end.
 */
export class FakeStateMachineRunner implements StateMachineRunner {
  readonly executions = new Map<string, ExecutionDescription>()
  /** Make the next `start` throw this. */
  failNextStart: Error | undefined

  async start(stateMachine: string, input: unknown, options: { name?: string } = {}) {
    if (this.failNextStart) {
      const error = this.failNextStart
      this.failNextStart = undefined
      throw error
    }
    const name = options.name ?? `run-${this.executions.size + 1}`
    const executionArn = `${stateMachine.replace(':stateMachine:', ':execution:')}:${name}`
    const startedAt = new Date().toISOString()
    this.executions.set(executionArn, {
      executionArn,
      name,
      status: 'RUNNING',
      input: structuredClone(input),
      startedAt,
    })
    return { executionArn, startedAt } satisfies StartedExecution
  }

  async describe(executionArn: string) {
    const found = this.executions.get(executionArn)
    return found && structuredClone(found)
  }

  async stop(executionArn: string, options: StopExecutionOptions = {}) {
    const found = this.executions.get(executionArn)
    if (!found) throw new DomainError('resource.notFound', `No execution ${executionArn}`)
    if (found.status !== 'RUNNING') return
    Object.assign(found, { status: 'ABORTED', ...options, stoppedAt: new Date().toISOString() })
  }

  /** Ends a running execution as SUCCEEDED with `output` (the final state). */
  succeed(executionArn: string, output: unknown) {
    this.#end(executionArn, { status: 'SUCCEEDED', output })
  }

  /** Ends a running execution as FAILED (or TIMED_OUT) with an error. */
  fail(
    executionArn: string,
    error: string,
    cause: string,
    status: 'FAILED' | 'TIMED_OUT' = 'FAILED',
  ) {
    this.#end(executionArn, { status, error, cause })
  }

  #end(executionArn: string, outcome: Partial<ExecutionDescription>) {
    const found = this.executions.get(executionArn)
    if (!found) throw new Error(`No execution ${executionArn}`)
    Object.assign(found, outcome, { stoppedAt: new Date().toISOString() })
  }
}

/**
 * State machines as a test sees them: `ensure` gives a stable ARN per key (and counts
 * definitions), task tokens are answered by whoever calls `awaitToken` first.
 */
export class FakeWorkflowMachines implements WorkflowMachines {
  readonly ensured = new Map<string, WorkflowDefinition>()
  readonly removed: string[] = []
  /** Task tokens still awaited, and what they were answered with. */
  readonly waiting = new Set<string>()
  readonly answers = new Map<string, { output?: unknown; error?: string; cause?: string }>()

  async ensure(key: WorkflowMachineKey, definition: WorkflowDefinition) {
    const name =
      'workflowId' in key ? `wf-${key.workflowId}-v${key.version}` : `tpl-${key.templateId}`
    this.ensured.set(name, structuredClone(definition))
    return `${arnPrefix}:stateMachine:${name}`
  }

  /** A token a waiting task holds, as Step Functions would hand it out. */
  awaitToken(token: string) {
    this.waiting.add(token)
    return token
  }

  async sendTaskSuccess(taskToken: string, output: unknown) {
    this.#answer(taskToken, { output: structuredClone(output) })
  }

  async sendTaskFailure(taskToken: string, error: string, cause: string) {
    this.#answer(taskToken, { error, cause })
  }

  async remove(workflowId: string, versions: number[]) {
    for (const version of versions) this.removed.push(`wf-${workflowId}-v${version}`)
  }

  #answer(token: string, answer: { output?: unknown; error?: string; cause?: string }) {
    if (!this.waiting.delete(token))
      throw new DomainError('resource.conflict', 'The task is no longer waiting.')
    this.answers.set(token, answer)
  }
}
