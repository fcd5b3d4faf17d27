import type { Acting } from '../../audit/acting'
import { assertPermission } from '../../audit/acting'
import { DomainError } from '../../errors'
import type { DocumentJob } from '../../ports/document-job-repository'
import { type DocumentJobPorts, startDocumentJob } from '../jobs/start-job'
import { normalizeTag, tagProblem } from './tag-rules'

/**
 * Takes a tag off every document of the workspace that carries it (`write`), as a bulk `untag`
 * job over the documents carrying it now (at most 1,000; more is a 422 from the job). A tag no
 * document carries is a 404, so a typo does not look like success.
 */
export async function removeTagEverywhere(
  ports: DocumentJobPorts,
  acting: Acting,
  rawTag: string,
): Promise<DocumentJob> {
  assertPermission(acting.access, 'write')
  const problem = tagProblem(rawTag)
  if (problem)
    throw new DomainError('request.invalid', problem, {
      errors: [{ path: 'tag', message: problem }],
    })
  const tag = normalizeTag(rawTag)
  const carrying = await ports.documents.list(acting.access.workspaceId, { tag, limit: 1 })
  if (carrying.items.length === 0)
    throw new DomainError('resource.notFound', `No document of this workspace is tagged "${tag}".`)
  return startDocumentJob(ports, acting, { action: 'untag', filter: { tag }, tags: [tag] })
}
