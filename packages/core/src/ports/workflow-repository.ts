import type { Page, PageRequest } from '../pagination'
import type { WorkflowDefinition } from '../workflows/definition'

/** What a workflow version holds: every edit makes a new version. */
export interface WorkflowContent {
  name: string
  description?: string
  definition: WorkflowDefinition
}

/** A user-defined workflow of a workspace, at its current version. */
export interface Workflow extends WorkflowContent {
  id: string
  workspaceId: string
  /** The current version (1 for a new workflow). */
  version: number
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** One saved version, never changed once written. */
export interface WorkflowVersion extends WorkflowContent {
  workflowId: string
  workspaceId: string
  version: number
  createdBy: string
  createdAt: string
}

/** Workflow definitions with their versions, per workspace. */
export interface WorkflowRepository {
  /** Stores version 1 (`resource.conflict` for a taken id). */
  create(workflow: Omit<Workflow, 'version' | 'createdAt' | 'updatedAt'>): Promise<Workflow>
  get(workspaceId: string, id: string): Promise<Workflow | undefined>
  /** Newest first. */
  list(workspaceId: string, page: PageRequest): Promise<Page<Workflow>>
  /**
   * Saves `content` as version `expectedVersion + 1` and makes it current, only if the current
   * version is still `expectedVersion` (else `resource.conflict`: someone edited it meanwhile).
   */
  addVersion(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    content: WorkflowContent,
    createdBy: string,
  ): Promise<Workflow>
  getVersion(workspaceId: string, id: string, version: number): Promise<WorkflowVersion | undefined>
  /** Newest first. */
  listVersions(workspaceId: string, id: string, page: PageRequest): Promise<Page<WorkflowVersion>>
  /** Deletes the workflow and all its versions; resolves how many versions went (0: none). */
  delete(workspaceId: string, id: string): Promise<number>
}
