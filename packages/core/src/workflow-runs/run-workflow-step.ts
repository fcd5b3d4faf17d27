import { z } from 'zod'
import { workflowNodeConfigSchemas } from '../workflows/node-configs'
import { runAgentStep, runLlmStep } from './model-step'
import { runRetrievalStep } from './retrieval-step'
import { transformValue } from './state-paths'
import { WorkflowStepError } from './step-errors'
import { type WorkflowStepPayload, workflowStepPayloadSchema } from './step-payload'
import { runToolStep } from './tool-step'
import { runWebhookStep } from './webhook-step'
import type { WorkflowStepContext, WorkflowStepPorts } from './workflow-step-ports'

/**
 * Runs one workflow node for a compiled Task: what the workflow-step function does.
 *
 * 1. Parse the payload (`workflowStepPayloadSchema`) and the node's config.
 * 2. Find the execution's workspace; every read is scoped to it.
 * 3. Run the node by type; the result becomes `$.nodes.<id>`.
 *
 * Failures are named for the compiled Retry/Catch: `TransientError` for a dependency that was
 * down, a `WorkflowStepError` name (`ToolCallFailed`, `WebhookRejected`, ...) otherwise.
 * @example
 * runner.register(name, machine, handlerForEveryTask(machine, (event) => runWorkflowStep(ports, event)))
 */
export async function runWorkflowStep(
  ports: WorkflowStepPorts,
  payload: unknown,
  options: { signal?: AbortSignal } = {},
): Promise<Record<string, unknown>> {
  const event = parse(workflowStepPayloadSchema, payload, 'The workflow step payload')
  const workspaceId = await ports.workspaceOf(event.execution)
  if (!workspaceId)
    throw new WorkflowStepError(
      'WorkflowExecutionUnknown',
      `No workspace runs execution ${event.execution}.`,
    )
  const context: WorkflowStepContext = {
    workspaceId,
    execution: event.execution,
    state: event.input,
    now: ports.clock?.() ?? new Date(),
    ...(options.signal ? { signal: options.signal } : {}),
  }
  return runNode(ports, event.node, context)
}

async function runNode(
  ports: WorkflowStepPorts,
  node: WorkflowStepPayload['node'],
  context: WorkflowStepContext,
): Promise<Record<string, unknown>> {
  const what = `The config of node "${node.id}"`
  switch (node.type) {
    case 'llm':
      return runLlmStep(ports, parse(workflowNodeConfigSchemas.llm, node.config, what), context)
    case 'agent':
      return runAgentStep(ports, parse(workflowNodeConfigSchemas.agent, node.config, what), context)
    case 'retrieval':
      return runRetrievalStep(
        ports,
        parse(workflowNodeConfigSchemas.retrieval, node.config, what),
        context,
      )
    case 'tool':
      return runToolStep(ports, parse(workflowNodeConfigSchemas.tool, node.config, what), context)
    case 'webhook':
      return runWebhookStep(
        ports,
        parse(workflowNodeConfigSchemas.webhook, node.config, what),
        context,
      )
    case 'transform': {
      const { set } = parse(workflowNodeConfigSchemas.transform, node.config, what)
      return Object.fromEntries(
        Object.entries(set).map(([key, value]) => [key, transformValue(value, context.state)]),
      )
    }
    case 'approval':
      throw new WorkflowStepError(
        'WorkflowStepUnsupported',
        'Approval nodes need the approvals store, which this runtime does not have yet.',
      )
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new WorkflowStepError(
    'WorkflowStepInvalid',
    `${what} is invalid: ${z.prettifyError(parsed.error)}`,
  )
}
