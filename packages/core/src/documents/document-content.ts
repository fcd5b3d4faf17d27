import { chunkId, type DocumentRecord } from '../ports/document-repository'
import type { KnowledgePorts } from './knowledge-ports'

/** What removing a document's content took away. */
export interface RemovedContent {
  chunks: number
  vectors: number
}

/**
 * Removes a document's chunks with index >= `fromIndex` from everywhere they live: the vector
 * store, the lexical index and the chunk items. Ids are deterministic (`chunkId`), so this needs
 * no listing of the vector store (Pinecone serverless cannot delete by filter) and can run twice.
 * `fromIndex` > 0 trims a reprocessed document that now has fewer chunks.
 */
export async function removeDocumentContent(
  ports: Pick<KnowledgePorts, 'documents' | 'vectors' | 'lexical'>,
  document: Pick<DocumentRecord, 'workspaceId' | 'id' | 'chunkCount'>,
  fromIndex = 0,
): Promise<RemovedContent> {
  const { workspaceId, id } = document
  const ids: string[] = []
  for (let index = fromIndex; index < document.chunkCount; index++) ids.push(chunkId(id, index))
  for (let at = 0; at < ids.length; at += 1000)
    await ports.vectors.deleteIds(workspaceId, ids.slice(at, at + 1000))
  if (ids.length > 0) await ports.lexical.update(workspaceId, { remove: ids })
  const chunks = await ports.documents.deleteChunks(workspaceId, id, fromIndex)
  return { chunks, vectors: ids.length }
}
