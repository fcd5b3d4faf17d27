import { DomainError, isDomainError } from '../../errors'
import type { DocumentRecord, StoredChunk } from '../../ports/document-repository'
import { chunkDocument } from '../chunking'
import type { IngestionPorts } from '../knowledge-ports'
import {
  type ChunkBatch,
  chunkBatches,
  embedChunks,
  indexChunksLexically,
  toStoredChunks,
} from './chunk-records'
import { blobMissingReason } from './ingest-document'
import {
  documentGone,
  reasonFromStepError,
  safeErrorMessage,
  TransientError,
} from './ingest-errors'
import { completeIngestion, failIngestion } from './ingest-outcome'
import type { IngestStepPayload, IngestSteps } from './step-payloads'

const listPage = 500

/**
 * The steps of the large-document state machine, each a short Lambda invocation:
 * 1. `extract`: read, extract and chunk the file, store every chunk, set the progress total;
 *    returns only the batches `{ from, to }` (Step Functions payloads are capped at 256 KB).
 * 2. `embedBatch` (one per Map item, in parallel): embed the batch's chunks, upsert their
 *    vectors, add to the progress.
 * 3. `finalize`: add every chunk to the lexical index, trim a longer version's leftovers, `ready`.
 * 4. `markFailed` (the Catch): `failed` with a readable reason from the error's `Cause`.
 *
 * An unreadable file or a deleted document is thrown as is (a `DomainError` with a 4xx code: not
 * retried, the Catch marks it failed); any other error is rethrown as a `TransientError`, which
 * the ASL retries.
 */
export function ingestSteps(ports: IngestionPorts): IngestSteps {
  const step =
    <T>(work: (payload: IngestStepPayload) => Promise<T>) =>
    async (payload: IngestStepPayload) => {
      try {
        return await work(payload)
      } catch (error) {
        // The file or the request is at fault (4xx): retrying cannot help.
        if (isDomainError(error) && error.status < 500) throw error
        throw new TransientError(safeErrorMessage(error), { cause: error })
      }
    }
  return {
    extract: step((payload) => extract(ports, payload)),
    embedBatch: step((payload) => embedBatch(ports, payload)),
    finalize: step((payload) => finalize(ports, payload)),
    markFailed: step((payload) => markFailed(ports, payload)),
  }
}

async function load(ports: IngestionPorts, payload: IngestStepPayload): Promise<DocumentRecord> {
  const { workspaceId, documentId } = payload.document
  const document = await ports.documents.get(workspaceId, documentId)
  if (!document) throw documentGone()
  return document
}

async function extract(
  ports: IngestionPorts,
  payload: IngestStepPayload,
): Promise<{ batches: ChunkBatch[]; chunkCount: number }> {
  const document = await load(ports, payload)
  const bytes = await ports.blobs.get(document.blobKey)
  if (!bytes) throw new DomainError('document.unreadable', blobMissingReason)
  const extracted = await ports.extract({
    bytes,
    contentType: document.contentType,
    filename: document.filename,
  })
  const chunks = toStoredChunks(document.id, chunkDocument(extracted, ports.settings.chunking))
  await ports.documents.putChunks(document.workspaceId, chunks)
  await ports.documents.update(document.workspaceId, document.id, {
    progress: { chunksDone: 0, chunksTotal: chunks.length },
    ...(extracted.title ? { title: extracted.title } : {}),
    format: extracted.format,
    pageCount: extracted.pages.length,
  })
  const batches = chunkBatches(chunks.length, ports.settings.embedBatchSize)
  return { batches, chunkCount: chunks.length }
}

async function embedBatch(ports: IngestionPorts, payload: IngestStepPayload): Promise<ChunkBatch> {
  const { batch } = payload
  if (!batch) throw new DomainError('request.invalid', 'The embedBatch step needs a batch.')
  const document = await load(ports, payload)
  const chunks = await ports.documents.listChunks(document.workspaceId, document.id, {
    fromIndex: batch.from,
    limit: batch.to - batch.from,
  })
  await embedChunks(ports, document, chunks)
  return { from: batch.from, to: batch.to }
}

async function finalize(ports: IngestionPorts, payload: IngestStepPayload) {
  const { workspaceId, documentId } = payload.document
  const document = await ports.documents.get(workspaceId, documentId)
  // Deleted meanwhile: the batches tell how many chunks this execution wrote.
  const chunkCount =
    document?.progress.chunksTotal ?? Math.max(0, ...(payload.batches ?? []).map((b) => b.to))
  if (document) await indexChunksLexically(ports, document, await allChunks(ports, document))
  const ready = await completeIngestion(ports, {
    document: document ?? { workspaceId, id: documentId, chunkCount: 0 },
    chunkCount,
  })
  return { status: ready ? 'ready' : 'deleted', chunkCount }
}

/** The chunks `[0, progress.chunksTotal)` of the document, read page by page. */
async function allChunks(ports: IngestionPorts, document: DocumentRecord) {
  const count = document.progress.chunksTotal
  const chunks: StoredChunk[] = []
  while (chunks.length < count) {
    const page = await ports.documents.listChunks(document.workspaceId, document.id, {
      fromIndex: chunks.length,
      limit: Math.min(listPage, count - chunks.length),
    })
    if (page.length === 0) break
    chunks.push(...page.filter((c) => c.index < count))
  }
  return chunks
}

async function markFailed(ports: IngestionPorts, payload: IngestStepPayload) {
  const { workspaceId, documentId } = payload.document
  const document = await ports.documents.get(workspaceId, documentId)
  const reason = reasonFromStepError(payload.error)
  if (!document) return { status: 'deleted', reason }
  await failIngestion(ports, { document, chunkCount: document.progress.chunksTotal }, reason)
  return { status: 'failed', reason }
}
