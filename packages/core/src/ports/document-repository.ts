import type { DocumentFormat } from '../documents/extracted-document'
import type { Page, PageRequest } from '../pagination'

/**
 * Where a document stands:
 * - `uploading`: the record exists, its bytes have not arrived (a presigned upload is pending);
 * - `processing`: extracting, chunking, embedding (`progress` says how far);
 * - `ready`: searchable;
 * - `failed`: ended with a readable `error`; its bytes are kept, so `reprocess` can retry;
 * - `duplicate`: the same bytes as `duplicateOf`, a document of the same workspace, so it got
 *   no chunks of its own (search finds the original).
 */
export const documentStatuses = ['uploading', 'processing', 'ready', 'failed', 'duplicate'] as const
export type DocumentStatus = (typeof documentStatuses)[number]

/** How far ingestion went: chunks embedded and stored over chunks found (0 until extracted). */
export interface DocumentProgress {
  chunksDone: number
  chunksTotal: number
}

/** How a document's bytes arrived: a presigned upload, or an object dropped under `drop/{ws}/`. */
export type DocumentSource = 'upload' | 'drop'

/** A file of a workspace's knowledge base. */
export interface DocumentRecord {
  /** `doc_...`; for a dropped file derived from its key and ETag, so a redelivery finds it. */
  id: string
  workspaceId: string
  filename: string
  /** As declared at upload (or guessed from a dropped file's name). */
  contentType: string
  /** Bytes. */
  size: number
  /** Lower-case, trimmed, unique, sorted. */
  tags: string[]
  status: DocumentStatus
  progress: DocumentProgress
  /** Why it failed, in words a user can act on (no stack, no secrets). */
  error?: string
  source: DocumentSource
  /** Where the bytes are in the documents bucket. */
  blobKey: string
  /** SHA-256 of the bytes, hex; set once they were read. */
  contentHash?: string
  /** For status `duplicate`: the document holding the same bytes. */
  duplicateOf?: string
  title?: string
  format?: DocumentFormat
  pageCount?: number
  /** Chunks stored for it (ids `${id}:${index}` for index < chunkCount), so delete finds them all. */
  chunkCount: number
  /** How the last ingestion ran: inline in the ingest function, or as a Step Functions execution. */
  ingestion?: { mode: 'inline' | 'workflow'; executionArn?: string; startedAt: string }
  /** The user (or API key) who created it; `system:drop` for a dropped file. */
  createdBy: string
  createdAt: string
  updatedAt: string
  /** When it last became `ready`. */
  readyAt?: string
}

export type NewDocument = Omit<DocumentRecord, 'createdAt' | 'updatedAt'>

/** Fields an update may set; `null` clears an optional one. */
export type DocumentChanges = Partial<
  Pick<
    DocumentRecord,
    | 'filename'
    | 'tags'
    | 'status'
    | 'progress'
    | 'contentHash'
    | 'title'
    | 'format'
    | 'pageCount'
    | 'chunkCount'
    | 'ingestion'
    | 'readyAt'
    | 'size'
  >
> & { error?: string | null; duplicateOf?: string | null }

export interface DocumentListQuery extends PageRequest {
  status?: DocumentStatus
  /** Only documents carrying this tag. */
  tag?: string
}

/** A stored passage of a document: what search hits and citations show. */
export interface StoredChunk {
  documentId: string
  /** 0-based; the chunk's id is `${documentId}:${index}`. */
  index: number
  text: string
  page: number
  section?: string
  tokenCount: number
}

/** A chunk's id everywhere (vector store, lexical index, citations). */
export const chunkId = (documentId: string, index: number): string => `${documentId}:${index}`

/** The document id and index of a chunk id; undefined for anything else. */
export function parseChunkId(id: string): { documentId: string; index: number } | undefined {
  const at = id.lastIndexOf(':')
  const index = Number(id.slice(at + 1))
  if (at <= 0 || !Number.isInteger(index) || index < 0) return undefined
  return { documentId: id.slice(0, at), index }
}

/** A tag of a workspace with how many documents carry it. */
export interface DocumentTagCount {
  tag: string
  documents: number
}

/**
 * The documents of a workspace, their chunks and the content-hash claims that make ingestion
 * exactly-once. Every method is scoped by workspace: another workspace's ids are not found.
 */
export interface DocumentRepository {
  /** Stores a new document; an existing id is a `resource.conflict`. */
  create(document: NewDocument): Promise<DocumentRecord>
  get(workspaceId: string, id: string): Promise<DocumentRecord | undefined>
  /** Newest first (by `createdAt`), optionally only one status or one tag. */
  list(workspaceId: string, query: DocumentListQuery): Promise<Page<DocumentRecord>>
  /**
   * Sets the given fields and `updatedAt`; undefined when there is no such document, or when
   * `ifStatus` is given and the document's status is not one of them (nothing is changed then).
   */
  update(
    workspaceId: string,
    id: string,
    changes: DocumentChanges,
    options?: { ifStatus?: readonly DocumentStatus[] },
  ): Promise<DocumentRecord | undefined>
  /** Atomically adds to `progress.chunksDone` (parallel batches each add theirs). */
  addProgress(workspaceId: string, id: string, chunksDone: number): Promise<void>
  /** Deletes the record (not its chunks, see `deleteChunks`); resolves whether it existed. */
  delete(workspaceId: string, id: string): Promise<boolean>
  /** Every tag in use in the workspace with its document count, by name. */
  tags(workspaceId: string): Promise<DocumentTagCount[]>

  /**
   * Claims `contentHash` for `documentId` in the workspace (a conditional write) and returns
   * the holder: `documentId` itself when the claim is new or already its own, else the document
   * that holds it. Two documents with the same bytes ingested at once: exactly one wins.
   */
  claimContentHash(workspaceId: string, contentHash: string, documentId: string): Promise<string>
  /** Releases the claim when `documentId` holds it (deleting or reprocessing a document). */
  releaseContentHash(workspaceId: string, contentHash: string, documentId: string): Promise<void>

  /** Writes chunks (replacing any with the same document id and index). */
  putChunks(workspaceId: string, chunks: StoredChunk[]): Promise<void>
  /** The chunks with these ids (`chunkId`) that exist, in the order asked. */
  getChunks(workspaceId: string, ids: string[]): Promise<StoredChunk[]>
  /** A document's chunks in order, from `fromIndex` (preview), at most `limit`. */
  listChunks(
    workspaceId: string,
    documentId: string,
    options: { fromIndex?: number; limit: number },
  ): Promise<StoredChunk[]>
  /** Deletes the document's chunks with index >= `fromIndex` (default 0); resolves how many. */
  deleteChunks(workspaceId: string, documentId: string, fromIndex?: number): Promise<number>
}
