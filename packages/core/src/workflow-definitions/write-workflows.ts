import type { Acting } from '../audit/acting'
import { actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError, type FieldError } from '../errors'
import { newId } from '../ids/ids'
import type { AuditLog } from '../ports/audit-log'
import type { WorkflowTriggerStore } from '../ports/workflow-execution-repository'
import type { WorkflowMachines } from '../ports/workflow-machines'
import type { Workflow, WorkflowContent, WorkflowRepository } from '../ports/workflow-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { syncWorkflowTriggers } from '../workflow-executions/triggers'
import { workflowNotFound } from './read-workflows'
import {
  checkedDefinition,
  type WorkflowCheckPorts,
  workflowLimits,
  workflowRefused,
} from './workflow-checks'

export interface WorkflowWritePorts extends WorkflowCheckPorts {
  workflows: Pick<WorkflowRepository, 'create' | 'get' | 'addVersion' | 'delete'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
  /** The index of schedule and event triggers, kept in step with each saved version. */
  triggers?: Pick<WorkflowTriggerStore, 'replaceTriggers'>
  /** A deleted workflow's state machines go with it. */
  machines?: Pick<WorkflowMachines, 'remove'>
  clock?: () => Date
}

/** Keeps the trigger index in step with a workflow's current definition (none once deleted). */
async function syncTriggers(
  ports: WorkflowWritePorts,
  workspaceId: string,
  workflowId: string,
  workflow: Pick<Workflow, 'definition'> | undefined,
) {
  if (ports.triggers)
    await syncWorkflowTriggers(
      { ...ports, triggers: ports.triggers },
      workspaceId,
      workflowId,
      workflow,
    )
}

/** A new workflow as a caller gives it; the name defaults to the definition's own. */
export interface NewWorkflowInput {
  name?: string
  description?: string
  /** Raw JSON, checked in layers by `checkWorkflow`. */
  definition: unknown
}

/** Given fields replace the current ones; `null` clears the description. */
export interface WorkflowPatch {
  name?: string
  description?: string | null
  definition?: unknown
}

const chars = (text: string) => [...text].length

function fieldProblems(name: string, description: string | undefined): FieldError[] {
  const errors: FieldError[] = []
  if (chars(name) < 1 || chars(name) > workflowLimits.nameLength)
    errors.push({
      path: 'json.name',
      message: `Give a name of 1-${workflowLimits.nameLength} characters.`,
    })
  if (description !== undefined && chars(description) > workflowLimits.descriptionLength)
    errors.push({
      path: 'json.description',
      message: `Keep the description to ${workflowLimits.descriptionLength} characters.`,
    })
  return errors
}

async function audit(
  ports: WorkflowWritePorts,
  acting: Acting,
  action: 'workflow.created' | 'workflow.updated' | 'workflow.deleted',
  workflow: Pick<Workflow, 'workspaceId' | 'id' | 'name'>,
  details: Record<string, string | number>,
) {
  await recordAudit(ports.audit, acting, {
    workspaceId: workflow.workspaceId,
    action,
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'workflow', id: workflow.id, label: workflow.name },
    details,
  })
}

/**
 * Creates a workflow at version 1 (`write`), after checking its definition in the workspace:
 * schema, structure, security (allowed tools, limits) and references (profiles, prompts, agents,
 * documents). A 422 lists every problem at `json.definition.<path>` as `<rule>: <message>`; a
 * definition over ~300 KB of JSON is a 413.
 * @example await createWorkflow(deps, acting, { definition: { name: 'Digest', nodes: [...] } })
 */
export async function createWorkflow(
  ports: WorkflowWritePorts,
  acting: Acting,
  input: NewWorkflowInput,
): Promise<Workflow> {
  assertPermission(acting.access, 'write')
  const workspaceId = acting.access.workspaceId
  const checked = await checkedDefinition(ports, workspaceId, input.definition)
  const name = (input.name ?? checked.definition?.name ?? '').trim()
  const description = input.description?.trim() || undefined
  const errors = [
    ...(input.name !== undefined || checked.definition ? fieldProblems(name, description) : []),
    ...checked.errors,
  ]
  if (errors.length > 0 || !checked.definition) throw workflowRefused(errors)
  const workflow = await ports.workflows.create({
    id: newId('wfl'),
    workspaceId,
    name,
    ...(description ? { description } : {}),
    definition: checked.definition,
    createdBy: actorRef(acting),
  })
  await syncTriggers(ports, workspaceId, workflow.id, workflow)
  await audit(ports, acting, 'workflow.created', workflow, { version: 1 })
  return workflow
}

/**
 * Edits a workflow (`write`): every edit saves a new version and makes it current, the old ones
 * stay. With `expectedVersion` (the version the caller read) a stale edit is a 409; the store
 * refuses a concurrent edit in any case.
 *
 * 1. Find the workflow (404) and compare its version (409).
 * 2. Check a new definition in the workspace as at create (413, 422); an edit of the name or
 *    description alone keeps the current definition as it is.
 * 3. Save the result as the next version, conditional on the version read.
 */
export async function updateWorkflow(
  ports: WorkflowWritePorts,
  acting: Acting,
  input: { workflowId: string; patch: WorkflowPatch; expectedVersion?: number },
): Promise<Workflow> {
  assertPermission(acting.access, 'write')
  const current = await ports.workflows.get(acting.access.workspaceId, input.workflowId)
  if (!current) throw workflowNotFound()
  if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
    throw new DomainError(
      'resource.conflict',
      `The workflow is at version ${current.version}, not ${input.expectedVersion}: someone changed it meanwhile. Read it again and retry.`,
      { currentVersion: current.version },
    )
  const { patch } = input
  const checked =
    patch.definition === undefined
      ? { definition: current.definition, errors: [] }
      : await checkedDefinition(ports, current.workspaceId, patch.definition)
  const name = (patch.name ?? current.name).trim()
  const description =
    patch.description === undefined ? current.description : patch.description?.trim() || undefined
  const errors = [...fieldProblems(name, description), ...checked.errors]
  if (errors.length > 0 || !checked.definition) throw workflowRefused(errors)
  const content: WorkflowContent = {
    name,
    ...(description ? { description } : {}),
    definition: checked.definition,
  }
  const updated = await ports.workflows.addVersion(
    current.workspaceId,
    current.id,
    current.version,
    content,
    actorRef(acting),
  )
  await syncTriggers(ports, updated.workspaceId, updated.id, updated)
  await audit(ports, acting, 'workflow.updated', updated, { version: updated.version })
  return updated
}

/** Deletes a workflow with all its versions (`write`) and answers what went. */
export async function deleteWorkflow(
  ports: WorkflowWritePorts,
  acting: Acting,
  input: { workflowId: string },
): Promise<{ deleted: { workflowId: string; versions: number } }> {
  assertPermission(acting.access, 'write')
  const workflow = await ports.workflows.get(acting.access.workspaceId, input.workflowId)
  if (!workflow) throw workflowNotFound()
  const versions = await ports.workflows.delete(workflow.workspaceId, workflow.id)
  if (versions === 0) throw workflowNotFound()
  await syncTriggers(ports, workflow.workspaceId, workflow.id, undefined)
  // Best effort: a state machine left behind costs nothing and is never started again.
  await ports.machines
    ?.remove(
      workflow.id,
      Array.from({ length: workflow.version }, (_, index) => index + 1),
    )
    .catch(() => undefined)
  await audit(ports, acting, 'workflow.deleted', workflow, { versions })
  return { deleted: { workflowId: workflow.id, versions } }
}

/**
 * Checks a definition without saving it (`read`): `{ valid: true }`, or the same 413/422 that
 * creating it would answer.
 */
export async function validateWorkflowDefinition(
  ports: WorkflowCheckPorts,
  acting: Pick<Acting, 'access'>,
  input: { definition: unknown },
): Promise<{ valid: true }> {
  assertPermission(acting.access, 'read')
  const { errors } = await checkedDefinition(ports, acting.access.workspaceId, input.definition)
  if (errors.length > 0) throw workflowRefused(errors)
  return { valid: true }
}
