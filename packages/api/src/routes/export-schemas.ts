import {
  type ExportJob,
  type ExportJobView as ExportJobWithDownload,
  exportFormats,
  exportJobStatuses,
  exportScopes,
  type ImportReport,
  importSources,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/** Request and response schemas of `/v1/exports` and `/v1/imports`. */

export const NewExportBody = z
  .object({
    scope: z.enum(exportScopes).openapi({
      description:
        '`workspace`: everything of the workspace (admins and owners); `me`: your own conversations and messages here (any member)',
    }),
    format: z.enum(exportFormats).openapi({
      description: 'A ZIP with one file per collection: JSON arrays, or CSV with a header row',
    }),
  })
  .strict()
  .openapi('NewExport', { example: { scope: 'workspace', format: 'json' } })

const exportFields = {
  id: z.string(),
  status: z.enum(exportJobStatuses),
  progress: z
    .object({ done: z.number().int(), total: z.number().int() })
    .openapi({ description: 'Collections written over all of them' }),
  format: z.enum(exportFormats),
  scope: z.enum(exportScopes),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
  error: z.string().optional(),
  counts: z
    .record(z.string(), z.number().int())
    .optional()
    .openapi({ description: 'Records per collection, once it succeeded' }),
}

export const ExportSummary = z.object(exportFields).openapi('ExportSummary')

export const ExportView = z
  .object({
    ...exportFields,
    download: z.object({ url: z.string(), expiresAt: z.string() }).optional().openapi({
      description: 'Once succeeded: a link to the ZIP, valid 1 hour, new on every read',
    }),
  })
  .openapi('Export')

/** An export's public summary, its fields named one by one (no blob key, no lease). */
export const exportSummary = (job: ExportJob): z.infer<typeof ExportSummary> => ({
  id: job.id,
  status: job.status,
  progress: { done: job.progress.done, total: job.progress.total },
  format: job.format,
  scope: job.scope,
  createdAt: job.createdAt,
  ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
  ...(job.error ? { error: job.error } : {}),
  ...(job.counts ? { counts: { ...job.counts } } : {}),
})

export const exportView = (job: ExportJobWithDownload): z.infer<typeof ExportView> => ({
  ...exportSummary(job),
  ...(job.download
    ? { download: { url: job.download.url, expiresAt: job.download.expiresAt } }
    : {}),
})

export const NewImportBody = z
  .object({
    source: z.enum(importSources).openapi({
      description:
        '`chatgpt` / `claude`: their conversations.json; `chatter`: `{ conversations, messages }` from a Chatter export',
    }),
    data: z.unknown().openapi({
      description:
        'The parsed file: the request body limit (MAX_BODY_BYTES, 1 MiB by default) bounds it',
    }),
  })
  .strict()
  .openapi('NewImport', { example: { source: 'claude', data: [] } })

export const ImportReportView = z
  .object({
    id: z.string(),
    source: z.enum(importSources),
    conversations: z.number().int(),
    messages: z.number().int(),
    conversationIds: z.array(z.string()),
    skipped: z.array(z.object({ title: z.string(), reason: z.string() })),
  })
  .openapi('ImportReport')

export const importReportView = (report: ImportReport): z.infer<typeof ImportReportView> => ({
  id: report.id,
  source: report.source,
  conversations: report.conversations,
  messages: report.messages,
  conversationIds: [...report.conversationIds],
  skipped: report.skipped.map(({ title, reason }) => ({ title, reason })),
})
