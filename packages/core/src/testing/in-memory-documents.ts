import type { PageRequest } from '../pagination'
import type {
  DocumentJob,
  DocumentJobChanges,
  DocumentJobRepository,
  DocumentJobStatus,
  NewDocumentJob,
} from '../ports/document-job-repository'
import type {
  DocumentChanges,
  DocumentListQuery,
  DocumentRecord,
  DocumentRepository,
  DocumentStatus,
  DocumentTagCount,
  NewDocument,
  StoredChunk,
} from '../ports/document-repository'
import type { SearchHistoryEntry, SearchHistoryRepository } from '../ports/search-history'
import { conflict, paginate } from './paginate'

const key = (workspaceId: string, id: string) => `${workspaceId}/${id}`
const chunkKey = (workspaceId: string, documentId: string, index: number) =>
  `${workspaceId}/${documentId}:${index}`
const newestFirst = <T extends { createdAt: string }>(items: T[]): T[] =>
  items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt) || b.at - a.at)
    .map(({ item }) => item)

/** In-memory documents, chunks and content-hash claims with the DynamoDB adapter's rules. */
export class InMemoryDocuments implements DocumentRepository {
  readonly byKey = new Map<string, DocumentRecord>()
  readonly chunks = new Map<string, StoredChunk>()
  readonly hashes = new Map<string, string>()

  async create(input: NewDocument) {
    const k = key(input.workspaceId, input.id)
    if (this.byKey.has(k)) throw conflict('A document with this id already exists.')
    const now = new Date().toISOString()
    const document = { ...structuredClone(input), createdAt: now, updatedAt: now }
    this.byKey.set(k, document)
    return structuredClone(document)
  }

  async get(workspaceId: string, id: string) {
    const document = this.byKey.get(key(workspaceId, id))
    return document && structuredClone(document)
  }

  async list(workspaceId: string, query: DocumentListQuery) {
    const all = [...this.byKey.values()].filter(
      (d) =>
        d.workspaceId === workspaceId &&
        (query.status === undefined || d.status === query.status) &&
        (query.tag === undefined || d.tags.includes(query.tag)),
    )
    return paginate(
      newestFirst(all).map((d) => structuredClone(d)),
      query,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: DocumentChanges,
    options: { ifStatus?: readonly DocumentStatus[] } = {},
  ) {
    const document = this.byKey.get(key(workspaceId, id))
    if (!document) return undefined
    if (options.ifStatus && !options.ifStatus.includes(document.status)) return undefined
    const { error, duplicateOf, ...rest } = structuredClone(changes)
    Object.assign(document, rest, { updatedAt: new Date().toISOString() })
    if (error === null) delete document.error
    else if (error !== undefined) document.error = error
    if (duplicateOf === null) delete document.duplicateOf
    else if (duplicateOf !== undefined) document.duplicateOf = duplicateOf
    return structuredClone(document)
  }

  async addProgress(workspaceId: string, id: string, chunksDone: number) {
    const document = this.byKey.get(key(workspaceId, id))
    if (document) document.progress.chunksDone += chunksDone
  }

  async delete(workspaceId: string, id: string) {
    return this.byKey.delete(key(workspaceId, id))
  }

  async tags(workspaceId: string): Promise<DocumentTagCount[]> {
    const counts = new Map<string, number>()
    for (const d of this.byKey.values())
      if (d.workspaceId === workspaceId)
        for (const tag of d.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    return [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tag, documents]) => ({ tag, documents }))
  }

  async claimContentHash(workspaceId: string, contentHash: string, documentId: string) {
    const k = key(workspaceId, contentHash)
    const holder = this.hashes.get(k)
    if (holder !== undefined) return holder
    this.hashes.set(k, documentId)
    return documentId
  }

  async releaseContentHash(workspaceId: string, contentHash: string, documentId: string) {
    const k = key(workspaceId, contentHash)
    if (this.hashes.get(k) === documentId) this.hashes.delete(k)
  }

  async putChunks(workspaceId: string, chunks: StoredChunk[]) {
    for (const chunk of chunks)
      this.chunks.set(chunkKey(workspaceId, chunk.documentId, chunk.index), structuredClone(chunk))
  }

  async getChunks(workspaceId: string, ids: string[]) {
    return ids.flatMap((id) => {
      const chunk = this.chunks.get(`${workspaceId}/${id}`)
      return chunk ? [structuredClone(chunk)] : []
    })
  }

  async listChunks(
    workspaceId: string,
    documentId: string,
    { fromIndex = 0, limit }: { fromIndex?: number; limit: number },
  ) {
    return this.#chunksOf(workspaceId, documentId)
      .filter((c) => c.index >= fromIndex)
      .slice(0, limit)
      .map((c) => structuredClone(c))
  }

  async deleteChunks(workspaceId: string, documentId: string, fromIndex = 0) {
    let deleted = 0
    for (const chunk of this.#chunksOf(workspaceId, documentId))
      if (
        chunk.index >= fromIndex &&
        this.chunks.delete(chunkKey(workspaceId, documentId, chunk.index))
      )
        deleted++
    return deleted
  }

  /** Every stored chunk of a document, in order (tests assert "no duplicate chunks" with it). */
  chunksOf(workspaceId: string, documentId: string): StoredChunk[] {
    return this.#chunksOf(workspaceId, documentId)
  }

  #chunksOf(workspaceId: string, documentId: string): StoredChunk[] {
    const prefix = `${workspaceId}/${documentId}:`
    return [...this.chunks]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, c]) => c)
      .sort((a, b) => a.index - b.index)
  }
}

/** In-memory bulk document jobs, newest first. */
export class InMemoryDocumentJobs implements DocumentJobRepository {
  readonly byKey = new Map<string, DocumentJob>()

  async create(input: NewDocumentJob) {
    const k = key(input.workspaceId, input.id)
    if (this.byKey.has(k)) throw conflict('A job with this id already exists.')
    const now = new Date().toISOString()
    const job = { ...structuredClone(input), createdAt: now, updatedAt: now }
    this.byKey.set(k, job)
    return structuredClone(job)
  }

  async get(workspaceId: string, id: string) {
    const job = this.byKey.get(key(workspaceId, id))
    return job && structuredClone(job)
  }

  async list(workspaceId: string, page: PageRequest) {
    const all = [...this.byKey.values()].filter((j) => j.workspaceId === workspaceId)
    return paginate(
      newestFirst(all).map((j) => structuredClone(j)),
      page,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: DocumentJobChanges,
    options: { ifStatus?: readonly DocumentJobStatus[] } = {},
  ) {
    const job = this.byKey.get(key(workspaceId, id))
    if (!job) return undefined
    if (options.ifStatus && !options.ifStatus.includes(job.status)) return undefined
    Object.assign(job, structuredClone(changes), { updatedAt: new Date().toISOString() })
    return structuredClone(job)
  }
}

/** In-memory search history per user and workspace, newest first. */
export class InMemorySearchHistory implements SearchHistoryRepository {
  readonly entries: SearchHistoryEntry[] = []

  async record(entry: SearchHistoryEntry) {
    this.entries.push(structuredClone(entry))
  }

  async list(workspaceId: string, userId: string, page: PageRequest) {
    const mine = this.entries
      .filter((e) => e.workspaceId === workspaceId && e.userId === userId)
      .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))
    return paginate(
      mine.map((e) => structuredClone(e)),
      page,
    )
  }

  async clear(workspaceId: string, userId: string) {
    const before = this.entries.length
    const kept = this.entries.filter((e) => !(e.workspaceId === workspaceId && e.userId === userId))
    this.entries.splice(0, this.entries.length, ...kept)
    return before - kept.length
  }
}
