import { z } from 'zod'

/**
 * Work the API puts on the ingest queue, beside the S3 notifications S3 puts there: ingest a
 * document whose bytes are already stored (reprocess), run a bulk document job, build a data
 * export, or import an uploaded export file.
 */
export const ingestQueueCommandSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document.ingest'),
    workspaceId: z.string().min(1),
    documentId: z.string().min(1),
  }),
  z.object({
    kind: z.literal('documentJob.run'),
    workspaceId: z.string().min(1),
    jobId: z.string().min(1),
  }),
  z.object({
    kind: z.literal('export.run'),
    workspaceId: z.string().min(1),
    exportId: z.string().min(1),
  }),
  z.object({
    kind: z.literal('import.run'),
    workspaceId: z.string().min(1),
    importId: z.string().min(1),
  }),
])

export type IngestQueueCommand = z.output<typeof ingestQueueCommandSchema>

/** Whether a parsed queue body is one of the API's commands (else it is an S3 notification). */
export const isIngestQueueCommand = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && 'kind' in body
