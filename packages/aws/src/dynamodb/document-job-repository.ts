import {
  type DocumentJob,
  type DocumentJobChanges,
  type DocumentJobRepository,
  type DocumentJobStatus,
  DomainError,
  type NewDocumentJob,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, DocumentJobItem } from './table'

function toDocumentJob(item: DocumentJobItem): DocumentJob {
  const { done, failed, total } = item.progress
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    action: item.action,
    documentIds: [...item.documentIds],
    ...(item.tags === undefined ? {} : { tags: [...item.tags] }),
    ...(item.rename === undefined
      ? {}
      : { rename: { from: item.rename.from, to: item.rename.to } }),
    status: item.status,
    progress: { done, failed, total },
    errors: item.errors.map(({ documentId, message }) => ({ documentId, message })),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.finishedAt === undefined ? {} : { finishedAt: item.finishedAt }),
    ...(item.leaseExpiresAt === undefined ? {} : { leaseExpiresAt: item.leaseExpiresAt }),
  }
}

/**
 * Bulk document jobs in their workspace's partition (strongly consistent get), listed newest
 * first on gsi1. An update replaces the given fields whole (progress, errors); its `ifStatus`
 * is a condition expression on `status`, so a claim (`queued` -> `running`) is atomic.
 * @example const jobs = new DynamoDocumentJobRepository(createTable(document, tableName))
 */
export class DynamoDocumentJobRepository implements DocumentJobRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewDocumentJob): Promise<DocumentJob> {
    const now = this.clock().toISOString()
    try {
      const { data } = await this.table.entities.documentJob
        .create({ ...structuredClone(input), createdAt: now, updatedAt: now })
        .go()
      return toDocumentJob(data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'A job with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string): Promise<DocumentJob | undefined> {
    const { data } = await this.table.entities.documentJob
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toDocumentJob(data) : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<DocumentJob>> {
    const { documentJob } = this.table.entities
    const toCursor =
      createConversions(documentJob).byAccessPattern.byCreation.fromComposite.toCursor
    return queryPage(
      page,
      (options) => documentJob.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toDocumentJob,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: DocumentJobChanges,
    options: { ifStatus?: readonly DocumentJobStatus[] } = {},
  ): Promise<DocumentJob | undefined> {
    const { ifStatus } = options
    if (ifStatus?.length === 0) return undefined
    const set: DocumentJobChanges = {}
    for (const [key, value] of Object.entries(structuredClone(changes)))
      if (value !== undefined) Object.assign(set, { [key]: value })
    try {
      const { data } = await this.table.entities.documentJob
        .patch({ workspaceId, id })
        .set({ ...set, updatedAt: this.clock().toISOString() })
        .where(({ status }, { eq }) =>
          ifStatus ? `(${ifStatus.map((s) => eq(status, s)).join(' OR ')})` : '',
        )
        .go({ response: 'all_new' })
      return toDocumentJob(data)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }
}
