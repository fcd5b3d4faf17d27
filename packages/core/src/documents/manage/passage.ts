import type { Acting } from '../../audit/acting'
import { DomainError } from '../../errors'
import { chunkId, type DocumentRepository, parseChunkId } from '../../ports/document-repository'
import { getDocument } from './read-documents'

/** One stored passage of a document, as a citation names it (`passageId` = `chunkId`). */
export interface DocumentPassage {
  /** The passage id: `${documentId}:${index}`. */
  id: string
  documentId: string
  filename: string
  page: number
  text: string
  /** Its position among the document's chunks, 0-based. */
  index: number
}

const passageNotFound = () =>
  new DomainError('resource.notFound', 'No such passage in this document.')

/**
 * The text of one passage of a document of the current workspace (`read`), so a client can
 * open the source of a citation. Another workspace's or a deleted document is a 404, as is an
 * id that is not one of this document's chunks (ids are canonical: `doc_x:07` is not `doc_x:7`).
 *
 * @example
 * // a citation { passageId: 'doc_3k9q:12', documentId: 'doc_3k9q' } of an answer:
 * await getPassage(ports, acting, citation.documentId, citation.passageId)
 */
export async function getPassage(
  ports: { documents: Pick<DocumentRepository, 'get' | 'getChunks'> },
  acting: Pick<Acting, 'access'>,
  documentId: string,
  passageId: string,
): Promise<DocumentPassage> {
  const document = await getDocument(ports, acting, documentId)
  const parsed = parseChunkId(passageId)
  if (parsed?.documentId !== document.id || chunkId(document.id, parsed.index) !== passageId)
    throw passageNotFound()
  const [chunk] = await ports.documents.getChunks(acting.access.workspaceId, [passageId])
  if (!chunk) throw passageNotFound()
  return {
    id: passageId,
    documentId: document.id,
    filename: document.filename,
    page: chunk.page,
    text: chunk.text,
    index: chunk.index,
  }
}
