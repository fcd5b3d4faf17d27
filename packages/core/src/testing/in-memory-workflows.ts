import type { PageRequest } from '../pagination'
import type {
  Workflow,
  WorkflowContent,
  WorkflowRepository,
  WorkflowVersion,
} from '../ports/workflow-repository'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, paginate } from './paginate'

/**
 * In-memory workflow definitions with their versions, as the DynamoDB store keeps them: a new
 * version only on top of the version the caller read (else a 409), and a workspace's deletion
 * taking its workflows along.
 */
export class InMemoryWorkflows implements WorkflowRepository {
  /** By `workspaceId/id`, in creation order. */
  readonly byKey = new Map<string, Workflow>()
  /** By `workspaceId/id`, oldest first. */
  readonly versions = new Map<string, WorkflowVersion[]>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const [key, workflow] of this.byKey)
          if (workflow.workspaceId === id) {
            this.byKey.delete(key)
            this.versions.delete(key)
          }
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(input: Omit<Workflow, 'version' | 'createdAt' | 'updatedAt'>) {
    const key = keyOf(input.workspaceId, input.id)
    if (this.byKey.has(key)) throw conflict('A workflow with this id already exists.')
    const now = new Date().toISOString()
    const workflow: Workflow = {
      ...structuredClone(input),
      version: 1,
      createdAt: now,
      updatedAt: now,
    }
    this.byKey.set(key, workflow)
    this.versions.set(key, [versionOf(workflow, input.createdBy, now)])
    return structuredClone(workflow)
  }

  async get(workspaceId: string, id: string) {
    const workflow = this.byKey.get(keyOf(workspaceId, id))
    return workflow && structuredClone(workflow)
  }

  async list(workspaceId: string, page: PageRequest) {
    const newestFirst = [...this.byKey.values()]
      .filter((workflow) => workflow.workspaceId === workspaceId)
      .reverse()
    return paginate(structuredClone(newestFirst), page)
  }

  async addVersion(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    content: WorkflowContent,
    createdBy: string,
  ) {
    const key = keyOf(workspaceId, id)
    const workflow = this.byKey.get(key)
    if (!workflow || workflow.version !== expectedVersion)
      throw conflict('The workflow changed meanwhile (or was deleted): read it again and retry.')
    const now = new Date().toISOString()
    const { description: _d, ...kept } = workflow
    const updated: Workflow = {
      ...kept,
      ...structuredClone(content),
      version: expectedVersion + 1,
      updatedAt: now,
    }
    this.byKey.set(key, updated)
    this.versions.get(key)?.push(versionOf(updated, createdBy, now))
    return structuredClone(updated)
  }

  async getVersion(workspaceId: string, id: string, version: number) {
    const found = this.versions.get(keyOf(workspaceId, id))?.find((v) => v.version === version)
    return found && structuredClone(found)
  }

  async listVersions(workspaceId: string, id: string, page: PageRequest) {
    const newestFirst = [...(this.versions.get(keyOf(workspaceId, id)) ?? [])].reverse()
    return paginate(structuredClone(newestFirst), page)
  }

  async delete(workspaceId: string, id: string) {
    const key = keyOf(workspaceId, id)
    const count = this.versions.get(key)?.length ?? 0
    this.byKey.delete(key)
    this.versions.delete(key)
    return count
  }
}

function versionOf(workflow: Workflow, createdBy: string, createdAt: string): WorkflowVersion {
  const { id, workspaceId, version, name, description, definition } = structuredClone(workflow)
  return {
    workflowId: id,
    workspaceId,
    version,
    name,
    ...(description !== undefined ? { description } : {}),
    definition,
    createdBy,
    createdAt,
  }
}

const keyOf = (workspaceId: string, id: string) => `${workspaceId}/${id}`
