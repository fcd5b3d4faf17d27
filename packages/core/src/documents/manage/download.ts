import type { Acting } from '../../audit/acting'
import { assertPermission } from '../../audit/acting'
import { DomainError } from '../../errors'
import type { KnowledgeServices } from '../knowledge-ports'
import { getDocument } from './read-documents'

export interface DocumentDownload {
  url: string
  /** When the URL stops working (ISO 8601). */
  expiresAt: string
  filename: string
}

/**
 * A short-lived link to a document's original bytes (`read`), offered as an attachment under its
 * current file name. 409 while it is `uploading`: there are no bytes yet.
 */
export async function downloadDocument(
  ports: Pick<KnowledgeServices, 'documents' | 'blobs' | 'uploads'>,
  acting: Pick<Acting, 'access' | 'now'>,
  id: string,
): Promise<DocumentDownload> {
  assertPermission(acting.access, 'read')
  const document = await getDocument(ports, acting, id)
  if (document.status === 'uploading')
    throw new DomainError(
      'resource.conflict',
      'The document is still uploading: it can be downloaded once its upload is complete.',
      { status: document.status },
    )
  const expiresInSeconds = ports.uploads.urlTtlSeconds
  const { url } = await ports.blobs.presignGet({
    key: document.blobKey,
    filename: document.filename,
    expiresInSeconds,
  })
  const expiresAt = new Date(acting.now.getTime() + expiresInSeconds * 1000).toISOString()
  return { url, expiresAt, filename: document.filename }
}
