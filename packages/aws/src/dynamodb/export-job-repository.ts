import {
  DomainError,
  type ExportJob,
  type ExportJobChanges,
  type ExportJobRepository,
  type ExportJobStatus,
  type NewExportJob,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { exportJobTtlDays } from './entities/export-job'
import { epochSeconds } from './entities/shared'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, ExportJobItem } from './table'

function toExportJob(item: ExportJobItem): ExportJob {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    scope: item.scope,
    format: item.format,
    status: item.status,
    progress: { done: item.progress.done, total: item.progress.total },
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.finishedAt === undefined ? {} : { finishedAt: item.finishedAt }),
    ...(item.error === undefined ? {} : { error: item.error }),
    ...(item.blobKey === undefined ? {} : { blobKey: item.blobKey }),
    ...(item.counts === undefined
      ? {}
      : { counts: Object.fromEntries(item.counts.map(({ name, count }) => [name, count])) }),
    ...(item.leaseExpiresAt === undefined ? {} : { leaseExpiresAt: item.leaseExpiresAt }),
  }
}

/**
 * Export jobs in their workspace's partition (strongly consistent get), listed per member newest
 * first on gsi1; each expires with its archive. An update's `ifStatus` is a condition on
 * `status`, so a runner's claim (`queued` -> `running`) is atomic.
 * @example const exports = new DynamoExportJobRepository(createTable(document, tableName))
 */
export class DynamoExportJobRepository implements ExportJobRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewExportJob): Promise<ExportJob> {
    const now = this.clock().toISOString()
    const { counts, ...rest } = structuredClone(input)
    try {
      const { data } = await this.table.entities.exportJob
        .create({
          ...rest,
          ...(counts ? { counts: countList(counts) } : {}),
          createdAt: now,
          updatedAt: now,
          expiresAt: epochSeconds(now) + exportJobTtlDays * 24 * 60 * 60,
        })
        .go()
      return toExportJob(data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'An export with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string): Promise<ExportJob | undefined> {
    const { data } = await this.table.entities.exportJob
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toExportJob(data) : undefined
  }

  listOf(workspaceId: string, userId: string, page: PageRequest): Promise<Page<ExportJob>> {
    const { exportJob } = this.table.entities
    const toCursor = createConversions(exportJob).byAccessPattern.byMember.fromComposite.toCursor
    return queryPage(
      page,
      (options) =>
        exportJob.query
          .byMember({ workspaceId, createdBy: userId })
          .go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toExportJob,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: ExportJobChanges,
    options: { ifStatus?: readonly ExportJobStatus[] } = {},
  ): Promise<ExportJob | undefined> {
    const { ifStatus } = options
    if (ifStatus?.length === 0) return undefined
    const { counts, ...rest } = structuredClone(changes)
    const set: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(rest))
      if (value !== undefined) Object.assign(set, { [key]: value })
    if (counts) set.counts = countList(counts)
    try {
      const { data } = await this.table.entities.exportJob
        .patch({ workspaceId, id })
        .set({ ...set, updatedAt: this.clock().toISOString() })
        .where(({ status }, { eq }) =>
          ifStatus ? `(${ifStatus.map((s) => eq(status, s)).join(' OR ')})` : '',
        )
        .go({ response: 'all_new' })
      return toExportJob(data)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }
}

const countList = (counts: Record<string, number>) =>
  Object.entries(counts).map(([name, count]) => ({ name, count }))

/** Removes a workspace's export records (their archives expire under `exports/`). */
export async function deleteWorkspaceExportJobs(table: ChatterTable, workspaceId: string) {
  const { exportJob } = table.entities
  const { data } = await exportJob.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', consistent: true })
  await deleteAll(
    data.map(({ id }) => ({ workspaceId, id })),
    (batch) => exportJob.delete(batch).go(),
  )
  return data.length
}
