import type { Acting } from '../../audit/acting'
import { actorRef, assertPermission, auditActor, recordAudit } from '../../audit/acting'
import { DomainError } from '../../errors'
import { newId } from '../../ids/ids'
import type { AuditLog } from '../../ports/audit-log'
import type { PresignedMultipart, PresignedPut } from '../../ports/blob-store'
import type { DocumentRecord } from '../../ports/document-repository'
import type { WorkspaceRepository } from '../../ports/workspace-repository'
import { documentNotFound } from '../document-commands'
import type { KnowledgeServices } from '../knowledge-ports'
import { normalizeTags } from './tag-rules'
import { checkedFilename, unsupportedType, uploadFormatOf } from './upload-rules'

export interface DocumentUploadPorts
  extends Pick<KnowledgeServices, 'documents' | 'blobs' | 'uploads'> {
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

export interface NewUploadInput {
  filename: string
  /** The media type the client will send the bytes with (the signature covers it). */
  contentType: string
  /** Exact size in bytes. */
  size: number
  tags?: string[]
}

/** How the client sends the bytes: one signed PUT, or signed parts then a completion call. */
export type DocumentUploadTarget = PresignedPut | ({ method: 'multipart' } & PresignedMultipart)

export interface DocumentUpload {
  document: DocumentRecord
  upload: DocumentUploadTarget
}

const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`

/**
 * Registers a document and signs where its bytes go (`write`). The S3 event of the finished
 * upload starts ingestion; until then the document is `uploading`.
 *
 * 1. Check `write`, the file name (422), the type extraction must read (415) and the size
 *    (413 over `uploads.maxBytes`, naming the limit); normalise the tags (422).
 * 2. Store the record: `uploading`, no chunks, bytes expected at `uploads/{ws}/{id}/{filename}`.
 * 3. Record `document.uploaded`, then sign one PUT, or a multipart upload above
 *    `uploads.multipartThresholdBytes` (the client completes it with `completeDocumentUpload`).
 * @example const { document, upload } = await createDocumentUpload(ports, acting, { filename: 'q3.pdf', contentType: 'application/pdf', size: 48_213 })
 */
export async function createDocumentUpload(
  ports: DocumentUploadPorts,
  acting: Acting,
  input: NewUploadInput,
): Promise<DocumentUpload> {
  const { access } = acting
  assertPermission(access, 'write')
  const filename = checkedFilename(input.filename)
  if (!uploadFormatOf(input.contentType, filename))
    throw unsupportedType(input.contentType, filename)
  const { uploads } = ports
  if (!Number.isInteger(input.size) || input.size < 1)
    throw new DomainError('request.invalid', 'Give the size in bytes, at least 1.', {
      errors: [{ path: 'size', message: 'Give the size in bytes, at least 1.' }],
    })
  if (input.size > uploads.maxBytes)
    throw new DomainError(
      'document.tooLarge',
      `The file is ${mebibytes(input.size)}; the largest accepted is ${mebibytes(uploads.maxBytes)} (${uploads.maxBytes} bytes).`,
      { maxBytes: uploads.maxBytes, size: input.size },
    )
  const tags = normalizeTags(input.tags ?? [])
  const contentType = input.contentType.trim()

  const id = newId('doc')
  const key = `uploads/${access.workspaceId}/${id}/${filename}`
  const document = await ports.documents.create({
    id,
    workspaceId: access.workspaceId,
    filename,
    contentType,
    size: input.size,
    tags,
    status: 'uploading',
    progress: { chunksDone: 0, chunksTotal: 0 },
    source: 'upload',
    blobKey: key,
    chunkCount: 0,
    createdBy: actorRef({ access }),
  })
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'document.uploaded',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'document', id, label: filename },
    details: { contentType, size: input.size },
  })

  const signed = { key, contentType, contentLength: input.size }
  if (input.size <= uploads.multipartThresholdBytes) {
    const put = await ports.blobs.presignPut({
      ...signed,
      expiresInSeconds: uploads.urlTtlSeconds,
    })
    return { document, upload: put }
  }
  const multipart = await ports.blobs.presignMultipart({
    ...signed,
    partSize: uploads.partSizeBytes,
  })
  return { document, upload: { method: 'multipart', ...multipart } }
}

export interface CompleteUploadInput {
  uploadId: string
  /** The ETag each part's PUT answered. */
  parts: { partNumber: number; etag: string }[]
}

/**
 * Finishes a multipart upload (`write`): the parts become the document's object, whose S3 event
 * then starts ingestion. Only while the document is `uploading` (409 after); a wrong part is a
 * 422, an unknown upload id a 404. Answers the document, still `uploading` until ingestion
 * picks it up.
 */
export async function completeDocumentUpload(
  ports: Pick<KnowledgeServices, 'documents' | 'blobs'>,
  acting: Pick<Acting, 'access'>,
  id: string,
  input: CompleteUploadInput,
): Promise<DocumentRecord> {
  assertPermission(acting.access, 'write')
  const document = await ports.documents.get(acting.access.workspaceId, id)
  if (!document) throw documentNotFound()
  if (document.status !== 'uploading')
    throw new DomainError(
      'resource.conflict',
      `The document is ${document.status}: its upload was already completed.`,
      { status: document.status },
    )
  const numbers = input.parts.map((part) => part.partNumber)
  if (new Set(numbers).size !== numbers.length)
    throw new DomainError('request.invalid', 'Give each part number once.', {
      errors: [{ path: 'parts', message: 'Give each part number once.' }],
    })
  const parts = [...input.parts].sort((a, b) => a.partNumber - b.partNumber)
  await ports.blobs.completeMultipart(document.blobKey, input.uploadId, parts)
  return document
}

/**
 * Abandons an unfinished upload (`write`): discards a multipart upload's parts when given its
 * id, and deletes the `uploading` record, so nothing half-made lingers. 409 once the upload
 * was completed (delete the document instead).
 */
export async function abortDocumentUpload(
  ports: Pick<KnowledgeServices, 'documents' | 'blobs'>,
  acting: Pick<Acting, 'access'>,
  id: string,
  input: { uploadId?: string } = {},
): Promise<DocumentRecord> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const document = await ports.documents.get(workspaceId, id)
  if (!document) throw documentNotFound()
  if (document.status !== 'uploading')
    throw new DomainError(
      'resource.conflict',
      `The document is ${document.status}: its upload is finished, so delete the document instead.`,
      { status: document.status },
    )
  if (input.uploadId) await ports.blobs.abortMultipart(document.blobKey, input.uploadId)
  await ports.blobs.delete(document.blobKey)
  await ports.documents.delete(workspaceId, id)
  return document
}
