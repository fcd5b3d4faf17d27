import type { Page, PageRequest } from '../pagination'

/** What an export covers: the whole workspace (admins) or the caller's own data in it. */
export const exportScopes = ['workspace', 'me'] as const
export type ExportScope = (typeof exportScopes)[number]

/** One file per collection in the archive, as JSON arrays or as CSV with a header row. */
export const exportFormats = ['json', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const exportJobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const
export type ExportJobStatus = (typeof exportJobStatuses)[number]

/** A data export of one member, built in the background into a ZIP archive in S3. */
export interface ExportJob {
  /** `exp_...` */
  id: string
  workspaceId: string
  scope: ExportScope
  format: ExportFormat
  /**
   * `queued` waits for a runner; `running` is held by one runner until `leaseExpiresAt`;
   * `succeeded` (the archive is stored) and `failed` (with `error`) are final.
   */
  status: ExportJobStatus
  /** Collections written so far over all of them. */
  progress: { done: number; total: number }
  /** The user who asked; only they read the job and its download. */
  createdBy: string
  createdAt: string
  updatedAt: string
  finishedAt?: string
  /** Why it failed, readable (no stack). */
  error?: string
  /** Where the archive is, once it succeeded (`exports/{workspaceId}/{id}.zip`). */
  blobKey?: string
  /** Records per collection in the archive, e.g. `{ conversations: 3, messages: 12 }`. */
  counts?: Record<string, number>
  /** Internal: how long the runner holding a `running` job keeps it. */
  leaseExpiresAt?: string
}

export type NewExportJob = Omit<ExportJob, 'createdAt' | 'updatedAt'>

export type ExportJobChanges = Partial<
  Pick<
    ExportJob,
    'status' | 'progress' | 'finishedAt' | 'error' | 'blobKey' | 'counts' | 'leaseExpiresAt'
  >
>

/** Export jobs of a workspace, listed per member newest first. */
export interface ExportJobRepository {
  create(job: NewExportJob): Promise<ExportJob>
  get(workspaceId: string, id: string): Promise<ExportJob | undefined>
  /** The jobs `userId` started in the workspace, newest first. */
  listOf(workspaceId: string, userId: string, page: PageRequest): Promise<Page<ExportJob>>
  /**
   * Sets the given fields and `updatedAt`; undefined when there is no such job, or when
   * `ifStatus` is given and the job's status is not one of them (then nothing changes; the check
   * and the write are one atomic step, so of two runners claiming a job exactly one gets it).
   */
  update(
    workspaceId: string,
    id: string,
    changes: ExportJobChanges,
    options?: { ifStatus?: readonly ExportJobStatus[] },
  ): Promise<ExportJob | undefined>
}
