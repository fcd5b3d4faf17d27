import { DomainError } from '../../errors'
import type { DocumentRecord } from '../../ports/document-repository'
import { chunkDocument } from '../chunking'
import type { IngestionPorts } from '../knowledge-ports'
import { chunkBatches, embedChunks, indexChunksLexically, toStoredChunks } from './chunk-records'
import { claimContent, contentHashOf, markDuplicate } from './content-claim'
import { isPermanentIngestError, safeErrorMessage } from './ingest-errors'
import { completeIngestion, failIngestion, type IngestionRun } from './ingest-outcome'
import { startIngestWorkflow, workflowRunning } from './start-workflow'

/** Which delivery of a queue message this is (SQS `ApproximateReceiveCount`). */
export interface IngestAttempt {
  receiveCount: number
  /** The last delivery before the message dead-letters: a failure now is final. */
  finalAttempt: boolean
}

export interface IngestOptions extends Partial<IngestAttempt> {
  /** A reprocess: ingest again even when the document is `ready` with these very bytes. */
  force?: boolean
}

export const blobMissingReason = 'The uploaded file was not found.'

/**
 * Ingests a stored document: the single entry point for an S3 event and a reprocess command.
 *
 * 1. Load the document; gone (deleted meanwhile) -> nothing to do.
 * 2. Read its bytes (missing -> `failed`: "The uploaded file was not found.") and hash them.
 * 3. `ready` with the same hash, or its workflow for these bytes still running -> nothing to do
 *    (a redelivered event), unless `force`.
 * 4. Mark it `processing` (progress 0/0, no error, the ingestion mode and start time).
 * 5. Claim the content hash: another live document with the same bytes makes this one a
 *    `duplicate` of it, with no chunks of its own.
 * 6. Larger than `settings.inlineMaxBytes` with a state machine configured -> start it and
 *    return; the ingest-step function does the rest (`ingestSteps`).
 * 7. Inline: extract, chunk, and per batch of `settings.embedBatchSize` store the chunks, embed
 *    them, upsert their vectors and count progress; then add all of them to the lexical index.
 * 8. Trim chunks a previous, longer version left, and mark it `ready` (deleted meanwhile ->
 *    remove what was written instead).
 *
 * An unreadable or unsupported file ends `failed` with the extractor's reason and the call
 * resolves (retrying cannot help). Any other error is rethrown so the queue retries; on the
 * final attempt the document is first marked `failed`, so none is left `processing` when its
 * message dead-letters.
 * @example await ingestDocument(ports, 'ws_1', 'doc_1', { receiveCount: 3, finalAttempt: true })
 */
export async function ingestDocument(
  ports: IngestionPorts,
  workspaceId: string,
  documentId: string,
  options: IngestOptions = {},
): Promise<DocumentRecord | undefined> {
  const document = await ports.documents.get(workspaceId, documentId)
  if (!document) {
    ports.log?.info('document to ingest is gone', { workspaceId, documentId })
    return undefined
  }
  const run: IngestionRun = { document, chunkCount: 0 }
  try {
    return await ingest(ports, document, run, options)
  } catch (error) {
    if (isPermanentIngestError(error)) return failIngestion(ports, run, error.message)
    if (options.finalAttempt) {
      const attempts = options.receiveCount ?? 1
      const reason = `Ingestion failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${safeErrorMessage(error)}`
      await failIngestion(ports, run, reason).catch((cleanup: unknown) =>
        ports.log?.warn('could not mark the document failed', { documentId, error: cleanup }),
      )
    }
    throw error
  }
}

async function ingest(
  ports: IngestionPorts,
  document: DocumentRecord,
  run: IngestionRun,
  options: IngestOptions,
): Promise<DocumentRecord | undefined> {
  const { workspaceId, id } = document
  const bytes = await ports.blobs.get(document.blobKey)
  if (!bytes) throw new DomainError('document.unreadable', blobMissingReason)
  const hash = contentHashOf(bytes)
  const unchanged = document.status === 'ready' && document.contentHash === hash
  if (!options.force && (unchanged || (await workflowRunning(ports, document, hash)))) {
    ports.log?.info('document already ingested', { documentId: id, status: document.status })
    return document
  }

  const workflows = bytes.length > ports.settings.inlineMaxBytes ? ports.workflows : undefined
  const startedAt = (ports.clock?.() ?? new Date()).toISOString()
  const processing = await ports.documents.update(workspaceId, id, {
    status: 'processing',
    progress: { chunksDone: 0, chunksTotal: 0 },
    error: null,
    duplicateOf: null,
    contentHash: hash,
    size: bytes.length,
    ingestion: { mode: workflows ? 'workflow' : 'inline', startedAt },
  })
  if (!processing) return undefined
  run.document = processing

  const holder = await claimContent(ports, document, hash)
  if (holder !== id) return markDuplicate(ports, processing, holder)
  if (workflows) return startIngestWorkflow(ports, workflows, processing, hash, startedAt)

  const extracted = await ports.extract({
    bytes,
    contentType: document.contentType,
    filename: document.filename,
  })
  const chunks = toStoredChunks(id, chunkDocument(extracted, ports.settings.chunking))
  run.chunkCount = chunks.length
  await ports.documents.update(workspaceId, id, {
    progress: { chunksDone: 0, chunksTotal: chunks.length },
  })
  for (const { from, to } of chunkBatches(chunks.length, ports.settings.embedBatchSize)) {
    const batch = chunks.slice(from, to)
    await ports.documents.putChunks(workspaceId, batch)
    await embedChunks(ports, processing, batch)
  }
  await indexChunksLexically(ports, processing, chunks)
  return completeIngestion(ports, run, {
    ...(extracted.title ? { title: extracted.title } : {}),
    format: extracted.format,
    pageCount: extracted.pages.length,
  })
}
