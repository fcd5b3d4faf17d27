import {
  type DocumentJob,
  documentJobActions,
  documentJobLimits,
  documentJobProblems,
  documentJobStatuses,
  documentStatuses,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { Id } from './access-schemas'

/**
 * Request and response schemas of `/v1/document-jobs`. Types and bounds here; the rules that
 * span fields (exactly one of ids and filter, tags only for tag/untag, rename only for retag)
 * are the core's own `documentJobProblems`, so the route and the use case agree.
 */

// The raw bound stops a huge string before the tag rules run on it.
const Tag = z.string().max(200).openapi({ example: 'finance' })

export const NewDocumentJobBody = z
  .object({
    action: z.enum(documentJobActions),
    documentIds: z
      .array(Id)
      .max(documentJobLimits.documents)
      .optional()
      .openapi({ description: `1-${documentJobLimits.documents} ids, each once` }),
    filter: z
      .object({ tag: Tag.optional(), status: z.enum(documentStatuses).optional() })
      .strict()
      .optional()
      .openapi({
        description: `The documents matching now (tag and/or status), at most ${documentJobLimits.documents}`,
      }),
    tags: z
      .array(Tag)
      .max(documentJobLimits.tags)
      .optional()
      .openapi({ description: 'For tag and untag: the tags to add or remove' }),
    rename: z
      .object({ from: Tag, to: Tag })
      .strict()
      .optional()
      .openapi({ description: 'For retag: each document carrying `from` gets `to` instead' }),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const problem of documentJobProblems(input))
      ctx.addIssue({
        code: 'custom',
        path: problem.path ? problem.path.split('.') : [],
        message: problem.message,
      })
  })
  .openapi('NewDocumentJob', {
    example: { action: 'tag', filter: { status: 'ready' }, tags: ['q3'] },
  })

const jobFields = {
  id: z.string(),
  workspaceId: z.string(),
  action: z.enum(documentJobActions),
  tags: z.array(z.string()).optional(),
  rename: z.object({ from: z.string(), to: z.string() }).optional(),
  status: z.enum(documentJobStatuses),
  progress: z
    .object({ done: z.number().int(), failed: z.number().int(), total: z.number().int() })
    .openapi({ description: '`done` includes the failed documents' }),
  errors: z
    .array(z.object({ documentId: z.string(), message: z.string() }))
    .openapi({ description: 'Why documents failed (the first 50)' }),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().optional(),
}

/** A job as lists show it: without its (up to 1,000) document ids. */
export const DocumentJobSummary = z.object(jobFields).openapi('DocumentJobSummary')

export const DocumentJobView = z
  .object({ ...jobFields, documentIds: z.array(z.string()) })
  .openapi('DocumentJob')

/** A job's public summary, its fields named one by one so nothing stored leaks by accident. */
export const documentJobSummary = (job: DocumentJob): z.infer<typeof DocumentJobSummary> => ({
  id: job.id,
  workspaceId: job.workspaceId,
  action: job.action,
  ...(job.tags ? { tags: [...job.tags] } : {}),
  ...(job.rename ? { rename: { from: job.rename.from, to: job.rename.to } } : {}),
  status: job.status,
  progress: { ...job.progress },
  errors: job.errors.map(({ documentId, message }) => ({ documentId, message })),
  createdBy: job.createdBy,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
  ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
})

export const documentJobView = (job: DocumentJob): z.infer<typeof DocumentJobView> => ({
  ...documentJobSummary(job),
  documentIds: [...job.documentIds],
})
