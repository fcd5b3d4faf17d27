import { TransientError } from '../documents/ingest/ingest-errors'

/**
 * A workflow step that retrying the same way cannot fix. Its `name` is the error Step Functions
 * records (`$.errors.<node>.Error`), so a node's Catch can tell a missing agent from a
 * rejected webhook; the compiled Retry still applies the node's own `retry` to it.
 */
export class WorkflowStepError extends Error {
  constructor(name: WorkflowStepErrorName, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = name
  }
}

export const workflowStepErrorNames = [
  /** The payload or a node's config is not what the compiler sends. */
  'WorkflowStepInvalid',
  /** An agent, profile, prompt or tool the node names does not exist (any more). */
  'WorkflowReferenceMissing',
  /** The execution belongs to no known workspace. */
  'WorkflowExecutionUnknown',
  /** The model provider the node needs is not configured in this runtime. */
  'ModelUnavailable',
  /** A `format: json` node's answer is not a JSON object. */
  'ModelOutputInvalid',
  /** The tool answered with `isError`. */
  'ToolCallFailed',
  /** The webhook answered with a 4xx status. */
  'WebhookRejected',
  /** The node type has no executor in this runtime (approval). */
  'WorkflowStepUnsupported',
] as const
export type WorkflowStepErrorName = (typeof workflowStepErrorNames)[number]

/** A dependency that was down, throttled or timed out: worth the compiled Retry. */
export const transient = (message: string, cause?: unknown): TransientError =>
  new TransientError(message, cause === undefined ? undefined : { cause })
