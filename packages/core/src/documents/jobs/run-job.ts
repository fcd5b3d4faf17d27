import { rolePermissions } from '../../access/permissions'
import type { Acting } from '../../audit/acting'
import { DomainError, isDomainError } from '../../errors'
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
  /**
   * When this invocation ends at the latest: the runner holds the job until then. Defaults to
   * `maxJobLeaseMs` from now, the longest a Lambda function runs.
   */
  leaseUntil?: Date
}

/** Errors kept on a job, so a 1,000-document failure stays a readable record. */
export const maxJobErrors = 50

/** The longest a runner holds a job: Lambda's 15-minute limit. */
export const maxJobLeaseMs = 15 * 60_000

type Step = (ports: DocumentCommandPorts, acting: Acting, id: string, job: DocumentJob) => unknown

const steps: Record<DocumentJobAction, Step> = {
  delete: (ports, acting, id) => deleteDocument(ports, acting, id),
  tag: (ports, acting, id, job) => changeDocumentTags(ports, acting, id, { add: job.tags ?? [] }),
  untag: (ports, acting, id, job) =>
    changeDocumentTags(ports, acting, id, { remove: job.tags ?? [] }),
  reprocess: (ports, acting, id) => reprocessDocument(ports, acting, id),
  // One tag change (remove and add at once), so it never interleaves with a tag or untag job
  // as two changes would; a document no longer carrying `from` is left as it is.
  retag: (ports, acting, id, job) => {
    if (!job.rename) throw new DomainError('request.invalid', 'The job names no tag to rename.')
    return changeDocumentTags(ports, acting, id, { rename: job.rename })
  },
}

const isFinished = (job: DocumentJob) => job.status === 'succeeded' || job.status === 'failed'

/**
 * Runs a bulk job from where it left off (the `documentJob.run` command of the ingest queue).
 *
 * 1. A job that is gone or finished is left alone: a redelivered message changes nothing.
 * 2. One runner at a time: a `queued` job is claimed `queued -> running` with a conditional
 *    update, so of two messages for it exactly one runner gets it; the claim holds the job until
 *    `leaseUntil` (the end of the runner's invocation). A runner that finds the job `running`
 *    with that lease not yet expired leaves it alone and returns (its message is done): the
 *    holder is at work and finishes or re-queues the job itself. A lease that has expired means
 *    the holder was stopped without letting go (a timeout, a crash); its own message comes back
 *    after the queue's visibility timeout, longer than any invocation, and the runner that gets
 *    it takes the job over. (Two runners taking over the same expired lease at the same moment
 *    is not excluded; a document they both handle counts as failed for the second one.)
 * 3. It runs as its creator, with their role now: one who left the workspace, or may no longer
 *    write, fails the remaining documents instead of acting with rights they lost.
 * 4. Each document goes through the single-document command (so each is audited as its own
 *    change); `progress.done` is the cursor into `documentIds` and is saved after every
 *    document, so a continued or redelivered run never does a document twice. A document the
 *    command refuses (gone, 409) counts as failed with the reason; any other error puts the job
 *    back to `queued` and is thrown, so the queue redelivers it and it resumes at that document.
 * 5. When `deadline()` says time is up, it puts the job back to `queued`, queues
 *    `documentJob.run` again and returns; otherwise it ends `succeeded` (`failed` when every
 *    document failed). Between two invocations a long job therefore reads `queued` with its
 *    progress so far.
 * @example await runDocumentJob(ports, { workspaceId, jobId }, { deadline: () => context.getRemainingTimeInMillis() < 60_000 })
 */
export async function runDocumentJob(
  ports: DocumentJobPorts,
  input: RunDocumentJobInput,
  options: RunDocumentJobOptions = {},
): Promise<DocumentJob | undefined> {
  const { workspaceId, jobId } = input
  const now = () => ports.clock?.() ?? new Date()
  const leaseUntil = options.leaseUntil ?? new Date(now().getTime() + maxJobLeaseMs)
  const { job, claimed } = await claimJob(ports, input, leaseUntil, now())
  if (!job || !claimed) return job
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
  let handled = 0
  try {
    while (progress.done < job.documentIds.length) {
      if (handled > 0 && options.deadline?.()) return await pause(ports, job)
      const documentId = job.documentIds[progress.done] as string
      try {
        await steps[job.action](ports, { ...acting, now: now() }, documentId, job)
      } catch (error) {
        if (!isDomainError(error)) throw error
        failDocument(documentId, error.message)
      }
      progress.done += 1
      handled += 1
      const saved = await ports.jobs.update(
        workspaceId,
        jobId,
        { progress: { ...progress }, errors: [...errors] },
        { ifStatus: ['running'] },
      )
      // No longer ours to run (marked failed meanwhile, or deleted): stop here.
      if (!saved) return ports.jobs.get(workspaceId, jobId)
    }
  } catch (error) {
    // Let go at once, so the redelivered message (or another) claims it again.
    await ports.jobs
      .update(workspaceId, jobId, { status: 'queued' }, { ifStatus: ['running'] })
      .catch(() => undefined)
    throw error
  }
  return finish(ports, job, progress, errors, now())
}

/**
 * Takes the job for this runner: a `queued` one, or a `running` one whose lease has expired.
 * `claimed` is false (with the job as it is now) for a job gone, finished or held by another.
 */
async function claimJob(
  ports: DocumentJobPorts,
  { workspaceId, jobId }: RunDocumentJobInput,
  leaseUntil: Date,
  at: Date,
): Promise<{ job: DocumentJob | undefined; claimed: boolean }> {
  const job = await ports.jobs.get(workspaceId, jobId)
  if (!job || isFinished(job)) return { job, claimed: false }
  const lease = job.leaseExpiresAt ? Date.parse(job.leaseExpiresAt) : Number.NaN
  if (job.status === 'running' && lease > at.getTime()) return { job, claimed: false }
  const claimed = await ports.jobs.update(
    workspaceId,
    jobId,
    { status: 'running', leaseExpiresAt: leaseUntil.toISOString() },
    { ifStatus: [job.status] },
  )
  if (claimed) return { job: claimed, claimed: true }
  return { job: await ports.jobs.get(workspaceId, jobId), claimed: false }
}

/** Lets go of the job and queues its continuation; the next message claims it again. */
async function pause(ports: DocumentJobPorts, job: DocumentJob) {
  const { workspaceId, id: jobId } = job
  const paused = await ports.jobs.update(
    workspaceId,
    jobId,
    { status: 'queued' },
    { ifStatus: ['running'] },
  )
  if (!paused) return ports.jobs.get(workspaceId, jobId)
  await ports.queue.send({ kind: 'documentJob.run', workspaceId, jobId })
  return paused
}

async function finish(
  ports: DocumentJobPorts,
  job: DocumentJob,
  progress: DocumentJob['progress'],
  errors: DocumentJob['errors'],
  at: Date,
) {
  const everyOneFailed = progress.total > 0 && progress.failed === progress.total
  const finished = await ports.jobs.update(
    job.workspaceId,
    job.id,
    {
      status: everyOneFailed ? 'failed' : 'succeeded',
      progress,
      errors,
      finishedAt: at.toISOString(),
    },
    { ifStatus: ['running'] },
  )
  return finished ?? ports.jobs.get(job.workspaceId, job.id)
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
