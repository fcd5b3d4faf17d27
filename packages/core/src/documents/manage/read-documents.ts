import type { Acting } from '../../audit/acting'
import { assertPermission } from '../../audit/acting'
import type { Page, PageRequest } from '../../pagination'
import type {
  DocumentRecord,
  DocumentRepository,
  DocumentStatus,
  DocumentTagCount,
} from '../../ports/document-repository'
import { documentNotFound } from '../document-commands'
import { normalizeTag } from './tag-rules'

export interface DocumentReadPorts {
  documents: Pick<DocumentRepository, 'get' | 'list' | 'tags'>
}

/** A document of the current workspace (`read`); another workspace's id is a 404. */
export async function getDocument(
  ports: { documents: Pick<DocumentRepository, 'get'> },
  acting: Pick<Acting, 'access'>,
  id: string,
): Promise<DocumentRecord> {
  assertPermission(acting.access, 'read')
  const document = await ports.documents.get(acting.access.workspaceId, id)
  if (!document) throw documentNotFound()
  return document
}

export interface DocumentListInput extends PageRequest {
  status?: DocumentStatus
  /** Compared in its normalised form, so `?tag=Finance` finds `finance`. */
  tag?: string
}

/** The current workspace's documents, newest first, optionally one status or tag (`read`). */
export function listDocuments(
  ports: { documents: Pick<DocumentRepository, 'list'> },
  acting: Pick<Acting, 'access'>,
  input: DocumentListInput,
): Promise<Page<DocumentRecord>> {
  assertPermission(acting.access, 'read')
  const { status, tag, limit, cursor } = input
  return ports.documents.list(acting.access.workspaceId, {
    limit,
    ...(cursor ? { cursor } : {}),
    ...(status ? { status } : {}),
    ...(tag === undefined ? {} : { tag: normalizeTag(tag) }),
  })
}

/** Every tag in use in the current workspace with how many documents carry it, by name (`read`). */
export function listDocumentTags(
  ports: { documents: Pick<DocumentRepository, 'tags'> },
  acting: Pick<Acting, 'access'>,
): Promise<DocumentTagCount[]> {
  assertPermission(acting.access, 'read')
  return ports.documents.tags(acting.access.workspaceId)
}
