import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import type { Page, PageRequest } from '../pagination'
import type { SearchHistoryEntry, SearchHistoryRepository } from '../ports/search-history'
import { historyOwnerOf } from './search-documents'

/** The caller's own searches in the workspace, newest first (`read`); an API key sees its own. */
export function listSearchHistory(
  ports: { searchHistory: Pick<SearchHistoryRepository, 'list'> },
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<SearchHistoryEntry>> {
  assertPermission(acting.access, 'read')
  const { workspaceId } = acting.access
  return ports.searchHistory.list(workspaceId, historyOwnerOf(acting.access), page)
}

/**
 * Forgets the caller's own searches in the workspace (`read`: a viewer may clear what they
 * searched); resolves how many entries went.
 */
export async function clearSearchHistory(
  ports: { searchHistory: Pick<SearchHistoryRepository, 'clear'> },
  acting: Pick<Acting, 'access'>,
): Promise<{ deleted: number }> {
  assertPermission(acting.access, 'read')
  const { workspaceId } = acting.access
  return { deleted: await ports.searchHistory.clear(workspaceId, historyOwnerOf(acting.access)) }
}
