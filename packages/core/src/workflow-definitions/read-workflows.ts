import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { Workflow, WorkflowRepository, WorkflowVersion } from '../ports/workflow-repository'

// One answer for "no such workflow" and "another workspace's", so ids reveal nothing.
export const workflowNotFound = () =>
  new DomainError('resource.notFound', 'No such workflow in this workspace.')

export const workflowVersionNotFound = (version: number) =>
  new DomainError('resource.notFound', `This workflow has no version ${version}.`)

/** A workflow of the current workspace at its current version (`read`). */
export async function getWorkflow(
  ports: { workflows: Pick<WorkflowRepository, 'get'> },
  acting: Pick<Acting, 'access'>,
  input: { workflowId: string },
): Promise<Workflow> {
  assertPermission(acting.access, 'read')
  const workflow = await ports.workflows.get(acting.access.workspaceId, input.workflowId)
  if (!workflow) throw workflowNotFound()
  return workflow
}

/** The workspace's workflows, newest first (`read`). */
export function listWorkflows(
  ports: { workflows: Pick<WorkflowRepository, 'list'> },
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<Workflow>> {
  assertPermission(acting.access, 'read')
  return ports.workflows.list(acting.access.workspaceId, page)
}

/** A workflow's saved versions, newest first (`read`); 404 for no such workflow. */
export async function listWorkflowVersions(
  ports: { workflows: Pick<WorkflowRepository, 'get' | 'listVersions'> },
  acting: Pick<Acting, 'access'>,
  input: { workflowId: string; page: PageRequest },
): Promise<Page<WorkflowVersion>> {
  const workflow = await getWorkflow(ports, acting, input)
  return ports.workflows.listVersions(workflow.workspaceId, workflow.id, input.page)
}

/** One saved version of a workflow (`read`); 404 for no such workflow or version. */
export async function getWorkflowVersion(
  ports: { workflows: Pick<WorkflowRepository, 'get' | 'getVersion'> },
  acting: Pick<Acting, 'access'>,
  input: { workflowId: string; version: number },
): Promise<WorkflowVersion> {
  const workflow = await getWorkflow(ports, acting, input)
  const found = await ports.workflows.getVersion(workflow.workspaceId, workflow.id, input.version)
  if (!found) throw workflowVersionNotFound(input.version)
  return found
}
