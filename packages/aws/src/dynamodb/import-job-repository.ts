import {
  DomainError,
  type ImportJob,
  type ImportJobChanges,
  type ImportJobRepository,
  type ImportJobStatus,
  type NewImportJob,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { importJobTtlDays } from './entities/import-job'
import { epochSeconds } from './entities/shared'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, ImportJobItem } from './table'

function toImportJob(item: ImportJobItem): ImportJob {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    source: item.source,
    filename: item.filename,
    kind: item.kind,
    size: item.size,
    status: item.status,
    progress: { done: item.progress.done, total: item.progress.total },
    createdBy: item.createdBy,
    blobKey: item.blobKey,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.finishedAt === undefined ? {} : { finishedAt: item.finishedAt }),
    ...(item.error === undefined ? {} : { error: item.error }),
    ...(item.report === undefined
      ? {}
      : {
          report: {
            conversations: item.report.conversations,
            messages: item.report.messages,
            skipped: item.report.skipped.map(({ title, reason }) => ({ title, reason })),
          },
        }),
    ...(item.leaseExpiresAt === undefined ? {} : { leaseExpiresAt: item.leaseExpiresAt }),
  }
}

/**
 * Import jobs in their workspace's partition (strongly consistent get), listed per member newest
 * first on gsi1; each expires with its file. An update's `ifStatus` is a condition on `status`,
 * so a runner's claim (`queued` -> `running`) is atomic.
 * @example const imports = new DynamoImportJobRepository(createTable(document, tableName))
 */
export class DynamoImportJobRepository implements ImportJobRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewImportJob): Promise<ImportJob> {
    const now = this.clock().toISOString()
    try {
      const { data } = await this.table.entities.importJob
        .create({
          ...structuredClone(input),
          createdAt: now,
          updatedAt: now,
          expiresAt: epochSeconds(now) + importJobTtlDays * 24 * 60 * 60,
        })
        .go()
      return toImportJob(data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'An import with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string): Promise<ImportJob | undefined> {
    const { data } = await this.table.entities.importJob
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toImportJob(data) : undefined
  }

  listOf(workspaceId: string, userId: string, page: PageRequest): Promise<Page<ImportJob>> {
    const { importJob } = this.table.entities
    const toCursor = createConversions(importJob).byAccessPattern.byMember.fromComposite.toCursor
    return queryPage(
      page,
      (options) =>
        importJob.query
          .byMember({ workspaceId, createdBy: userId })
          .go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toImportJob,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: ImportJobChanges,
    options: { ifStatus?: readonly ImportJobStatus[] } = {},
  ): Promise<ImportJob | undefined> {
    const { ifStatus } = options
    if (ifStatus?.length === 0) return undefined
    const set: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(structuredClone(changes)))
      if (value !== undefined) Object.assign(set, { [key]: value })
    try {
      const { data } = await this.table.entities.importJob
        .patch({ workspaceId, id })
        .set({ ...set, updatedAt: this.clock().toISOString() })
        .where(({ status }, { eq }) =>
          ifStatus ? `(${ifStatus.map((s) => eq(status, s)).join(' OR ')})` : '',
        )
        .go({ response: 'all_new' })
      return toImportJob(data)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }
}

/** Removes a workspace's import records (their files expire under `imports/`). */
export async function deleteWorkspaceImportJobs(table: ChatterTable, workspaceId: string) {
  const { importJob } = table.entities
  const { data } = await importJob.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', consistent: true })
  await deleteAll(
    data.map(({ id }) => ({ workspaceId, id })),
    (batch) => importJob.delete(batch).go(),
  )
  return data.length
}
