import { type Acting, assertPermission, auditActor, recordAudit } from '../../audit/acting'
import { DomainError, type FieldError } from '../../errors'
import { newId } from '../../ids/ids'
import type {
  DocumentJob,
  DocumentJobAction,
  DocumentJobRepository,
} from '../../ports/document-job-repository'
import { documentJobActions } from '../../ports/document-job-repository'
import type { DocumentStatus } from '../../ports/document-repository'
import { documentStatuses } from '../../ports/document-repository'
import type { DocumentCommandPorts } from '../document-commands'
import { normalizeTag, normalizeTags, tagLimits, tagProblem } from '../manage/tag-rules'

/** What the bulk jobs need: the single-document commands' ports, the jobs, and a clock. */
export interface DocumentJobPorts extends DocumentCommandPorts {
  jobs: DocumentJobRepository
  clock?: () => Date
}

/** The documents a job selects: by matching a tag and/or a status at the time it starts. */
export interface DocumentJobFilter {
  tag?: string
  status?: DocumentStatus
}

/**
 * A bulk job as asked for: exactly one of `documentIds` and `filter`; `tags` for tag/untag,
 * `rename` for retag.
 */
export interface NewDocumentJobInput {
  action: DocumentJobAction
  documentIds?: string[]
  filter?: DocumentJobFilter
  tags?: string[]
  rename?: { from: string; to: string }
}

export const documentJobLimits = { documents: 1000, tags: tagLimits.perDocument } as const

/** Every problem with a job request, by field path (empty when it is fine). */
export function documentJobProblems(input: NewDocumentJobInput): FieldError[] {
  const { documentIds, filter, tags, rename } = input
  const needsTags = input.action === 'tag' || input.action === 'untag'
  const needsRename = input.action === 'retag'
  const checks: [path: string, problem: string | false | undefined][] = [
    ['action', !documentJobActions.includes(input.action) && 'Unknown action.'],
    [
      '',
      (documentIds === undefined) === (filter === undefined) &&
        'Give exactly one of documentIds and filter.',
    ],
    [
      'documentIds',
      documentIds !== undefined &&
        (documentIds.length < 1 || documentIds.length > documentJobLimits.documents
          ? `Give 1-${documentJobLimits.documents} document ids.`
          : new Set(documentIds).size !== documentIds.length &&
            'Each document may appear only once.'),
    ],
    [
      'filter',
      filter !== undefined &&
        filter.tag === undefined &&
        filter.status === undefined &&
        'Give a tag, a status or both: a job never selects every document by accident.',
    ],
    [
      'filter.status',
      filter?.status !== undefined &&
        !documentStatuses.includes(filter.status) &&
        'Unknown status.',
    ],
    [
      'tags',
      needsTags
        ? (tags === undefined || tags.length < 1 || tags.length > documentJobLimits.tags) &&
          `Give 1-${documentJobLimits.tags} tags to ${input.action}.`
        : tags !== undefined && 'Tags apply only to the tag and untag actions.',
    ],
    ...(needsTags ? (tags ?? []) : []).map(
      (tag, i) => [`tags.${i}`, tagProblem(tag)] as [string, string | undefined],
    ),
    [
      'rename',
      needsRename
        ? rename === undefined && 'Give rename: { from, to } to retag.'
        : rename !== undefined && 'rename applies only to the retag action.',
    ],
    ...(needsRename && rename ? renameProblems(rename) : []),
  ]
  return checks.flatMap(([path, problem]) => (problem ? [{ path, message: problem }] : []))
}

function renameProblems(rename: { from: string; to: string }): [string, string | undefined][] {
  const from = tagProblem(rename.from)
  const to = tagProblem(rename.to)
  return [
    ['rename.from', from],
    [
      'rename.to',
      to ??
        (from === undefined && normalizeTag(rename.from) === normalizeTag(rename.to)
          ? `The tag is already named "${normalizeTag(rename.to)}": give a different name.`
          : undefined),
    ],
  ]
}

function checkedInput(input: NewDocumentJobInput) {
  const errors = documentJobProblems(input)
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The job request is invalid.',
      { errors },
    )
}

/** The ids of the documents matching `filter` now, newest first; more than the limit is a 422. */
async function matchingIds(
  ports: Pick<DocumentJobPorts, 'documents'>,
  workspaceId: string,
  filter: DocumentJobFilter,
): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | undefined
  do {
    const page = await ports.documents.list(workspaceId, {
      ...filter,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    })
    ids.push(...page.items.map((document) => document.id))
    if (ids.length > documentJobLimits.documents)
      throw new DomainError(
        'request.invalid',
        `More than ${documentJobLimits.documents} documents match: narrow the filter (a tag and a status), or run several jobs.`,
        { errors: [{ path: 'filter', message: 'Matches too many documents.' }] },
      )
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return ids
}

/**
 * Starts a bulk delete / tag / untag / reprocess / retag (`write`); it runs in the background and
 * its progress is read with `getDocumentJob`.
 *
 * 1. Check the request (422 listing every problem); tags and a rename are stored normalised.
 * 2. A filter is resolved to document ids now (at most 1,000), so the job acts on what the
 *    caller saw, not on documents that match later.
 * 3. Store the job `queued`, put `documentJob.run` on the ingest queue, record
 *    `documents.job.started`. Documents missing by the time it runs count as failed.
 * @example await startDocumentJob(ports, acting, { action: 'tag', filter: { status: 'ready' }, tags: ['q3'] })
 */
export async function startDocumentJob(
  ports: DocumentJobPorts,
  acting: Acting,
  input: NewDocumentJobInput,
): Promise<DocumentJob> {
  assertPermission(acting.access, 'write')
  checkedInput(input)
  const { workspaceId, principal } = acting.access
  const documentIds = input.filter
    ? await matchingIds(ports, workspaceId, input.filter)
    : [...(input.documentIds ?? [])]
  const job = await ports.jobs.create({
    id: newId('job'),
    workspaceId,
    action: input.action,
    documentIds,
    ...(input.tags ? { tags: normalizeTags(input.tags) } : {}),
    ...(input.rename
      ? { rename: { from: normalizeTag(input.rename.from), to: normalizeTag(input.rename.to) } }
      : {}),
    status: 'queued',
    progress: { done: 0, failed: 0, total: documentIds.length },
    errors: [],
    // The person behind the request (a key acts for its creator): the job runs as them.
    createdBy: principal.userId,
  })
  try {
    await ports.queue.send({ kind: 'documentJob.run', workspaceId, jobId: job.id })
  } catch (error) {
    await ports.jobs.update(workspaceId, job.id, {
      status: 'failed',
      finishedAt: (ports.clock?.() ?? new Date()).toISOString(),
    })
    throw error
  }
  await recordAudit(ports.audit, acting, {
    workspaceId,
    action: 'documents.job.started',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'documentJob', id: job.id, label: input.action },
    details: { action: input.action, documents: documentIds.length },
  })
  return job
}
