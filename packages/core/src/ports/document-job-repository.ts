import type { Page, PageRequest } from '../pagination'

/**
 * What a bulk job does to each of its documents; `retag` replaces one tag by another (a tag
 * renamed across the workspace).
 */
export const documentJobActions = ['delete', 'tag', 'untag', 'reprocess', 'retag'] as const
export type DocumentJobAction = (typeof documentJobActions)[number]

export const documentJobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const
export type DocumentJobStatus = (typeof documentJobStatuses)[number]

/** A bulk delete / tag / untag / reprocess / retag over many documents, run in the background. */
export interface DocumentJob {
  /** `job_...` */
  id: string
  workspaceId: string
  action: DocumentJobAction
  /** The documents, in the order given (at most 1,000). */
  documentIds: string[]
  /** For `tag` and `untag`. */
  tags?: string[]
  /** For `retag`: the tag each document carrying `from` gets instead (both normalised). */
  rename?: { from: string; to: string }
  /**
   * `queued` waits for a runner (also between the invocations of a long job); `running` is held
   * by one runner until `leaseExpiresAt`; `succeeded` / `failed` are final.
   */
  status: DocumentJobStatus
  /** Documents handled so far (`done` includes the `failed` ones) over all of them. */
  progress: { done: number; failed: number; total: number }
  /** Why documents failed (the first 50), e.g. not found. */
  errors: { documentId: string; message: string }[]
  createdBy: string
  createdAt: string
  updatedAt: string
  finishedAt?: string
  /**
   * Internal, not shown by the API: when the invocation of the runner holding a `running` job
   * ends at the latest. Until then no other runner touches the job; past it the holder was
   * stopped without letting go, and the next runner takes the job over.
   */
  leaseExpiresAt?: string
}

export type NewDocumentJob = Omit<DocumentJob, 'createdAt' | 'updatedAt'>

export type DocumentJobChanges = Partial<
  Pick<DocumentJob, 'status' | 'progress' | 'errors' | 'finishedAt' | 'leaseExpiresAt'>
>

/** Bulk jobs of a workspace, newest first. */
export interface DocumentJobRepository {
  create(job: NewDocumentJob): Promise<DocumentJob>
  get(workspaceId: string, id: string): Promise<DocumentJob | undefined>
  list(workspaceId: string, page: PageRequest): Promise<Page<DocumentJob>>
  /**
   * Sets the given fields (progress and errors replaced whole) and `updatedAt`; undefined when
   * there is no such job, or when `ifStatus` is given and the job's status is not one of them
   * (nothing is changed then). With `ifStatus` the check and the write are one atomic step, so
   * of two runners claiming a `queued` job with `{ status: 'running' }, { ifStatus: ['queued'] }`
   * exactly one gets the job back.
   */
  update(
    workspaceId: string,
    id: string,
    changes: DocumentJobChanges,
    options?: { ifStatus?: readonly DocumentJobStatus[] },
  ): Promise<DocumentJob | undefined>
}
