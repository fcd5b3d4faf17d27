import type { Page, PageRequest, SearchHistoryEntry, SearchHistoryRepository } from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { epochSeconds } from './entities/shared'
import { queryPage } from './pagination'
import type { ChatterTable, SearchHistoryItem } from './table'

/** How long an entry is kept: DynamoDB's TTL deletes it (within a few days) after this. */
const retentionSeconds = 90 * 24 * 60 * 60

function toEntry(item: SearchHistoryItem): SearchHistoryEntry {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    userId: item.userId,
    query: item.query,
    mode: item.mode,
    ...(item.filterJson === undefined ? {} : { filter: JSON.parse(item.filterJson) }),
    hits: item.hits,
    at: item.at,
  }
}

/**
 * Each user's searches per workspace, in their own partition newest first; entries expire 90
 * days after they were made through the table's TTL attribute. TTL deletes late (up to days),
 * so reads also leave out entries already past their expiry.
 * @example await new DynamoSearchHistory(table).record(entry)
 */
export class DynamoSearchHistory implements SearchHistoryRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async record(entry: SearchHistoryEntry): Promise<void> {
    const { filter, ...rest } = entry
    await this.table.entities.searchHistory
      .put({
        ...rest,
        ...(filter === undefined ? {} : { filterJson: JSON.stringify(filter) }),
        expiresAt: epochSeconds(entry.at) + retentionSeconds,
      })
      .go()
  }

  list(workspaceId: string, userId: string, page: PageRequest): Promise<Page<SearchHistoryEntry>> {
    const { searchHistory } = this.table.entities
    const toCursor = createConversions(searchHistory).byAccessPattern.byUser.fromComposite.toCursor
    const now = Math.floor(this.clock().getTime() / 1000)
    return queryPage(
      page,
      (options) =>
        searchHistory.query
          .byUser({ workspaceId, userId })
          .where(({ expiresAt }, { gt }) => gt(expiresAt, now))
          .go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toEntry,
    )
  }

  async clear(workspaceId: string, userId: string): Promise<number> {
    const { searchHistory } = this.table.entities
    const { data } = await searchHistory.query
      .byUser({ workspaceId, userId })
      .go({ pages: 'all', consistent: true, attributes: ['at', 'id'] })
    return deleteAll(
      data.map(({ at, id }) => ({ workspaceId, userId, at, id })),
      (batch) => searchHistory.delete(batch).go(),
    )
  }
}
