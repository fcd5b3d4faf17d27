import { chunkId, type DocumentRecord, type StoredChunk } from '../../ports/document-repository'
import type { LexicalDocument } from '../../ports/lexical-index'
import type { DocumentChunk } from '../chunking'
import type { IngestionPorts } from '../knowledge-ports'

/** What ingestion reads of a document to label its chunks. */
export type ChunkOwner = Pick<
  DocumentRecord,
  'id' | 'workspaceId' | 'tags' | 'contentType' | 'createdAt' | 'filename'
>

/** A contiguous run of chunk indexes `[from, to)`: one embedding call, one Map item. */
export interface ChunkBatch {
  from: number
  to: number
}

/** The chunks as stored: what search hits and citations show. */
export const toStoredChunks = (documentId: string, chunks: DocumentChunk[]): StoredChunk[] =>
  chunks.map((c) => ({
    documentId,
    index: c.index,
    text: c.text,
    page: c.page,
    ...(c.section ? { section: c.section } : {}),
    tokenCount: c.tokenCount,
  }))

/** `[0, count)` cut into batches of `size`. */
export function chunkBatches(count: number, size: number): ChunkBatch[] {
  const batches: ChunkBatch[] = []
  for (let from = 0; from < count; from += size)
    batches.push({ from, to: Math.min(count, from + size) })
  return batches
}

/** Vector metadata and lexical fields of a chunk (a type alias, so it fits both records). */
export type ChunkFields = {
  documentId: string
  tags: string[]
  contentType: string
  createdAt: number
  page: number
  filename: string
}

/**
 * The filterable labels of a chunk, the same in the vector store and the lexical index. Tags are
 * as of ingestion (search resolves tag filters through the repository); `createdAt` is epoch
 * seconds so date ranges are numeric comparisons.
 */
export const chunkFields = (document: ChunkOwner, chunk: StoredChunk): ChunkFields => ({
  documentId: document.id,
  tags: document.tags,
  contentType: document.contentType,
  createdAt: Math.floor(Date.parse(document.createdAt) / 1000),
  page: chunk.page,
  filename: document.filename,
})

/** Embeds a batch of stored chunks and upserts their vectors (ids `chunkId`), then counts them done. */
export async function embedChunks(
  ports: Pick<IngestionPorts, 'embedder' | 'vectors' | 'documents'>,
  document: ChunkOwner,
  chunks: StoredChunk[],
): Promise<void> {
  if (chunks.length === 0) return
  const vectors = await ports.embedder.embed(
    chunks.map((c) => c.text),
    undefined,
    { purpose: 'document' },
  )
  await ports.vectors.upsert(
    document.workspaceId,
    chunks.map((chunk, at) => ({
      id: chunkId(document.id, chunk.index),
      values: vectors[at] ?? [],
      metadata: chunkFields(document, chunk),
    })),
  )
  await ports.documents.addProgress(document.workspaceId, document.id, chunks.length)
}

/** Adds the chunks to the workspace's lexical index in one update (one snapshot write). */
export async function indexChunksLexically(
  ports: Pick<IngestionPorts, 'lexical'>,
  document: ChunkOwner,
  chunks: StoredChunk[],
): Promise<void> {
  if (chunks.length === 0) return
  const add: LexicalDocument[] = chunks.map((chunk) => ({
    id: chunkId(document.id, chunk.index),
    text: chunk.text,
    fields: chunkFields(document, chunk),
  }))
  await ports.lexical.update(document.workspaceId, { add })
}
