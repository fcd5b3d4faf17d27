import {
  DomainError,
  type Page,
  type PageRequest,
  type Workflow,
  type WorkflowContent,
  type WorkflowDefinition,
  type WorkflowRepository,
  type WorkflowVersion,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { queryPage } from './pagination'
import type { ChatterTable, WorkflowItem, WorkflowVersionItem } from './table'
import { failedAt, writeTransaction } from './transactions'

/**
 * Workflow definitions, stored like prompt templates: the current version as the head item in
 * the workspace's partition (newest first on gsi1), every version (1 included) as its own item
 * in the workflow's partition, written in the same transaction as the head, conditional on the
 * head's version, so two concurrent edits cannot both become version n+1. The definition is
 * kept as a JSON string (see ./entities/workflow.ts); the use cases keep it under ~300 KB so
 * each item stays under DynamoDB's 400 KB.
 * @example const workflows = new DynamoWorkflowRepository(createTable(document, tableName))
 */
export class DynamoWorkflowRepository implements WorkflowRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: Omit<Workflow, 'version' | 'createdAt' | 'updatedAt'>): Promise<Workflow> {
    const createdAt = this.clock().toISOString()
    const head: Workflow = {
      ...structuredClone(input),
      version: 1,
      createdAt,
      updatedAt: createdAt,
    }
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ workflow, workflowVersion }) => [
          workflow
            .create({
              workspaceId: head.workspaceId,
              id: head.id,
              ...storedContent(head),
              version: 1,
              createdBy: head.createdBy,
              createdAt,
              updatedAt: createdAt,
            })
            .commit(),
          workflowVersion.create(versionItem(head, head.createdBy, createdAt)).commit(),
        ])
        .go(),
    )
    if (codes) throw new DomainError('resource.conflict', 'A workflow with this id already exists.')
    return head
  }

  async get(workspaceId: string, id: string): Promise<Workflow | undefined> {
    const { data } = await this.table.entities.workflow
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toWorkflow(data) : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<Workflow>> {
    const { workflow } = this.table.entities
    return queryPage(
      page,
      (options) => workflow.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => createConversions(workflow).byAccessPattern.byCreation.fromComposite.toCursor(item),
      toWorkflow,
    )
  }

  async addVersion(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    content: WorkflowContent,
    createdBy: string,
  ): Promise<Workflow> {
    const now = this.clock().toISOString()
    const version = expectedVersion + 1
    const { description, ...required } = storedContent(content)
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ workflow, workflowVersion }) => {
          const set = workflow.patch({ workspaceId, id }).set({
            ...required,
            ...(description === undefined ? {} : { description }),
            version,
            updatedAt: now,
          })
          return [
            (description === undefined ? set.remove(['description']) : set)
              .where((item, { eq }) => eq(item.version, expectedVersion))
              .commit(),
            workflowVersion
              .create(versionItem({ ...content, id, workspaceId, version }, createdBy, now))
              .commit(),
          ]
        })
        .go(),
    )
    if (codes && failedAt(codes, 0))
      throw new DomainError(
        'resource.conflict',
        'The workflow changed meanwhile (or was deleted): read it again and retry.',
      )
    if (codes)
      throw new DomainError(
        'resource.conflict',
        `Version ${version} of the workflow already exists.`,
      )
    const updated = await this.get(workspaceId, id)
    if (!updated) throw new DomainError('resource.notFound', 'No such workflow in this workspace.')
    return updated
  }

  async getVersion(
    workspaceId: string,
    id: string,
    version: number,
  ): Promise<WorkflowVersion | undefined> {
    const { data } = await this.table.entities.workflowVersion
      .get({ workspaceId, workflowId: id, version })
      .go()
    return data ? toWorkflowVersion(data) : undefined
  }

  listVersions(workspaceId: string, id: string, page: PageRequest): Promise<Page<WorkflowVersion>> {
    const { workflowVersion } = this.table.entities
    return queryPage(
      page,
      (options) =>
        workflowVersion.query
          .byWorkflow({ workspaceId, workflowId: id })
          .go({ ...options, order: 'desc' }),
      (item) =>
        createConversions(workflowVersion).byAccessPattern.byWorkflow.fromComposite.toCursor(item),
      toWorkflowVersion,
    )
  }

  /** Removes the head first, so the workflow is gone at once even if the versions take a while. */
  async delete(workspaceId: string, id: string): Promise<number> {
    const { workflow, workflowVersion } = this.table.entities
    await workflow.delete({ workspaceId, id }).go()
    const { data } = await workflowVersion.query
      .byWorkflow({ workspaceId, workflowId: id })
      .go({ pages: 'all', consistent: true, attributes: ['workspaceId', 'workflowId', 'version'] })
    return deleteAll(
      data.map(({ version }) => ({ workspaceId, workflowId: id, version })),
      (batch) => workflowVersion.delete(batch).go(),
    )
  }
}

/**
 * Deletes every workflow of a workspace with its versions, each found by key (no scan): for the
 * workspace deletion. Resolves how many workflows went.
 */
export async function deleteWorkspaceWorkflows(table: ChatterTable, workspaceId: string) {
  const { data } = await table.entities.workflow.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', consistent: true, attributes: ['id'] })
  const workflows = new DynamoWorkflowRepository(table)
  for (const { id } of data) await workflows.delete(workspaceId, id)
  return data.length
}

function storedContent(content: WorkflowContent) {
  return {
    name: content.name,
    ...(content.description === undefined ? {} : { description: content.description }),
    definitionJson: JSON.stringify(content.definition),
  }
}

function versionItem(
  workflow: WorkflowContent & { id: string; workspaceId: string; version: number },
  createdBy: string,
  createdAt: string,
) {
  return {
    workspaceId: workflow.workspaceId,
    workflowId: workflow.id,
    version: workflow.version,
    ...storedContent(workflow),
    createdBy,
    createdAt,
  }
}

function contentOf(item: {
  name: string
  description?: string | undefined
  definitionJson: string
}): WorkflowContent {
  return {
    name: item.name,
    ...(item.description === undefined ? {} : { description: item.description }),
    definition: JSON.parse(item.definitionJson) as WorkflowDefinition,
  }
}

function toWorkflow(item: WorkflowItem): Workflow {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    ...contentOf(item),
    version: item.version,
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

function toWorkflowVersion(item: WorkflowVersionItem): WorkflowVersion {
  return {
    workflowId: item.workflowId,
    workspaceId: item.workspaceId,
    version: item.version,
    ...contentOf(item),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
  }
}
