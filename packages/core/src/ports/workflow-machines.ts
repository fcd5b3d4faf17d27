import type { WorkflowDefinition } from '../workflows/definition'

/** Which state machine runs a definition: a saved workflow's version, or a built-in template. */
export type WorkflowMachineKey = { workflowId: string; version: number } | { templateId: string }

/**
 * Where compiled workflows run: one state machine per workflow version (per template
 * definition), created on first use through the Step Functions API in AWS, registered with the
 * local runner locally. Executions are started, described and stopped with the
 * `StateMachineRunner` by the ARN `ensure` returns.
 */
export interface WorkflowMachines {
  /**
   * Compiles `definition` and makes sure a state machine for `key` runs it; resolves its ARN.
   * Idempotent: the same key and definition give the same ARN without changing anything.
   */
  ensure(key: WorkflowMachineKey, definition: WorkflowDefinition): Promise<string>
  /**
   * Completes a task waiting for `taskToken` (an approval) with `output`. A token no longer
   * awaited (timed out, execution ended) is a `resource.conflict`.
   */
  sendTaskSuccess(taskToken: string, output: unknown): Promise<void>
  /** Fails a waiting task with a named error; the node's Catch/onError decides what follows. */
  sendTaskFailure(taskToken: string, error: string, cause: string): Promise<void>
  /** Deletes the state machines of a deleted workflow's versions (best effort, none missing is fine). */
  remove(workflowId: string, versions: number[]): Promise<void>
}
