import { type Acting, assertPermission } from '../../audit/acting'
import { DomainError } from '../../errors'
import type { Page, PageRequest } from '../../pagination'
import type { DocumentJob, DocumentJobRepository } from '../../ports/document-job-repository'

export interface DocumentJobReadPorts {
  jobs: Pick<DocumentJobRepository, 'get' | 'list'>
}

/** A bulk job of the current workspace with its progress (`read`); another's id is a 404. */
export async function getDocumentJob(
  ports: DocumentJobReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { jobId: string },
): Promise<DocumentJob> {
  assertPermission(acting.access, 'read')
  const job = await ports.jobs.get(acting.access.workspaceId, input.jobId)
  if (!job) throw new DomainError('resource.notFound', 'No such document job in this workspace.')
  return job
}

/** The current workspace's bulk jobs, newest first (`read`). */
export function listDocumentJobs(
  ports: DocumentJobReadPorts,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<DocumentJob>> {
  assertPermission(acting.access, 'read')
  return ports.jobs.list(acting.access.workspaceId, page)
}
