import { createHash } from 'node:crypto'
import { rolePermissions } from '../access/permissions'
import type { Acting } from '../audit/acting'
import { safeErrorMessage } from '../documents/ingest/ingest-errors'
import { DomainError, isDomainError } from '../errors'
import type { ImportJob, ImportJobReport } from '../ports/import-job-repository'
import {
  type ImportIds,
  type ImportReport,
  importConversation,
  importLimits,
  recordImportCompleted,
} from './import-conversations'
import { readImportFile } from './import-file'
import type { ImportJobPorts } from './import-jobs'
import type { ImportSource, ParsedImport } from './imported-conversation'
import { parseChatGptExport } from './parse-chatgpt'
import { parseChatterExport } from './parse-chatter'
import { parseClaudeExport } from './parse-claude'

/** The delivery of an `import.run` message (as the ingest handler passes it). */
export interface ImportAttempt {
  receiveCount?: number
  /** The last delivery before the message dead-letters: a failure now is final. */
  finalAttempt: boolean
  /** Milliseconds left in this invocation; the run continues in a new message before it ends. */
  remainingMs?(): number
}

/** What a background import takes: far more than a request body holds. */
export const importJobLimits = {
  conversations: 100_000,
  /** Skipped conversations kept on the job (the item stays small); the count is whole. */
  skippedKept: 100,
  /** Time left at which a run saves its place and continues in a new message. */
  continueWithinMs: 10_000,
  /** How often progress is saved, in conversations. */
  progressEvery: 10,
} as const

/** The longest a runner holds an import: Lambda's 15-minute limit. */
export const maxImportLeaseMs = 15 * 60_000

const parsers: Record<ImportSource, (data: unknown) => ParsedImport> = {
  chatgpt: parseChatGptExport,
  claude: parseClaudeExport,
  chatter: parseChatterExport,
}

const isFinished = (job: ImportJob) => job.status === 'succeeded' || job.status === 'failed'

/**
 * Imports an uploaded export file (the `import.run` command of the ingest queue).
 *
 * 1. A job gone, finished or not started is left alone; one runner at a time (`queued ->
 *    running` by conditional update, held until the invocation ends; an expired lease is taken
 *    over).
 * 2. It runs as its creator with their role now: one who left or may no longer write gets a
 *    failed import.
 * 3. The file is read from `imports/{workspaceId}/{id}` (from an archive, only its
 *    conversations.json, and messages.json for Chatter) and parsed; what cannot be read fails the
 *    job with a reason the user can act on.
 * 4. Conversations are stored in file order with ids fixed by the job and their position, and
 *    `progress.done` is saved every few: a redelivered or continued run starts where the last
 *    one saved its place and finds anything stored after that instead of copying it. Before the
 *    invocation ends it lets go and queues its continuation.
 * 5. The job ends `succeeded` with the report (and `import.completed` audited), the file deleted.
 *    Any other error lets go of the job and is thrown (the queue redelivers); on the final
 *    delivery the job is failed.
 * @example await runImport(ports, { workspaceId, importId }, { finalAttempt: false })
 */
export async function runImport(
  ports: ImportJobPorts,
  input: { workspaceId: string; importId: string },
  attempt: ImportAttempt = { finalAttempt: false },
): Promise<ImportJob | undefined> {
  const { workspaceId, importId } = input
  const now = () => ports.clock?.() ?? new Date()
  const remaining = () => attempt.remainingMs?.() ?? Number.POSITIVE_INFINITY
  const job = await ports.importJobs.get(workspaceId, importId)
  if (!job || isFinished(job) || job.status === 'uploading') return job
  const lease = job.leaseExpiresAt ? Date.parse(job.leaseExpiresAt) : Number.NaN
  if (job.status === 'running' && lease > now().getTime()) return job
  const claimed = await ports.importJobs.update(
    workspaceId,
    importId,
    {
      status: 'running',
      leaseExpiresAt: new Date(
        now().getTime() + Math.min(remaining(), maxImportLeaseMs),
      ).toISOString(),
    },
    { ifStatus: [job.status] },
  )
  if (!claimed) return ports.importJobs.get(workspaceId, importId)
  const fail = async (error: string) => {
    const failed = await ports.importJobs.update(
      workspaceId,
      importId,
      { status: 'failed', error, finishedAt: now().toISOString() },
      { ifStatus: ['running', 'queued'] },
    )
    await ports.blobs.delete(job.blobKey).catch(() => undefined)
    return failed
  }
  const acting = await actingAsCreator(ports, claimed, now())
  if (!acting) return fail('The member who started this import may no longer write here.')
  try {
    return await run(ports, claimed, acting, now, remaining)
  } catch (error) {
    if (isDomainError(error) && error.status < 500) return fail(safeErrorMessage(error))
    if (attempt.finalAttempt) {
      const attempts = attempt.receiveCount ?? 1
      await fail(
        `The import stopped after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${safeErrorMessage(error)}`,
      ).catch(() => undefined)
    } else
      await ports.importJobs
        .update(workspaceId, importId, { status: 'queued' }, { ifStatus: ['running'] })
        .catch(() => undefined)
    throw error
  }
}

async function run(
  ports: ImportJobPorts,
  job: ImportJob,
  acting: Acting,
  now: () => Date,
  remaining: () => number,
): Promise<ImportJob | undefined> {
  const { workspaceId, id } = job
  const parsed = await parseUpload(ports, job)
  if (parsed.conversations.length > importJobLimits.conversations)
    return failWith(
      ports,
      job,
      now,
      `The file holds ${parsed.conversations.length} conversations; an import takes at most ${importJobLimits.conversations}: split it.`,
    )
  const total = parsed.conversations.length
  const resumeFrom = Math.min(job.progress.done, total)
  const report: ImportReport = {
    id,
    source: job.source,
    conversations: 0,
    messages: 0,
    conversationIds: [],
    skipped: [...parsed.skipped],
  }
  const saveProgress = (done: number) =>
    ports.importJobs.update(
      workspaceId,
      id,
      { progress: { done, total } },
      { ifStatus: ['running'] },
    )
  if (!(await saveProgress(resumeFrom))) return ports.importJobs.get(workspaceId, id)
  for (const [index, conversation] of parsed.conversations.entries()) {
    if (index < resumeFrom) {
      // Stored by an earlier run: counted as it was, not written again.
      tally(report, conversation.messages.length, conversation.title)
      continue
    }
    if (remaining() < importJobLimits.continueWithinMs) return pause(ports, job, index, total)
    await importConversation(ports, acting, conversation, report, stableIds(id, index))
    report.conversationIds.length = 0 // the job keeps counts only
    const done = index + 1
    if (done % importJobLimits.progressEvery === 0 && done < total && !(await saveProgress(done)))
      return ports.importJobs.get(workspaceId, id) // no longer ours: stop here
  }
  await recordImportCompleted(ports, acting, report)
  const finished = await ports.importJobs.update(
    workspaceId,
    id,
    {
      status: 'succeeded',
      progress: { done: total, total },
      report: jobReport(report),
      finishedAt: now().toISOString(),
    },
    { ifStatus: ['running'] },
  )
  await ports.blobs.delete(job.blobKey).catch(() => undefined)
  return finished ?? ports.importJobs.get(workspaceId, id)
}

/** The uploaded file, read and parsed; one that is gone or unreadable is a `request.invalid`. */
async function parseUpload(ports: ImportJobPorts, job: ImportJob): Promise<ParsedImport> {
  const bytes = await ports.blobs.get(job.blobKey)
  if (!bytes)
    throw new DomainError(
      'request.invalid',
      'The uploaded file is gone (uploads are kept 7 days): upload it again.',
    )
  return parsers[job.source](readImportFile(bytes, { source: job.source, kind: job.kind }))
}

function tally(report: ImportReport, messages: number, title: string) {
  if (messages > importLimits.messagesPerConversation) {
    report.skipped.push({
      title,
      reason: `More than ${importLimits.messagesPerConversation} messages.`,
    })
    return
  }
  report.conversations += 1
  report.messages += messages
}

const jobReport = (report: ImportReport): ImportJobReport => ({
  conversations: report.conversations,
  messages: report.messages,
  skipped: report.skipped
    .slice(0, importJobLimits.skippedKept)
    .map(({ title, reason }) => ({ title: [...title].slice(0, 200).join(''), reason })),
})

async function failWith(ports: ImportJobPorts, job: ImportJob, now: () => Date, error: string) {
  const failed = await ports.importJobs.update(
    job.workspaceId,
    job.id,
    { status: 'failed', error, finishedAt: now().toISOString() },
    { ifStatus: ['running'] },
  )
  await ports.blobs.delete(job.blobKey).catch(() => undefined)
  return failed ?? ports.importJobs.get(job.workspaceId, job.id)
}

/** Saves its place, lets go of the job and queues its continuation. */
async function pause(ports: ImportJobPorts, job: ImportJob, done: number, total: number) {
  const paused = await ports.importJobs.update(
    job.workspaceId,
    job.id,
    { status: 'queued', progress: { done, total } },
    { ifStatus: ['running'] },
  )
  if (!paused) return ports.importJobs.get(job.workspaceId, job.id)
  await ports.queue.send({ kind: 'import.run', workspaceId: job.workspaceId, importId: job.id })
  return paused
}

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'
const digest = (text: string, length: number) =>
  [...createHash('sha256').update(text).digest().subarray(0, length)]
    .map((byte) => alphabet[byte & 31])
    .join('')

/** Ids fixed by the job and the conversation's place in the file (see `ImportIds`). */
function stableIds(jobId: string, index: number): ImportIds {
  return {
    conversation: `cnv_${digest(`${jobId}:${index}`, 20)}`,
    message: (key, at) =>
      `msg_${at.getTime().toString(32).padStart(10, '0')}${digest(`${jobId}:${index}:${key}`, 12)}`,
  }
}

/** The job's creator acting with their current role; undefined when they may not write here. */
async function actingAsCreator(
  ports: Pick<ImportJobPorts, 'workspaces'>,
  job: ImportJob,
  now: Date,
): Promise<Acting | undefined> {
  const membership = await ports.workspaces.getMembership(job.workspaceId, job.createdBy)
  if (!membership) return undefined
  const permissions = new Set(rolePermissions[membership.role])
  if (!permissions.has('write')) return undefined
  const principal = {
    type: 'user',
    userId: job.createdBy,
    sessionId: `import:${job.id}`,
    systemAdmin: false,
  } as const
  return {
    access: { principal, workspaceId: job.workspaceId, role: membership.role, permissions },
    origin: { ip: 'job', userAgent: 'import job', requestId: job.id },
    now,
  }
}
