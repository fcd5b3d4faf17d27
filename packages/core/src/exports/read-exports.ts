import { type Acting, assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { BlobStore } from '../ports/blob-store'
import type { ExportJob, ExportJobRepository } from '../ports/export-job-repository'

export interface ExportReadPorts {
  exportJobs: Pick<ExportJobRepository, 'get' | 'listOf'>
  blobs: Pick<BlobStore, 'presignGet'>
}

/** How long a download link works; every read of a finished export signs a new one. */
export const exportDownloadTtlSeconds = 3600

/** An export with, once it succeeded, a fresh link to its archive. */
export interface ExportJobView extends ExportJob {
  download?: { url: string; expiresAt: string }
}

/** The archive's name for the person downloading it. */
export const exportFilename = (job: Pick<ExportJob, 'id'>) => `chatter-export-${job.id}.zip`

/** One of the caller's exports in this workspace (`read`); anyone else's id is a 404. */
export async function getExport(
  ports: ExportReadPorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: { exportId: string },
): Promise<ExportJobView> {
  assertPermission(acting.access, 'read')
  const { workspaceId, principal } = acting.access
  const job = await ports.exportJobs.get(workspaceId, input.exportId)
  if (!job || job.createdBy !== principal.userId)
    throw new DomainError('resource.notFound', 'No such export of yours in this workspace.')
  if (job.status !== 'succeeded' || !job.blobKey) return job
  const { url } = await ports.blobs.presignGet({
    key: job.blobKey,
    expiresInSeconds: exportDownloadTtlSeconds,
    filename: exportFilename(job),
  })
  const expiresAt = new Date(acting.now.getTime() + exportDownloadTtlSeconds * 1000)
  return { ...job, download: { url, expiresAt: expiresAt.toISOString() } }
}

/** The caller's exports in this workspace, newest first (`read`); links come with `getExport`. */
export function listExports(
  ports: ExportReadPorts,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<ExportJob>> {
  assertPermission(acting.access, 'read')
  const { workspaceId, principal } = acting.access
  return ports.exportJobs.listOf(workspaceId, principal.userId, page)
}
