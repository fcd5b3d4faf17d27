import { createHash } from 'node:crypto'
import type { DocumentRecord } from '../../ports/document-repository'
import { removeDocumentContent } from '../document-content'
import type { IngestionPorts } from '../knowledge-ports'

/** SHA-256 of the bytes, hex: the document's `contentHash`. */
export const contentHashOf = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex')

/**
 * Claims `hash` for the document and answers who holds it: the document itself, or another
 * document of the workspace with the same bytes. A claim left by a document that is gone,
 * failed or now holds other bytes is stale: it is released and claimed again, so a failed
 * upload never blocks the same file uploaded anew. Also releases the document's claim on its
 * previous bytes when they changed.
 */
export async function claimContent(
  ports: Pick<IngestionPorts, 'documents'>,
  document: Pick<DocumentRecord, 'workspaceId' | 'id' | 'contentHash'>,
  hash: string,
): Promise<string> {
  const { workspaceId, id } = document
  let holder = await ports.documents.claimContentHash(workspaceId, hash, id)
  if (holder !== id) {
    const other = await ports.documents.get(workspaceId, holder)
    if (!other || other.status === 'failed' || other.contentHash !== hash) {
      await ports.documents.releaseContentHash(workspaceId, hash, holder)
      holder = await ports.documents.claimContentHash(workspaceId, hash, id)
    }
  }
  if (document.contentHash && document.contentHash !== hash)
    await ports.documents.releaseContentHash(workspaceId, document.contentHash, id)
  return holder
}

/**
 * Makes the document a `duplicate` of `holder`: it gets no chunks of its own (search finds the
 * original), and what an earlier version of it stored is removed.
 */
export async function markDuplicate(
  ports: IngestionPorts,
  document: Pick<DocumentRecord, 'workspaceId' | 'id' | 'chunkCount'>,
  holder: string,
): Promise<DocumentRecord | undefined> {
  await removeDocumentContent(ports, document)
  ports.log?.info('document is a duplicate', { documentId: document.id, duplicateOf: holder })
  return ports.documents.update(document.workspaceId, document.id, {
    status: 'duplicate',
    duplicateOf: holder,
    chunkCount: 0,
    progress: { chunksDone: 0, chunksTotal: 0 },
  })
}
