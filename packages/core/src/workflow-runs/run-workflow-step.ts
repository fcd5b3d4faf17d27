import { z } from 'zod'
import { newId } from '../ids/ids'
import type { WorkflowApproval, WorkflowNodeRun } from '../ports/workflow-execution-repository'
import { workflowNodeConfigSchemas } from '../workflows/node-configs'
import { runAgentStep, runLlmStep } from './model-step'
import { executionIdOf, keptOutput, usageOf } from './node-run-record'
import { runRetrievalStep } from './retrieval-step'
import { renderStateTemplate, transformValue } from './state-paths'
import { transient, WorkflowStepError } from './step-errors'
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
  const run: WorkflowNodeRun = {
    id: newId('wnr'),
    workspaceId,
    executionId: executionIdOf(event.execution),
    nodeId: event.node.id,
    nodeType: event.node.type,
    status: 'succeeded',
    ...(typeof event.input.index === 'number' ? { index: event.input.index } : {}),
    startedAt: context.now.toISOString(),
  }
  if (event.node.type === 'approval') return requestApproval(ports, event, context, run)
  const began = performance.now()
  const finished = (): Pick<WorkflowNodeRun, 'finishedAt' | 'durationMs'> => ({
    finishedAt: new Date(context.now.getTime() + (performance.now() - began)).toISOString(),
    durationMs: Math.round(performance.now() - began),
  })
  let output: Record<string, unknown>
  try {
    output = await runNode(ports, event.node, context)
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error))
    await record(ports, {
      ...run,
      ...finished(),
      status: 'failed',
      error: { name: failure.name, message: failure.message },
    })
    throw error
  }
  const usage = usageOf(output, ports.prices)
  await record(ports, {
    ...run,
    ...finished(),
    ...keptOutput(output),
    ...(usage ? { usage } : {}),
  })
  return output
}

/**
 * Records a node run. A store that is down makes the step fail as transient (the compiled Retry
 * runs the node again), so a finished execution never lacks a run it had.
 */
async function record(ports: WorkflowStepPorts, run: WorkflowNodeRun) {
  if (!ports.executions) return
  try {
    await ports.executions.putNodeRun(run)
  } catch (error) {
    throw transient(`Recording the run of node "${run.nodeId}" failed.`, error)
  }
}

/**
 * An approval node: records a pending approval holding the task token, and a `waiting` run.
 * Step Functions then waits for the token (SendTaskSuccess when approved through the API,
 * SendTaskFailure `ApprovalRejected` when rejected) up to the node's timeout; this result is
 * not the node's output.
 */
async function requestApproval(
  ports: WorkflowStepPorts,
  event: WorkflowStepPayload,
  context: WorkflowStepContext,
  run: WorkflowNodeRun,
) {
  const config = parse(
    workflowNodeConfigSchemas.approval,
    event.node.config,
    `The config of node "${event.node.id}"`,
  )
  if (!ports.executions)
    throw new WorkflowStepError(
      'WorkflowStepUnsupported',
      'Approval nodes need the executions store, which this runtime does not have.',
    )
  if (!event.taskToken)
    throw new WorkflowStepError('WorkflowStepInvalid', 'An approval step needs its task token.')
  const approval: WorkflowApproval = {
    id: newId('wfa'),
    workspaceId: context.workspaceId,
    executionId: run.executionId,
    nodeId: event.node.id,
    nodeRunId: run.id,
    message: renderStateTemplate(config.message, context.state),
    taskToken: event.taskToken,
    status: 'pending',
    requestedAt: run.startedAt,
    expiresAt: new Date(context.now.getTime() + config.timeoutSeconds * 1000).toISOString(),
  }
  try {
    await ports.executions.putApproval(approval)
  } catch (error) {
    throw transient(`Recording the approval of node "${event.node.id}" failed.`, error)
  }
  await record(ports, { ...run, status: 'waiting' })
  return { approvalId: approval.id, status: 'pending' }
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
      throw new WorkflowStepError('WorkflowStepInvalid', 'Approvals run through requestApproval.')
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
