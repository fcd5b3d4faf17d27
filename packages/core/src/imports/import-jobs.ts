import { type Acting, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { defaultUploadSettings, type UploadSettings } from '../documents/knowledge-ports'
import { DomainError } from '../errors'
import { newId } from '../ids/ids'
import type { Page, PageRequest } from '../pagination'
import type { BlobStore, PresignedPut } from '../ports/blob-store'
import type { ImportJob, ImportJobRepository } from '../ports/import-job-repository'
import type { MessageQueue } from '../ports/message-queue'
import type { ImportPorts } from './import-conversations'
import { importFileKind } from './import-file'
import { type ImportSource, importSources } from './imported-conversation'

/** What background imports need: the import's stores, the jobs, the bucket and the queue. */
export interface ImportJobPorts extends ImportPorts {
  importJobs: ImportJobRepository
  blobs: Pick<BlobStore, 'get' | 'exists' | 'delete' | 'presignPut'>
  queue: MessageQueue
  uploads: Pick<UploadSettings, 'importMaxBytes' | 'urlTtlSeconds'>
  clock?: () => Date
}

export interface NewImportUploadInput {
  source: ImportSource
  filename: string
  /** Exact size in bytes (the signed PUT accepts only this size). */
  size: number
  contentType: string
}

/** Where an import's file goes (the `imports/` prefix expires after 7 days, no ingestion). */
export const importBlobKey = (job: Pick<ImportJob, 'workspaceId' | 'id'>) =>
  `imports/${job.workspaceId}/${job.id}`

const invalid = (path: string, message: string) =>
  new DomainError('request.invalid', message, { errors: [{ path, message }] })
const notFound = () => new DomainError('resource.notFound', 'No such import of yours here.')
const mebibytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`

/**
 * Registers an import of an export file too large for `POST /v1/imports` and signs where its
 * bytes go (`write`); `startImport` then queues it.
 *
 * 1. Check the source, the name (`.json` or `.zip`) and the size (413 over the import limit).
 * 2. Store the job `uploading`, with its file expected at `imports/{workspaceId}/{id}`.
 * 3. Record `import.requested`, then sign one PUT of exactly that size and type.
 * @example const { job, upload } = await createImportUpload(ports, acting, { source: 'chatgpt', filename: 'export.zip', size: 81_234_567, contentType: 'application/zip' })
 */
export async function createImportUpload(
  ports: ImportJobPorts,
  acting: Acting,
  input: NewImportUploadInput,
): Promise<{ job: ImportJob; upload: PresignedPut }> {
  const { access } = acting
  assertPermission(access, 'write')
  if (!importSources.includes(input.source))
    throw invalid('source', `Give one of ${importSources.join(', ')}.`)
  const filename = input.filename.trim()
  const kind = importFileKind(filename)
  if (!kind || filename.length > 255 || /[\p{Cc}/\\]/u.test(filename))
    throw invalid(
      'filename',
      'Give the file name of the export: its conversations.json or its .zip archive.',
    )
  if (!Number.isInteger(input.size) || input.size < 1)
    throw invalid('size', 'Give the size in bytes, at least 1.')
  const maxBytes = ports.uploads.importMaxBytes ?? (defaultUploadSettings.importMaxBytes as number)
  if (input.size > maxBytes)
    throw new DomainError(
      'request.tooLarge',
      `The file is ${mebibytes(input.size)}; the largest import is ${mebibytes(maxBytes)} (${maxBytes} bytes).`,
      { maxBytes, size: input.size },
    )
  const contentType = input.contentType.trim()
  if (contentType === '' || contentType.length > 200)
    throw invalid('contentType', 'Give the media type the file will be sent with.')
  const id = newId('imp')
  const job = await ports.importJobs.create({
    id,
    workspaceId: access.workspaceId,
    source: input.source,
    filename,
    kind,
    size: input.size,
    status: 'uploading',
    progress: { done: 0, total: 0 },
    // The person behind the request (a key acts for its creator): the conversations are theirs.
    createdBy: access.principal.userId,
    blobKey: importBlobKey({ workspaceId: access.workspaceId, id }),
  })
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'import.requested',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'import', id, label: filename },
    details: { source: input.source, size: input.size, kind },
  })
  const upload = await ports.blobs.presignPut({
    key: job.blobKey,
    contentType,
    contentLength: input.size,
    expiresInSeconds: ports.uploads.urlTtlSeconds,
  })
  return { job, upload }
}

/**
 * Queues an uploaded import (`write`, the caller's own job): `uploading -> queued`, then an
 * `import.run` on the ingest queue. A job already started answers as it is (a retried start
 * queues nothing twice); a file not uploaded yet is a 409.
 */
export async function startImport(
  ports: ImportJobPorts,
  acting: Acting,
  input: { importId: string },
): Promise<ImportJob> {
  assertPermission(acting.access, 'write')
  const job = await ownJob(ports, acting, input.importId)
  if (job.status !== 'uploading') return job
  if (!(await ports.blobs.exists(job.blobKey)))
    throw new DomainError(
      'resource.conflict',
      'The file is not uploaded yet: send it to the upload URL, then start the import.',
    )
  const queued = await ports.importJobs.update(
    job.workspaceId,
    job.id,
    { status: 'queued' },
    { ifStatus: ['uploading'] },
  )
  if (!queued) return ownJob(ports, acting, input.importId)
  try {
    await ports.queue.send({ kind: 'import.run', workspaceId: job.workspaceId, importId: job.id })
  } catch (error) {
    await ports.importJobs.update(job.workspaceId, job.id, { status: 'uploading' })
    throw error
  }
  return queued
}

async function ownJob(
  ports: Pick<ImportJobPorts, 'importJobs'>,
  acting: Pick<Acting, 'access'>,
  importId: string,
) {
  const { workspaceId, principal } = acting.access
  const job = await ports.importJobs.get(workspaceId, importId)
  if (!job || job.createdBy !== principal.userId) throw notFound()
  return job
}

/** One of the caller's imports in this workspace (`read`); anyone else's id is a 404. */
export async function getImport(
  ports: Pick<ImportJobPorts, 'importJobs'>,
  acting: Pick<Acting, 'access'>,
  input: { importId: string },
): Promise<ImportJob> {
  assertPermission(acting.access, 'read')
  return ownJob(ports, acting, input.importId)
}

/** The caller's imports in this workspace, newest first (`read`). */
export function listImports(
  ports: Pick<ImportJobPorts, 'importJobs'>,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<ImportJob>> {
  assertPermission(acting.access, 'read')
  const { workspaceId, principal } = acting.access
  return ports.importJobs.listOf(workspaceId, principal.userId, page)
}
