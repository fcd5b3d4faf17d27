import { platformEvent, publishQuietly } from '../../events/publish'
import type { DocumentChanges, DocumentRecord } from '../../ports/document-repository'
import { removeDocumentContent } from '../document-content'
import type { IngestionPorts } from '../knowledge-ports'

type Document = Pick<DocumentRecord, 'workspaceId' | 'id' | 'chunkCount'>

/** Where the chunks of the run that just ended live, and what the record said before it. */
export interface IngestionRun {
  document: Document & Pick<DocumentRecord, 'contentHash'>
  /** Chunks this run wrote (indexes `[0, chunkCount)`). */
  chunkCount: number
}

/** Everything a run may have written: its own chunks and any left from a longer earlier version. */
const removeEverything = (ports: IngestionPorts, run: IngestionRun) =>
  removeDocumentContent(ports, {
    ...run.document,
    chunkCount: Math.max(run.document.chunkCount, run.chunkCount),
  })

/**
 * Marks the document `ready` with its new chunks, after trimming the chunks a previous, longer
 * version left at indexes >= the new count. When the document was deleted meanwhile, removes
 * what the run wrote instead (and its hash claim), so a delete always wins.
 */
export async function completeIngestion(
  ports: IngestionPorts,
  run: IngestionRun,
  details: Pick<DocumentChanges, 'title' | 'format' | 'pageCount'> = {},
): Promise<DocumentRecord | undefined> {
  const { workspaceId, id } = run.document
  const current = await ports.documents.get(workspaceId, id)
  if (current) {
    await removeDocumentContent(
      ports,
      { ...run.document, chunkCount: Math.max(current.chunkCount, run.document.chunkCount) },
      run.chunkCount,
    )
    const now = (ports.clock?.() ?? new Date()).toISOString()
    const ready = await ports.documents.update(workspaceId, id, {
      ...details,
      status: 'ready',
      chunkCount: run.chunkCount,
      progress: { chunksDone: run.chunkCount, chunksTotal: run.chunkCount },
      error: null,
      duplicateOf: null,
      readyAt: now,
    })
    if (ready) {
      ports.log?.info('document ready', { documentId: id, chunks: run.chunkCount })
      const { filename, tags, chunkCount } = ready
      await publishQuietly(
        ports.events,
        platformEvent('document.ready', workspaceId, {
          documentId: id,
          filename,
          tags,
          chunkCount,
        }),
        ports.log,
      )
      return ready
    }
  }
  await removeEverything(ports, run)
  const hash = run.document.contentHash
  if (hash) await ports.documents.releaseContentHash(workspaceId, hash, id)
  ports.log?.info('document deleted during ingestion; its chunks were removed', { documentId: id })
  return undefined
}

/**
 * Ends a run as `failed` with `reason` (words a user can act on): the chunks written so far are
 * removed, so a failed document is never half searchable.
 */
export async function failIngestion(
  ports: IngestionPorts,
  run: IngestionRun,
  reason: string,
): Promise<DocumentRecord | undefined> {
  await removeEverything(ports, run)
  ports.log?.warn('document failed', { documentId: run.document.id, reason })
  const failed = await ports.documents.update(run.document.workspaceId, run.document.id, {
    status: 'failed',
    error: reason,
    chunkCount: 0,
  })
  if (failed)
    await publishQuietly(
      ports.events,
      platformEvent('document.failed', failed.workspaceId, {
        documentId: failed.id,
        filename: failed.filename,
        error: reason,
      }),
      ports.log,
    )
  return failed
}
