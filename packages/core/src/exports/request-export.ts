import { type Acting, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { newId } from '../ids/ids'
import type { AuditLog } from '../ports/audit-log'
import type { BlobStore } from '../ports/blob-store'
import type {
  ExportFormat,
  ExportJob,
  ExportJobRepository,
  ExportScope,
} from '../ports/export-job-repository'
import type { MessageQueue } from '../ports/message-queue'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { type ExportSources, exportCollectionNames } from './collections'

/** What exports need: the stores they read, the jobs, the archive bucket, the queue, a clock. */
export interface ExportPorts extends ExportSources {
  workspaces: Pick<WorkspaceRepository, 'get' | 'listMembers' | 'getMembership'>
  exportJobs: ExportJobRepository
  blobs: Pick<BlobStore, 'put' | 'presignGet'>
  queue: MessageQueue
  audit: Pick<AuditLog, 'record'>
  clock?: () => Date
}

export interface NewExportInput {
  scope: ExportScope
  format: ExportFormat
}

/** The permission each scope needs: the whole workspace is for those who manage its members. */
export const exportScopePermission = { workspace: 'manageMembers', me: 'read' } as const

/**
 * Starts an export of the workspace (`manageMembers`) or of the caller's own conversations in it
 * (any member); it runs in the background and is read with `getExport`.
 *
 * 1. Store the job `queued` with one step per collection.
 * 2. Put `export.run` on the ingest queue (a job that cannot be queued is marked failed).
 * 3. Record `export.requested`.
 * @example await requestExport(ports, acting, { scope: 'workspace', format: 'csv' })
 */
export async function requestExport(
  ports: ExportPorts,
  acting: Acting,
  input: NewExportInput,
): Promise<ExportJob> {
  assertPermission(acting.access, exportScopePermission[input.scope])
  const { workspaceId, principal } = acting.access
  const job = await ports.exportJobs.create({
    id: newId('exp'),
    workspaceId,
    scope: input.scope,
    format: input.format,
    status: 'queued',
    progress: { done: 0, total: exportCollectionNames(input.scope, ports).length },
    // The person behind the request (a key acts for its creator): the export runs as them.
    createdBy: principal.userId,
  })
  try {
    await ports.queue.send({ kind: 'export.run', workspaceId, exportId: job.id })
  } catch (error) {
    await ports.exportJobs.update(workspaceId, job.id, {
      status: 'failed',
      error: 'The export could not be queued.',
      finishedAt: acting.now.toISOString(),
    })
    throw error
  }
  await recordAudit(ports.audit, acting, {
    workspaceId,
    action: 'export.requested',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'export', id: job.id, label: `${input.scope} ${input.format}` },
    details: { scope: input.scope, format: input.format },
  })
  return job
}
