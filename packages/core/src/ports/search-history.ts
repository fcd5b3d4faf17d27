import type { Page, PageRequest } from '../pagination'

/** One search a user ran, as their history shows it. */
export interface SearchHistoryEntry {
  id: string
  workspaceId: string
  userId: string
  query: string
  mode: 'hybrid' | 'vector' | 'lexical'
  /** The filter as given, if any. */
  filter?: Record<string, unknown>
  hits: number
  at: string
}

/** Each user's own searches per workspace, newest first; entries expire after 90 days. */
export interface SearchHistoryRepository {
  record(entry: SearchHistoryEntry): Promise<void>
  list(workspaceId: string, userId: string, page: PageRequest): Promise<Page<SearchHistoryEntry>>
  /** Deletes the user's history in the workspace; resolves how many entries went. */
  clear(workspaceId: string, userId: string): Promise<number>
}
