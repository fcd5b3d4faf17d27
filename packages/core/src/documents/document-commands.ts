import { type Acting, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import type { AuditLog } from '../ports/audit-log'
import type { DocumentRecord } from '../ports/document-repository'
import type { MessageQueue } from '../ports/message-queue'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { removeDocumentContent } from './document-content'
import type { KnowledgePorts } from './knowledge-ports'
import { normalizeTag, normalizeTags } from './manage/tag-rules'

/** What the single-document commands (and the bulk jobs built on them) need. */
export interface DocumentCommandPorts extends KnowledgePorts {
  queue: MessageQueue
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

/** What a delete removed, so the caller can see it is gone. */
export interface DocumentDeletion {
  document: DocumentRecord
  deleted: { chunks: number; vectors: number; blobs: number }
}

/**
 * A change to a document's tags: replace them all, add and remove some, or rename one (`from`
 * becomes `to` when the document carries `from`; one without it is left as it is).
 */
export type TagChange =
  | { set: string[] }
  | { add?: string[]; remove?: string[] }
  | { rename: { from: string; to: string } }

// One answer for "no such document" and "another workspace's", so ids reveal nothing.
export const documentNotFound = () =>
  new DomainError('resource.notFound', 'No such document in this workspace.')

async function documentOrNotFound(
  ports: Pick<DocumentCommandPorts, 'documents'>,
  acting: Acting,
  id: string,
): Promise<DocumentRecord> {
  const document = await ports.documents.get(acting.access.workspaceId, id)
  if (!document) throw documentNotFound()
  return document
}

const alreadyProcessing = () =>
  new DomainError(
    'resource.conflict',
    'This document is already processing; wait for it to finish before reprocessing it.',
  )

const target = (document: DocumentRecord) => ({
  type: 'document',
  id: document.id,
  label: document.filename,
})

/**
 * Deletes a document and everything made from it (`write`); another workspace's id is a 404.
 *
 * 1. Remove its chunks from the vector store, the lexical index and the chunk items.
 * 2. Delete its bytes (a document still `uploading` may have none yet).
 * 3. Release its content-hash claim, so the same bytes uploaded again are ingested afresh.
 * 4. Delete the record, last: a delete that stops half-way can simply be run again.
 * 5. Record `document.deleted`.
 */
export async function deleteDocument(
  ports: DocumentCommandPorts,
  acting: Acting,
  id: string,
): Promise<DocumentDeletion> {
  assertPermission(acting.access, 'write')
  const document = await documentOrNotFound(ports, acting, id)
  const { workspaceId } = document
  const deleted = await eraseDocument(ports, document)
  // A delete racing this one got here first: the caller sees what a second delete sees.
  if (!deleted) throw documentNotFound()
  await recordAudit(ports.audit, acting, {
    workspaceId,
    action: 'document.deleted',
    actor: await auditActor(ports.workspaces, acting.access),
    target: target(document),
    details: deleted,
  })
  return { document, deleted }
}

/**
 * Steps 1-4 of `deleteDocument` with no permission check or audit, for callers that already
 * decided (retention, account deletion). Resolves undefined when the record was already gone.
 */
export async function eraseDocument(
  ports: Pick<KnowledgePorts, 'documents' | 'blobs' | 'vectors' | 'lexical'>,
  document: DocumentRecord,
): Promise<DocumentDeletion['deleted'] | undefined> {
  const { workspaceId } = document
  const content = await removeDocumentContent(ports, document)
  let blobs = 0
  if (await ports.blobs.exists(document.blobKey)) {
    await ports.blobs.delete(document.blobKey)
    blobs = 1
  }
  if (document.contentHash)
    await ports.documents.releaseContentHash(workspaceId, document.contentHash, document.id)
  if (!(await ports.documents.delete(workspaceId, document.id))) return undefined
  return { ...content, blobs }
}

/**
 * Ingests a document's stored bytes again (`write`): after a failure, after a better extractor,
 * or a duplicate whose original is gone.
 *
 * 1. Only a document with bytes that is not already being ingested: `uploading` and
 *    `processing` are 409s.
 * 2. Set it `processing` from 0, clearing its error and `duplicateOf`, on condition that its
 *    status is still the one read: of two clicks at once, one starts and the other is a 409.
 *    Its old chunks stay searchable until ingestion replaces them.
 * 3. Put `document.ingest` on the ingest queue (undoing step 2 if the queue refuses it, so the
 *    document is never left `processing` with nothing to process it), record
 *    `document.reprocessed`.
 */
export async function reprocessDocument(
  ports: DocumentCommandPorts,
  acting: Acting,
  id: string,
): Promise<DocumentRecord> {
  assertPermission(acting.access, 'write')
  const document = await documentOrNotFound(ports, acting, id)
  const { workspaceId } = document
  if (document.status === 'uploading')
    throw new DomainError(
      'resource.conflict',
      'This document is not uploaded yet: there is nothing to process until its upload completes.',
    )
  if (document.status === 'processing') throw alreadyProcessing()
  const started = await ports.documents.update(
    workspaceId,
    document.id,
    {
      status: 'processing',
      progress: { chunksDone: 0, chunksTotal: 0 },
      error: null,
      duplicateOf: null,
    },
    { ifStatus: [document.status] },
  )
  if (!started) {
    if (!(await ports.documents.get(workspaceId, document.id))) throw documentNotFound()
    throw alreadyProcessing()
  }
  try {
    await ports.queue.send({ kind: 'document.ingest', workspaceId, documentId: document.id })
  } catch (error) {
    await ports.documents.update(
      workspaceId,
      document.id,
      {
        status: document.status,
        progress: document.progress,
        error: document.error ?? null,
        duplicateOf: document.duplicateOf ?? null,
      },
      { ifStatus: ['processing'] },
    )
    throw error
  }
  await recordAudit(ports.audit, acting, {
    workspaceId,
    action: 'document.reprocessed',
    actor: await auditActor(ports.workspaces, acting.access),
    target: target(document),
    details: { from: document.status },
  })
  return started
}

/**
 * Replaces (`{ set }`), edits (`{ add, remove }`) or renames one of (`{ rename }`) a document's
 * tags (`write`), each as one stored change (a rename never shows half done). Tags are
 * normalised (trimmed, lower case, unique, sorted; at most 20 on the document). A change that
 * changes nothing stores and records nothing. Vectors keep the tags they were ingested with:
 * search resolves tag filters through the document records, so the change applies at once.
 */
export async function changeDocumentTags(
  ports: DocumentCommandPorts,
  acting: Acting,
  id: string,
  change: TagChange,
): Promise<DocumentRecord> {
  assertPermission(acting.access, 'write')
  const edit = tagEdit(change)
  const document = await documentOrNotFound(ports, acting, id)
  const next = edit(document.tags)
  if (JSON.stringify(next) === JSON.stringify(document.tags)) return document
  const updated = await ports.documents.update(document.workspaceId, document.id, { tags: next })
  if (!updated) throw documentNotFound()
  const added = next.filter((tag) => !document.tags.includes(tag))
  const removed = document.tags.filter((tag) => !next.includes(tag))
  await recordAudit(ports.audit, acting, {
    workspaceId: document.workspaceId,
    action: 'document.tagged',
    actor: await auditActor(ports.workspaces, acting.access),
    target: target(document),
    details: { added: added.join(','), removed: removed.join(',') },
  })
  return updated
}

/** Checks a change (422 for bad tags, before anything is read) and returns how it edits tags. */
function tagEdit(change: TagChange): (current: string[]) => string[] {
  if ('set' in change) {
    const tags = normalizeTags(change.set, 'set')
    return () => tags
  }
  if ('rename' in change) {
    normalizeTags([change.rename.from, change.rename.to], 'rename') // 422 for a bad one
    const [old, renamed] = [normalizeTag(change.rename.from), normalizeTag(change.rename.to)]
    return (current) =>
      current.includes(old)
        ? normalizeTags([...current.filter((tag) => tag !== old), renamed], 'tags')
        : current
  }
  const add = normalizeTags(change.add ?? [], 'add')
  const remove = normalizeTags(change.remove ?? [], 'remove')
  return (current) =>
    normalizeTags([...current.filter((tag) => !remove.includes(tag)), ...add], 'tags')
}
