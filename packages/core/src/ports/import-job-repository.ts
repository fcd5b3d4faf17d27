import type { ImportSource, SkippedConversation } from '../imports/imported-conversation'
import type { Page, PageRequest } from '../pagination'

export const importJobStatuses = ['uploading', 'queued', 'running', 'succeeded', 'failed'] as const
export type ImportJobStatus = (typeof importJobStatuses)[number]

/** What an upload may be: the `conversations.json` itself, or the whole export archive. */
export const importFileKinds = ['json', 'zip'] as const
export type ImportFileKind = (typeof importFileKinds)[number]

/** What a finished import stored, as the synchronous import reports it. */
export interface ImportJobReport {
  conversations: number
  messages: number
  skipped: SkippedConversation[]
}

/** An import of an uploaded export file, run in the background (`import.run`). */
export interface ImportJob {
  /** `imp_...` */
  id: string
  workspaceId: string
  source: ImportSource
  filename: string
  kind: ImportFileKind
  /** Bytes the upload must have. */
  size: number
  /**
   * `uploading` waits for the file; `queued` waits for a runner; `running` is held by one runner
   * until `leaseExpiresAt`; `succeeded` (with `report`) and `failed` (with `error`) are final.
   */
  status: ImportJobStatus
  /** Conversations stored so far over all of them (0/0 until the file is read). */
  progress: { done: number; total: number }
  /** The user who asked; the conversations become theirs, and only they read the job. */
  createdBy: string
  /** Where the upload goes: `imports/{workspaceId}/{id}`. */
  blobKey: string
  createdAt: string
  updatedAt: string
  finishedAt?: string
  /** Why it failed, readable and actionable (no stack). */
  error?: string
  report?: ImportJobReport
  /** Internal: how long the runner holding a `running` job keeps it. */
  leaseExpiresAt?: string
}

export type NewImportJob = Omit<ImportJob, 'createdAt' | 'updatedAt'>

export type ImportJobChanges = Partial<
  Pick<ImportJob, 'status' | 'progress' | 'finishedAt' | 'error' | 'report' | 'leaseExpiresAt'>
>

/** Import jobs of a workspace, listed per member newest first. */
export interface ImportJobRepository {
  create(job: NewImportJob): Promise<ImportJob>
  get(workspaceId: string, id: string): Promise<ImportJob | undefined>
  /** The jobs `userId` started in the workspace, newest first. */
  listOf(workspaceId: string, userId: string, page: PageRequest): Promise<Page<ImportJob>>
  /**
   * Sets the given fields and `updatedAt`; undefined when there is no such job, or when
   * `ifStatus` is given and the job's status is not one of them (one atomic step).
   */
  update(
    workspaceId: string,
    id: string,
    changes: ImportJobChanges,
    options?: { ifStatus?: readonly ImportJobStatus[] },
  ): Promise<ImportJob | undefined>
}
