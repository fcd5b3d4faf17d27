import { rolePermissions } from '../../access/permissions'
import type { Acting } from '../../audit/acting'
import { isDomainError } from '../../errors'
import type { DocumentJob, DocumentJobAction } from '../../ports/document-job-repository'
import {
  changeDocumentTags,
  type DocumentCommandPorts,
  deleteDocument,
  reprocessDocument,
} from '../document-commands'
import type { DocumentJobPorts } from './start-job'

/** Which job to run; `acting` overrides running as the job's creator (tests, an admin tool). */
export interface RunDocumentJobInput {
  workspaceId: string
  jobId: string
  acting?: Acting
}

export interface RunDocumentJobOptions {
  /** True once the run should stop and continue in a new message (a Lambda has 15 minutes). */
  deadline?: () => boolean
}

/** Errors kept on a job, so a 1,000-document failure stays a readable record. */
export const maxJobErrors = 50

type Step = (ports: DocumentCommandPorts, acting: Acting, id: string, tags: string[]) => unknown

const steps: Record<DocumentJobAction, Step> = {
  delete: (ports, acting, id) => deleteDocument(ports, acting, id),
  tag: (ports, acting, id, tags) => changeDocumentTags(ports, acting, id, { add: tags }),
  untag: (ports, acting, id, tags) => changeDocumentTags(ports, acting, id, { remove: tags }),
  reprocess: (ports, acting, id) => reprocessDocument(ports, acting, id),
}

/**
 * Runs a bulk job from where it left off (the `documentJob.run` command of the ingest queue).
 *
 * 1. A job that is gone or finished is left alone: a redelivered message changes nothing.
 * 2. It runs as its creator, with their role now: one who left the workspace, or may no longer
 *    write, fails the remaining documents instead of acting with rights they lost.
 * 3. Each document goes through the single-document command (so each is audited as its own
 *    change); `progress.done` is the cursor into `documentIds` and is saved after every
 *    document, so a continued or redelivered run never does a document twice. A document the
 *    command refuses (gone, 409) counts as failed with the reason; any other error stops the run
 *    and is thrown, so the queue redelivers it and it resumes at that document.
 * 4. When `deadline()` says time is up, it saves its place, queues `documentJob.run` again and
 *    returns; otherwise it ends `succeeded` (`failed` when every document failed).
 * @example await runDocumentJob(ports, { workspaceId, jobId }, { deadline: () => context.getRemainingTimeInMillis() < 60_000 })
 */
export async function runDocumentJob(
  ports: DocumentJobPorts,
  input: RunDocumentJobInput,
  options: RunDocumentJobOptions = {},
): Promise<DocumentJob | undefined> {
  const { workspaceId, jobId } = input
  const job = await ports.jobs.get(workspaceId, jobId)
  if (!job || job.status === 'succeeded' || job.status === 'failed') return job
  const now = () => ports.clock?.() ?? new Date()
  const progress = { ...job.progress }
  const errors = [...job.errors]
  const failDocument = (documentId: string, message: string) => {
    progress.failed += 1
    if (errors.length < maxJobErrors) errors.push({ documentId, message })
  }
  const acting = input.acting ?? (await actingAsCreator(ports, job, now()))
  if (!acting) {
    for (const documentId of job.documentIds.slice(progress.done))
      failDocument(
        documentId,
        'The member who started this job can no longer change documents in this workspace.',
      )
    progress.done = progress.total
    return finish(ports, job, progress, errors, now())
  }
  if (job.status === 'queued') await ports.jobs.update(workspaceId, jobId, { status: 'running' })
  let handled = 0
  while (progress.done < job.documentIds.length) {
    if (handled > 0 && options.deadline?.()) {
      await ports.queue.send({ kind: 'documentJob.run', workspaceId, jobId })
      return ports.jobs.get(workspaceId, jobId)
    }
    const documentId = job.documentIds[progress.done] as string
    try {
      await steps[job.action](ports, { ...acting, now: now() }, documentId, job.tags ?? [])
    } catch (error) {
      if (!isDomainError(error)) throw error
      failDocument(documentId, error.message)
    }
    progress.done += 1
    handled += 1
    await ports.jobs.update(workspaceId, jobId, { progress: { ...progress }, errors: [...errors] })
  }
  return finish(ports, job, progress, errors, now())
}

function finish(
  ports: DocumentJobPorts,
  job: DocumentJob,
  progress: DocumentJob['progress'],
  errors: DocumentJob['errors'],
  at: Date,
) {
  const everyOneFailed = progress.total > 0 && progress.failed === progress.total
  return ports.jobs.update(job.workspaceId, job.id, {
    status: everyOneFailed ? 'failed' : 'succeeded',
    progress,
    errors,
    finishedAt: at.toISOString(),
  })
}

/**
 * The job's creator acting with their current role: the runner has no HTTP caller. Undefined
 * when they are no longer a member or their role no longer allows `write`.
 */
async function actingAsCreator(
  ports: Pick<DocumentJobPorts, 'workspaces'>,
  job: DocumentJob,
  now: Date,
): Promise<Acting | undefined> {
  const membership = await ports.workspaces.getMembership(job.workspaceId, job.createdBy)
  if (!membership) return undefined
  const permissions = new Set(rolePermissions[membership.role])
  if (!permissions.has('write')) return undefined
  const principal = {
    type: 'user',
    userId: job.createdBy,
    sessionId: `job:${job.id}`,
    systemAdmin: false,
  } as const
  return {
    access: { principal, workspaceId: job.workspaceId, role: membership.role, permissions },
    origin: { ip: 'job', userAgent: 'documents job', requestId: job.id },
    now,
  }
}
