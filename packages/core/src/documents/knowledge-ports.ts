import type { BlobStore } from '../ports/blob-store'
import type { ExtractDocument } from '../ports/document-extractor'
import type { DocumentJobRepository } from '../ports/document-job-repository'
import type { DocumentRepository } from '../ports/document-repository'
import type { Embedder } from '../ports/embedder'
import type { SharedLexicalIndex } from '../ports/lexical-index'
import type { MessageQueue } from '../ports/message-queue'
import type { PlatformEvents } from '../ports/platform-events'
import type { SearchHistoryRepository } from '../ports/search-history'
import type { StateMachineRunner } from '../ports/state-machine-runner'
import type { VectorStore } from '../ports/vector-store'
import type { ChunkingOptions } from './chunking'

/**
 * Where a workspace's knowledge lives: document records and chunks (DynamoDB), bytes (S3),
 * vectors (Pinecone or the local index, namespace = workspace id), the lexical index, and the
 * embedder that turns chunks and queries into vectors. Search, answers that cite and document
 * management all read it; ingestion writes it.
 */
export interface KnowledgePorts {
  documents: DocumentRepository
  blobs: BlobStore
  vectors: VectorStore
  lexical: SharedLexicalIndex
  embedder: Embedder
}

/** Limits of uploads, from config. */
export interface UploadSettings {
  /** Largest file accepted (default 50 MB, what extraction accepts). */
  maxBytes: number
  /** Files above this size get a multipart upload (default 16 MiB). */
  multipartThresholdBytes: number
  /** Bytes per part of a multipart upload (default 8 MiB; S3 needs at least 5 MiB). */
  partSizeBytes: number
  /** How long a presigned URL stays valid (default 900 s). */
  urlTtlSeconds: number
  /** Largest export file accepted by `POST /v1/imports/uploads` (default 250 MB). */
  importMaxBytes?: number
}

export const defaultUploadSettings: UploadSettings = {
  maxBytes: 50 * 1024 * 1024,
  multipartThresholdBytes: 16 * 1024 * 1024,
  partSizeBytes: 8 * 1024 * 1024,
  urlTtlSeconds: 900,
  importMaxBytes: 262_144_000,
}

/** What the API's document, search and job routes need beyond the stores. */
export interface KnowledgeServices extends KnowledgePorts {
  jobs: DocumentJobRepository
  searchHistory: SearchHistoryRepository
  /** The ingest queue: reprocess and bulk-job commands (`ingestQueueCommandSchema`). */
  queue: MessageQueue
  uploads: UploadSettings
}

/** How ingestion runs, from config; tests shrink the sizes. */
export interface IngestionSettings {
  /** Documents up to this many bytes are ingested inline; larger ones by the state machine. */
  inlineMaxBytes: number
  /** Chunks per embedding call, and per item of the state machine's Map. */
  embedBatchSize: number
  chunking?: ChunkingOptions
}

export const defaultIngestionSettings: IngestionSettings = {
  inlineMaxBytes: 2 * 1024 * 1024,
  embedBatchSize: 64,
}

/** What the ingest function, the ingest-step function and the bulk jobs need. */
export interface IngestionPorts extends KnowledgePorts {
  extract: ExtractDocument
  jobs: DocumentJobRepository
  /** The large-document state machine; without it every document is ingested inline. */
  workflows?: { runner: StateMachineRunner; stateMachine: string }
  settings: IngestionSettings
  /**
   * Told `document.ready` and `document.failed` (workflows triggered by `document.ready` start
   * from there). A failure is logged and does not fail the ingestion.
   */
  events?: PlatformEvents
  /** Where progress and decisions are logged (Powertools' Logger fits). */
  log?: {
    info(message: string, ...extra: Record<string, unknown>[]): void
    warn(message: string, ...extra: Record<string, unknown>[]): void
  }
  clock?: () => Date
}
