import type { Logger } from '@aws-lambda-powertools/logger'
import type {
  BlobStore,
  DocumentRecord,
  DocumentRepository,
  DocumentStatus,
  IngestQueueCommand,
  MessageQueue,
  WorkspaceRepository,
} from '@chatter/core'

/**
 * At most this many documents are re-queued per start: a sweep over a huge data folder must not
 * hold `npm start` for minutes. Any left over are re-driven by the next start (or a reprocess).
 */
export const maxRecoveredDocuments = 1000

const pageSize = 100

/**
 * Re-drives ingestion that a stopped local stack dropped. In AWS the ingest queue is durable; the
 * local SQS stand-in and Step Functions runner keep messages and executions in memory, so a
 * document whose message was queued (or whose large-document execution was running) when the
 * process stopped would stay `processing` or `uploading` for ever.
 *
 * 1. For every workspace (paged), the documents in status `processing`, and those `uploading`
 *    whose bytes are in the bucket (the upload landed, its S3 event was lost).
 * 2. Put `document.ingest` on the ingest queue for each, as a reprocess does: `ingestDocument`
 *    reads the bytes whatever the status, and ingestion is idempotent (deterministic chunk and
 *    vector ids), so a document that was about to finish anyway is safe to re-drive.
 * 3. Stop at `maxRecoveredDocuments`; resolve how many were re-queued and log it.
 * @example await recoverIngestion({ ...stores, blobs, queue, logger })
 */
export async function recoverIngestion(ports: {
  workspaces: Pick<WorkspaceRepository, 'list'>
  documents: Pick<DocumentRepository, 'list'>
  blobs: Pick<BlobStore, 'exists'>
  queue: MessageQueue
  logger: Logger
}): Promise<number> {
  let requeued = 0
  let cursor: string | undefined
  do {
    const page = await ports.workspaces.list({ limit: pageSize, ...(cursor ? { cursor } : {}) })
    for (const workspace of page.items) {
      for (const status of ['processing', 'uploading'] as const) {
        for await (const document of documentsIn(ports.documents, workspace.id, status)) {
          if (requeued >= maxRecoveredDocuments) return done(ports.logger, requeued, true)
          // An `uploading` document without bytes is a presigned upload still pending: leave it.
          if (status === 'uploading' && !(await ports.blobs.exists(document.blobKey))) continue
          const command: IngestQueueCommand = {
            kind: 'document.ingest',
            workspaceId: workspace.id,
            documentId: document.id,
          }
          await ports.queue.send(command)
          requeued++
        }
      }
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return done(ports.logger, requeued, false)
}

async function* documentsIn(
  documents: Pick<DocumentRepository, 'list'>,
  workspaceId: string,
  status: DocumentStatus,
): AsyncGenerator<DocumentRecord> {
  let cursor: string | undefined
  do {
    const page = await documents.list(workspaceId, {
      limit: pageSize,
      status,
      ...(cursor ? { cursor } : {}),
    })
    yield* page.items
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}

function done(logger: Logger, requeued: number, truncated: boolean): number {
  if (requeued > 0 || truncated)
    logger.info('interrupted ingestion re-queued', { documents: requeued, truncated })
  return requeued
}
