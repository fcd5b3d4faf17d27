import { can } from '../access/permissions'
import { safeErrorMessage } from '../documents/ingest/ingest-errors'
import { isDomainError } from '../errors'
import type { ExportJob } from '../ports/export-job-repository'
import { exportCollectionNames, readCollection } from './collections'
import { toCsv } from './csv'
import { type ExportPorts, exportScopePermission } from './request-export'
import { zipStore } from './zip'

/** The delivery of an `export.run` message (as the ingest handler passes it). */
export interface ExportAttempt {
  receiveCount?: number
  /** The last delivery before the message dead-letters: a failure now is final. */
  finalAttempt: boolean
  /** Milliseconds left in this invocation; the claim holds until then. */
  remainingMs?(): number
}

/** The longest a runner holds an export: Lambda's 15-minute limit. */
export const maxExportLeaseMs = 15 * 60_000

/** Where an export's archive goes (the `exports/` prefix expires after 7 days). */
export const exportBlobKey = (job: Pick<ExportJob, 'workspaceId' | 'id'>) =>
  `exports/${job.workspaceId}/${job.id}.zip`

const isFinished = (job: ExportJob) => job.status === 'succeeded' || job.status === 'failed'

/**
 * Builds an export's archive (the `export.run` command of the ingest queue).
 *
 * 1. A job gone or finished is left alone (a redelivered message changes nothing); one runner at
 *    a time: `queued -> running` by conditional update, held until the invocation ends; a job
 *    whose holder stopped without letting go (an expired lease) is taken over and rebuilt.
 * 2. It runs as its creator with their role now: one who left, or may no longer export the
 *    workspace, gets a failed export instead of data they lost the right to.
 * 3. Each collection is read whole and written as one file; `progress.done` is saved after each.
 * 4. The ZIP goes to `exports/{workspaceId}/{id}.zip`; the job ends `succeeded` with its counts.
 *    A refused read (a domain error) fails the job with its reason; any other error lets go of
 *    the job and is thrown, so the queue redelivers it; on the final delivery the job is failed.
 * @example await runExport(ports, { workspaceId, exportId }, { finalAttempt: false })
 */
export async function runExport(
  ports: ExportPorts,
  input: { workspaceId: string; exportId: string },
  attempt: ExportAttempt = { finalAttempt: false },
): Promise<ExportJob | undefined> {
  const { workspaceId, exportId } = input
  const now = () => ports.clock?.() ?? new Date()
  const available = Math.min(attempt.remainingMs?.() ?? maxExportLeaseMs, maxExportLeaseMs)
  const job = await ports.exportJobs.get(workspaceId, exportId)
  if (!job || isFinished(job)) return job
  const lease = job.leaseExpiresAt ? Date.parse(job.leaseExpiresAt) : Number.NaN
  if (job.status === 'running' && lease > now().getTime()) return job
  const claimed = await ports.exportJobs.update(
    workspaceId,
    exportId,
    {
      status: 'running',
      progress: { ...job.progress, done: 0 },
      leaseExpiresAt: new Date(now().getTime() + available).toISOString(),
    },
    { ifStatus: [job.status] },
  )
  if (!claimed) return ports.exportJobs.get(workspaceId, exportId)
  const fail = (error: string) =>
    ports.exportJobs.update(
      workspaceId,
      exportId,
      { status: 'failed', error, finishedAt: now().toISOString() },
      { ifStatus: ['running', 'queued'] },
    )
  const membership = await ports.workspaces.getMembership(workspaceId, job.createdBy)
  if (!membership || !can(membership.role, exportScopePermission[job.scope]))
    return fail('The member who asked for this export may no longer export this data.')
  try {
    return await build(ports, claimed, now)
  } catch (error) {
    if (isDomainError(error) && error.status < 500) return fail(safeErrorMessage(error))
    if (attempt.finalAttempt) {
      const attempts = attempt.receiveCount ?? 1
      await fail(
        `The export stopped after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${safeErrorMessage(error)}`,
      ).catch(() => undefined)
    } else
      await ports.exportJobs
        .update(workspaceId, exportId, { status: 'queued' }, { ifStatus: ['running'] })
        .catch(() => undefined)
    throw error
  }
}

async function build(ports: ExportPorts, job: ExportJob, now: () => Date) {
  const names = exportCollectionNames(job.scope, ports)
  const files = []
  const counts: Record<string, number> = {}
  for (const [index, name] of names.entries()) {
    const collection = await readCollection(ports, job.scope, name, job.workspaceId, job.createdBy)
    counts[name] = collection.rows.length
    files.push(
      job.format === 'csv'
        ? { name: `${name}.csv`, data: toCsv(collection.rows) }
        : { name: `${name}.json`, data: `${JSON.stringify(collection.rows, null, 2)}\n` },
    )
    const saved = await ports.exportJobs.update(
      job.workspaceId,
      job.id,
      { progress: { done: index + 1, total: names.length } },
      { ifStatus: ['running'] },
    )
    // No longer ours (failed meanwhile, or gone): stop here.
    if (!saved) return ports.exportJobs.get(job.workspaceId, job.id)
  }
  const manifest = {
    id: job.id,
    workspaceId: job.workspaceId,
    scope: job.scope,
    format: job.format,
    exportedAt: now().toISOString(),
    counts,
  }
  files.unshift({ name: 'manifest.json', data: `${JSON.stringify(manifest, null, 2)}\n` })
  const blobKey = exportBlobKey(job)
  await ports.blobs.put(blobKey, zipStore(files, now()), { contentType: 'application/zip' })
  const finished = await ports.exportJobs.update(
    job.workspaceId,
    job.id,
    { status: 'succeeded', blobKey, counts, finishedAt: now().toISOString() },
    { ifStatus: ['running'] },
  )
  return finished ?? ports.exportJobs.get(job.workspaceId, job.id)
}
