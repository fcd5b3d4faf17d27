import type { Page, PageRequest } from '../pagination'

/** What a bulk job does to each of its documents. */
export const documentJobActions = ['delete', 'tag', 'untag', 'reprocess'] as const
export type DocumentJobAction = (typeof documentJobActions)[number]

export const documentJobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const
export type DocumentJobStatus = (typeof documentJobStatuses)[number]

/** A bulk delete / tag / untag / reprocess over many documents, run in the background. */
export interface DocumentJob {
  /** `job_...` */
  id: string
  workspaceId: string
  action: DocumentJobAction
  /** The documents, in the order given (at most 1,000). */
  documentIds: string[]
  /** For `tag` and `untag`. */
  tags?: string[]
  status: DocumentJobStatus
  /** Documents handled so far (`done` includes the `failed` ones) over all of them. */
  progress: { done: number; failed: number; total: number }
  /** Why documents failed (the first 50), e.g. not found. */
  errors: { documentId: string; message: string }[]
  createdBy: string
  createdAt: string
  updatedAt: string
  finishedAt?: string
}

export type NewDocumentJob = Omit<DocumentJob, 'createdAt' | 'updatedAt'>

export type DocumentJobChanges = Partial<
  Pick<DocumentJob, 'status' | 'progress' | 'errors' | 'finishedAt'>
>

/** Bulk jobs of a workspace, newest first. */
export interface DocumentJobRepository {
  create(job: NewDocumentJob): Promise<DocumentJob>
  get(workspaceId: string, id: string): Promise<DocumentJob | undefined>
  list(workspaceId: string, page: PageRequest): Promise<Page<DocumentJob>>
  update(
    workspaceId: string,
    id: string,
    changes: DocumentJobChanges,
  ): Promise<DocumentJob | undefined>
}
