import type { DocumentJob } from '../../ports/document-job-repository'
import { safeErrorMessage } from '../ingest/ingest-errors'
import { maxJobErrors, maxJobLeaseMs, type RunDocumentJobInput, runDocumentJob } from './run-job'
import type { DocumentJobPorts } from './start-job'

/** The delivery of a `documentJob.run` message: which one it is and the invocation's time left. */
export interface DocumentJobAttempt {
  /** SQS `ApproximateReceiveCount`, for the reason a job that stops for good gives. */
  receiveCount?: number
  /** The last delivery before the message dead-letters: a failure now is final. */
  finalAttempt: boolean
  /** Milliseconds left in this invocation. */
  remainingMs(): number
}

/**
 * How much of the invocation a bulk job leaves for saving its place and re-queueing: 60 s, or
 * half the invocation when it had less than two minutes (so a short function still handles
 * several documents per message, never fewer than one).
 */
export const documentJobReserveMs = 60_000

/**
 * The ingest queue's `documentJob.run` command: runs the job (`runDocumentJob`) until the
 * invocation has `documentJobReserveMs` left, holding it until the invocation ends at the latest.
 * An error is rethrown so the queue redelivers the message; on the final delivery the job is
 * first marked `failed` (with `finishedAt` and an entry in `errors` naming the document it
 * stopped at, how many attempts were made and why, without a stack), so no job stays `queued`
 * or `running` once its message has dead-lettered.
 * @example await runDocumentJobCommand(ports, command, attempt)
 */
export async function runDocumentJobCommand(
  ports: DocumentJobPorts,
  command: Pick<RunDocumentJobInput, 'workspaceId' | 'jobId'>,
  attempt: DocumentJobAttempt,
): Promise<DocumentJob | undefined> {
  const input = { workspaceId: command.workspaceId, jobId: command.jobId }
  const available = attempt.remainingMs()
  const reserve = Math.min(documentJobReserveMs, available / 2)
  const now = ports.clock?.() ?? new Date()
  const leaseUntil = new Date(now.getTime() + Math.min(available, maxJobLeaseMs))
  try {
    return await runDocumentJob(ports, input, {
      deadline: () => attempt.remainingMs() < reserve,
      leaseUntil,
    })
  } catch (error) {
    if (attempt.finalAttempt)
      // The original error matters more than one marking the job: it is rethrown either way.
      await markStopped(ports, input, attempt.receiveCount ?? 1, error).catch(() => undefined)
    throw error
  }
}

async function markStopped(
  ports: DocumentJobPorts,
  { workspaceId, jobId }: Pick<RunDocumentJobInput, 'workspaceId' | 'jobId'>,
  attempts: number,
  error: unknown,
) {
  const job = await ports.jobs.get(workspaceId, jobId)
  if (!job || job.status === 'succeeded' || job.status === 'failed') return
  const documentId = job.documentIds[job.progress.done] ?? ''
  const message = `The job stopped after ${attempts} attempt${attempts === 1 ? '' : 's'} at this document: ${safeErrorMessage(error)}`
  await ports.jobs.update(
    workspaceId,
    jobId,
    {
      status: 'failed',
      errors: [...job.errors.slice(0, maxJobErrors - 1), { documentId, message }],
      finishedAt: (ports.clock?.() ?? new Date()).toISOString(),
    },
    { ifStatus: ['queued', 'running'] },
  )
}
