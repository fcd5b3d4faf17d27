import type { Acting } from '../audit/acting'
import { actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError, isDomainError } from '../errors'
import { newId } from '../ids/ids'
import type { JsonSchema } from '../ports/tools'
import type {
  WorkflowExecution,
  WorkflowExecutionTrigger,
} from '../ports/workflow-execution-repository'
import type { WorkflowMachineKey } from '../ports/workflow-machines'
import { toolArgumentErrors } from '../tool-servers/validate-arguments'
import { workflowNotFound, workflowVersionNotFound } from '../workflow-definitions/read-workflows'
import type { WorkflowDefinition } from '../workflows/definition'
import { findWorkflowTemplate } from '../workflows/templates'
import type { WorkflowRunPorts } from './run-ports'

/** Step Functions refuses an execution input over 256 KB; keep room for the state around it. */
export const workflowInputLimitBytes = 200 * 1024

/** Everything one launch needs, whoever asked for it (a caller, a schedule, an event). */
export interface WorkflowLaunch {
  workspaceId: string
  key: WorkflowMachineKey
  definition: WorkflowDefinition
  name: string
  input: Record<string, unknown>
  startedBy: string
  trigger: WorkflowExecutionTrigger
}

/**
 * Checks a workflow's input before anything runs: a JSON object, under the size limit (413),
 * matching the definition's `inputSchema` (422 naming each field at `json.input.<path>`).
 */
export function checkWorkflowInput(
  definition: Pick<WorkflowDefinition, 'inputSchema'>,
  input: unknown,
): Record<string, unknown> {
  const value = input ?? {}
  if (typeof value !== 'object' || Array.isArray(value))
    throw new DomainError('request.invalid', 'The input must be a JSON object.', {
      errors: [{ path: 'json.input', message: 'Give a JSON object.' }],
    })
  if (Buffer.byteLength(JSON.stringify(value)) > workflowInputLimitBytes)
    throw new DomainError(
      'request.tooLarge',
      `The input is over ${workflowInputLimitBytes / 1024} KB; pass references (document ids) instead of contents.`,
    )
  if (definition.inputSchema) {
    const errors = toolArgumentErrors(definition.inputSchema as JsonSchema, value, 'json.input')
    if (errors.length > 0)
      throw new DomainError(
        'request.invalid',
        "The input does not match the workflow's inputSchema.",
        {
          errors,
        },
      )
  }
  return value as Record<string, unknown>
}

/**
 * Starts one execution: makes sure the state machine of this definition exists, records the
 * execution (so the workflow-step function can scope itself by its id), then starts it with the
 * execution id as its name. A start that fails leaves the record FAILED with the reason.
 */
export async function launchWorkflow(
  ports: WorkflowRunPorts,
  launch: WorkflowLaunch,
): Promise<WorkflowExecution> {
  const stateMachineArn = await ports.machines.ensure(launch.key, launch.definition)
  const id = newId('wfx')
  const now = (ports.clock?.() ?? new Date()).toISOString()
  const execution: WorkflowExecution = {
    id,
    workspaceId: launch.workspaceId,
    ...('workflowId' in launch.key
      ? { workflowId: launch.key.workflowId, workflowVersion: launch.key.version }
      : { templateId: launch.key.templateId }),
    workflowName: launch.name,
    status: 'RUNNING',
    input: launch.input,
    startedBy: launch.startedBy,
    trigger: launch.trigger,
    stateMachineArn,
    executionArn: `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${id}`,
    startedAt: now,
  }
  await ports.executions.create(execution)
  try {
    const started = await ports.runner.start(stateMachineArn, launch.input, { name: id })
    if (started.executionArn !== execution.executionArn) {
      // Never expected (the ARN follows from the machine and the name), but reads must find it.
      throw new Error(`Step Functions named the execution ${started.executionArn}`)
    }
  } catch (error) {
    const failed = await ports.executions.finish(launch.workspaceId, id, {
      status: 'FAILED',
      error: 'Workflow.StartFailed',
      cause: error instanceof Error ? error.message : String(error),
      stoppedAt: (ports.clock?.() ?? new Date()).toISOString(),
    })
    if (isDomainError(error)) throw error
    throw new DomainError(
      'dependency.unavailable',
      'Step Functions did not start the workflow; try again.',
      { executionId: failed?.id ?? id },
    )
  }
  return execution
}

/**
 * Runs a saved workflow (`write`) at its current version, or at `version`: the input is checked
 * against its `inputSchema` first. Answers the RUNNING execution; follow it with
 * `getWorkflowExecution`.
 */
export async function startWorkflowExecution(
  ports: WorkflowRunPorts,
  acting: Acting,
  request: { workflowId: string; version?: number; input?: unknown },
): Promise<WorkflowExecution> {
  assertPermission(acting.access, 'write')
  const workspaceId = acting.access.workspaceId
  const workflow = await ports.workflows.get(workspaceId, request.workflowId)
  if (!workflow) throw workflowNotFound()
  let content: Pick<typeof workflow, 'name' | 'definition' | 'version'> = workflow
  if (request.version !== undefined && request.version !== workflow.version) {
    const saved = await ports.workflows.getVersion(workspaceId, workflow.id, request.version)
    if (!saved) throw workflowVersionNotFound(request.version)
    content = saved
  }
  const input = checkWorkflowInput(content.definition, request.input)
  const execution = await launchWorkflow(ports, {
    workspaceId,
    key: { workflowId: workflow.id, version: content.version },
    definition: content.definition,
    name: content.name,
    input,
    startedBy: actorRef(acting),
    trigger: { type: 'api' },
  })
  await auditStart(ports, acting, execution)
  return execution
}

/** Runs a built-in template directly (`write`), without saving a workflow. */
export async function startTemplateExecution(
  ports: WorkflowRunPorts,
  acting: Acting,
  request: { templateId: string; input?: unknown },
): Promise<WorkflowExecution> {
  assertPermission(acting.access, 'write')
  const template = findWorkflowTemplate(request.templateId)
  if (!template)
    throw new DomainError('resource.notFound', `No workflow template "${request.templateId}".`)
  const { id: templateId, ...definition } = template
  const input = checkWorkflowInput(definition, request.input)
  const execution = await launchWorkflow(ports, {
    workspaceId: acting.access.workspaceId,
    key: { templateId },
    definition,
    name: template.name,
    input,
    startedBy: actorRef(acting),
    trigger: { type: 'api' },
  })
  await auditStart(ports, acting, execution)
  return execution
}

async function auditStart(ports: WorkflowRunPorts, acting: Acting, execution: WorkflowExecution) {
  await recordAudit(ports.audit, acting, {
    workspaceId: execution.workspaceId,
    action: 'workflow.execution.started',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'workflowExecution', id: execution.id, label: execution.workflowName },
    details: {
      ...(execution.workflowId
        ? { workflowId: execution.workflowId, version: execution.workflowVersion ?? 0 }
        : { templateId: execution.templateId ?? '' }),
    },
  })
}
