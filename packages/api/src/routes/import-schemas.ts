import { type ImportJob, importFileKinds, importJobStatuses, importSources } from '@chatter/core'
import { z } from '@hono/zod-openapi'

/** Request and response schemas of `/v1/imports/uploads` and the import jobs. */

export const NewImportUploadBody = z
  .object({
    source: z.enum(importSources).openapi({
      description:
        '`chatgpt` / `claude`: their export ZIP or its conversations.json; `chatter`: a Chatter export ZIP (or `{ conversations, messages }` as JSON)',
    }),
    filename: z.string().min(1).max(255).openapi({ description: 'Ends in `.json` or `.zip`' }),
    size: z.number().int().min(1).openapi({
      description: 'Exact size in bytes; at most IMPORT_MAX_BYTES (250 MB by default)',
    }),
    contentType: z.string().min(1).max(200).openapi({
      description: 'The type the PUT will send, e.g. `application/zip`',
    }),
  })
  .strict()
  .openapi('NewImportUpload', {
    example: {
      source: 'chatgpt',
      filename: 'chatgpt-export.zip',
      size: 81_234_567,
      contentType: 'application/zip',
    },
  })

export const ImportJobView = z
  .object({
    id: z.string(),
    source: z.enum(importSources),
    filename: z.string(),
    kind: z.enum(importFileKinds),
    size: z.number().int(),
    status: z.enum(importJobStatuses).openapi({
      description:
        '`uploading` until started; `queued`, `running`; `succeeded` with `report`, or `failed` with `error`',
    }),
    progress: z
      .object({ done: z.number().int(), total: z.number().int() })
      .openapi({ description: 'Conversations stored over all of them in the file' }),
    createdAt: z.string(),
    finishedAt: z.string().optional(),
    error: z.string().optional(),
    report: z
      .object({
        conversations: z.number().int(),
        messages: z.number().int(),
        skipped: z.array(z.object({ title: z.string(), reason: z.string() })),
      })
      .optional()
      .openapi({ description: 'What was imported, once succeeded (the first 100 skipped)' }),
  })
  .openapi('ImportJob')

export const ImportUploadView = z
  .object({
    import: ImportJobView,
    upload: z.object({
      url: z.string(),
      method: z.literal('PUT'),
      headers: z.record(z.string(), z.string()),
    }),
  })
  .openapi('ImportUpload')

/** An import's public view, its fields named one by one (no blob key, no lease). */
export const importJobView = (job: ImportJob): z.infer<typeof ImportJobView> => ({
  id: job.id,
  source: job.source,
  filename: job.filename,
  kind: job.kind,
  size: job.size,
  status: job.status,
  progress: { done: job.progress.done, total: job.progress.total },
  createdAt: job.createdAt,
  ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
  ...(job.error ? { error: job.error } : {}),
  ...(job.report
    ? {
        report: {
          conversations: job.report.conversations,
          messages: job.report.messages,
          skipped: job.report.skipped.map(({ title, reason }) => ({ title, reason })),
        },
      }
    : {}),
})
