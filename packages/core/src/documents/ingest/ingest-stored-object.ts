import { createHash } from 'node:crypto'
import { isDomainError } from '../../errors'
import type { StoredObject } from '../../ingestion/stored-object'
import type { IngestionPorts } from '../knowledge-ports'
import { contentTypeFromFilename } from './content-type'
import { type IngestOptions, ingestDocument } from './ingest-document'

/**
 * The id of a dropped file's document, derived from its key and ETag: a redelivered event finds
 * the document it created, a re-drop of changed bytes (a new ETag) makes a new one.
 */
export function dropDocumentId(key: string, etag: string | undefined): string {
  const digest = createHash('sha256')
    .update(`${key}\n${(etag ?? '').replace(/"/g, '')}`)
    .digest('hex')
  return `doc_${digest.slice(0, 26)}`
}

/**
 * Ingests an object that landed in the documents bucket (one S3 event).
 *
 * 1. An upload (`uploads/{ws}/{documentId}/...`): the document the URL was issued for; gone
 *    (deleted before its bytes arrived) or holding another key -> nothing to do.
 * 2. A drop (`drop/{ws}/...`): the document of this key and ETag, created on first sight
 *    (name from the key, type from the extension, `createdBy` `system:drop`).
 * 3. Then `ingestDocument`, with the delivery's attempt.
 */
export async function ingestStoredObject(
  ports: IngestionPorts,
  object: StoredObject,
  options: IngestOptions = {},
): Promise<void> {
  const { workspaceId } = object
  let documentId = object.documentId
  if (object.source === 'upload') {
    const document = documentId && (await ports.documents.get(workspaceId, documentId))
    if (!document || document.blobKey !== object.key) {
      ports.log?.info('uploaded object has no document waiting for it', { key: object.key })
      return
    }
  } else {
    documentId = dropDocumentId(object.key, object.etag)
    await createDropped(ports, object, documentId)
  }
  if (documentId) await ingestDocument(ports, workspaceId, documentId, options)
}

async function createDropped(ports: IngestionPorts, object: StoredObject, id: string) {
  if (await ports.documents.get(object.workspaceId, id)) return
  const filename = object.key.slice(object.key.lastIndexOf('/') + 1)
  try {
    await ports.documents.create({
      id,
      workspaceId: object.workspaceId,
      filename,
      contentType: contentTypeFromFilename(filename),
      size: object.size,
      tags: [],
      status: 'processing',
      progress: { chunksDone: 0, chunksTotal: 0 },
      source: 'drop',
      blobKey: object.key,
      chunkCount: 0,
      createdBy: 'system:drop',
    })
    ports.log?.info('dropped file registered', { documentId: id, key: object.key })
  } catch (error) {
    // Two deliveries of the same event at once: the other one created it.
    if (!(isDomainError(error) && error.code === 'resource.conflict')) throw error
  }
}
