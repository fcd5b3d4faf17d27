import type { Acting } from '../../audit/acting'
import { assertPermission } from '../../audit/acting'
import type { DocumentRecord, DocumentRepository } from '../../ports/document-repository'
import { documentNotFound } from '../document-commands'
import { checkedFilename } from './upload-rules'

/**
 * Renames a document (`write`): lists and downloads show the new name at once. Its bytes stay
 * where they are, and search hits show the name as of the last ingestion until a reprocess.
 */
export async function renameDocument(
  ports: { documents: Pick<DocumentRepository, 'get' | 'update'> },
  acting: Pick<Acting, 'access'>,
  id: string,
  input: { filename: string },
): Promise<DocumentRecord> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const filename = checkedFilename(input.filename)
  const current = await ports.documents.get(workspaceId, id)
  if (!current) throw documentNotFound()
  if (current.filename === filename) return current
  const renamed = await ports.documents.update(workspaceId, id, { filename })
  if (!renamed) throw documentNotFound()
  return renamed
}
