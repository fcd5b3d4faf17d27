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

/**
 * Renames a tag on every document of the workspace that carries it (`write`), as a bulk `retag`
 * job over the documents carrying it now (at most 1,000; more is a 422 from the job). Each
 * document's `from` becomes `to` in one tag change; a document already carrying the new name
 * keeps it once (the two tags merge).
 *
 * 1. Both names must be valid tags (422 at `tag` or `name`); they compare normalised.
 * 2. The same name after normalising (`"Q3"` -> `"q3"`) is a 422 at `name`: there is nothing
 *    to rename, and a job that changes nothing would only look like work.
 * 3. A tag no document carries is a 404, so a typo does not look like success.
 * @example await renameTagEverywhere(ports, acting, 'manuals', 'guides')
 */
export async function renameTagEverywhere(
  ports: DocumentJobPorts,
  acting: Acting,
  rawTag: string,
  rawName: string,
): Promise<DocumentJob> {
  assertPermission(acting.access, 'write')
  const errors = [
    { path: 'tag', message: tagProblem(rawTag) },
    { path: 'name', message: tagProblem(rawName) },
  ].flatMap(({ path, message }) => (message ? [{ path, message }] : []))
  const [tag, name] = [normalizeTag(rawTag), normalizeTag(rawName)]
  if (errors.length === 0 && tag === name)
    errors.push({ path: 'name', message: `The tag is already named "${name}".` })
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The tag and its new name are invalid.',
      { errors },
    )
  const carrying = await ports.documents.list(acting.access.workspaceId, { tag, limit: 1 })
  if (carrying.items.length === 0)
    throw new DomainError('resource.notFound', `No document of this workspace is tagged "${tag}".`)
  return startDocumentJob(ports, acting, {
    action: 'retag',
    filter: { tag },
    rename: { from: tag, to: name },
  })
}
