import {
  type DocumentDeletion,
  type DocumentRecord,
  type DocumentUploadTarget,
  documentStatuses,
  filenameLimits,
  filenameProblem,
  previewDefaults,
  tagLimits,
  tagProblem,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { PageQuery, Problem } from './access-schemas'

/**
 * Request and response schemas of `/v1/documents` and `/v1/tags`. They check types and bounds
 * with the core's own rules (file names, tags), so both agree; the type and size of an upload
 * are judged by the use case, which answers 415 and 413 rather than a 422.
 */

const fromProblem =
  (problem: (value: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
    const message = problem(value)
    if (message) ctx.addIssue({ code: 'custom', message })
  }

// The raw bounds stop a huge string before the per-character checks run on it.
const Filename = z
  .string()
  .max(filenameLimits.length * 4)
  .superRefine(fromProblem(filenameProblem))
  .openapi({
    description: `1-${filenameLimits.length} characters, without "/" or "\\"`,
    example: 'Q3 report.pdf',
  })

export const Tag = z
  .string()
  .max(tagLimits.length * 4)
  .superRefine(fromProblem(tagProblem))
  .openapi({
    description: `1-${tagLimits.length} of a-z, 0-9, space, "-" and "_", once trimmed and lower-cased`,
    example: 'finance',
  })

// Duplicates collapse, so the count of distinct tags is checked by the use case.
const Tags = z
  .array(Tag)
  .max(tagLimits.perDocument * 5)
  .openapi({ description: `At most ${tagLimits.perDocument} distinct tags` })

export const NewDocumentBody = z
  .object({
    filename: Filename,
    contentType: z.string().min(1).max(255).openapi({
      description:
        'The media type the bytes will be sent with: PDF, DOCX, HTML, Markdown, plain text, CSV, TSV or JSON (415 otherwise)',
      example: 'application/pdf',
    }),
    size: z
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ description: 'Exact size in bytes (413 over the limit)', example: 48213 }),
    tags: Tags.optional(),
  })
  .openapi('NewDocument')

export const CompleteUploadBody = z
  .object({
    uploadId: z.string().min(1).max(1024),
    parts: z
      .array(
        z.object({
          partNumber: z.number().int().min(1).max(10_000),
          etag: z
            .string()
            .min(1)
            .max(256)
            .openapi({ description: 'The ETag the part PUT answered' }),
        }),
      )
      .min(1)
      .max(10_000),
  })
  .openapi('CompleteUpload')

export const AbortUploadBody = z
  .object({ uploadId: z.string().min(1).max(1024).optional() })
  .openapi('AbortUpload')

export const DocumentPatchBody = z
  .object({
    tags: Tags.openapi({ description: 'Replaces every tag' }),
    filename: Filename,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Give tags or filename.')
  .openapi('DocumentPatch')

export const TagChangeBody = z
  .object({ add: Tags, remove: Tags })
  .partial()
  .refine(
    (change) => (change.add?.length ?? 0) + (change.remove?.length ?? 0) > 0,
    'Give tags to add or to remove.',
  )
  .openapi('DocumentTagChange', { example: { add: ['guides'], remove: ['draft'] } })

export const DocumentListQuery = PageQuery.extend({
  status: z.enum(documentStatuses).optional(),
  tag: Tag.optional().openapi({ description: 'Only documents carrying this tag' }),
})

export const PreviewQuery = z.object({
  pages: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .default(previewDefaults.pages)
    .openapi({
      description: `How many pages from the first (1-20, default ${previewDefaults.pages})`,
    }),
  maxChars: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(previewDefaults.maxChars)
    .openapi({ description: `Characters over all pages (default ${previewDefaults.maxChars})` }),
})

export const DownloadQuery = z.object({
  redirect: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .openapi({ description: '1: answer a 302 to the link instead of JSON' }),
})

export const DocumentView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    tags: z.array(z.string()),
    status: z.enum(documentStatuses),
    progress: z.object({ chunksDone: z.number().int(), chunksTotal: z.number().int() }),
    error: z.string().optional().openapi({ description: 'Why it failed' }),
    source: z.enum(['upload', 'drop']),
    contentHash: z.string().optional(),
    duplicateOf: z.string().optional(),
    title: z.string().optional(),
    format: z.enum(['pdf', 'docx', 'html', 'markdown', 'text', 'csv', 'json']).optional(),
    pageCount: z.number().int().optional(),
    chunkCount: z.number().int(),
    ingestion: z
      .object({
        mode: z.enum(['inline', 'workflow']),
        executionArn: z.string().optional(),
        startedAt: z.string(),
      })
      .optional(),
    createdBy: z.string().openapi({ description: 'A user id, `apiKey:<id>` or `system:drop`' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    readyAt: z.string().optional(),
  })
  .openapi('Document')

/** Copies the fields of `from` named in `keys` that are set. */
const present = <T extends object, K extends keyof T>(from: T, keys: readonly K[]) =>
  Object.fromEntries(
    keys.filter((key) => from[key] !== undefined).map((key) => [key, structuredClone(from[key])]),
  ) as Partial<Pick<T, K>>

/**
 * A document's public shape: every field but `blobKey` (where the bytes are is internal; the
 * download route hands out a link instead), named one by one so nothing stored leaks by accident.
 */
export const documentView = (document: DocumentRecord): z.infer<typeof DocumentView> => ({
  id: document.id,
  workspaceId: document.workspaceId,
  filename: document.filename,
  contentType: document.contentType,
  size: document.size,
  tags: [...document.tags],
  status: document.status,
  progress: { ...document.progress },
  source: document.source,
  chunkCount: document.chunkCount,
  createdBy: document.createdBy,
  createdAt: document.createdAt,
  updatedAt: document.updatedAt,
  ...present(document, [
    'error',
    'contentHash',
    'duplicateOf',
    'title',
    'format',
    'pageCount',
    'ingestion',
    'readyAt',
  ] as const),
})

const SignedPut = z.object({
  url: z.string(),
  method: z.literal('PUT'),
  headers: z.record(z.string(), z.string()),
})

const UploadView = z
  .union([
    SignedPut.openapi({ description: 'Send the bytes with one PUT to url with exactly headers' }),
    z
      .object({
        method: z.literal('multipart'),
        uploadId: z.string(),
        partSize: z.number().int(),
        parts: z.array(SignedPut.extend({ partNumber: z.number().int() })),
        complete: z.string().openapi({
          description: 'POST { uploadId, parts: [{ partNumber, etag }] } here after the parts',
        }),
      })
      .openapi({ description: 'PUT each part, then POST the ETags to complete' }),
  ])
  .openapi('DocumentUploadTarget')

export const DocumentUploadView = z
  .object({ document: DocumentView, upload: UploadView })
  .openapi('DocumentUpload')

/** The upload as a client performs it; a multipart one names where to complete it. */
export const uploadView = (
  documentId: string,
  upload: DocumentUploadTarget,
): z.infer<typeof UploadView> =>
  upload.method === 'PUT'
    ? upload
    : { ...upload, complete: `/v1/documents/${documentId}/upload/complete` }

export const PreviewView = z
  .object({
    documentId: z.string(),
    pages: z.array(z.object({ page: z.number().int(), text: z.string() })),
    truncated: z.boolean().openapi({ description: 'Whether the document has more text' }),
  })
  .openapi('DocumentPreview')

export const PassageId = z
  .string()
  .regex(/^[\w-]{1,64}:\d{1,9}$/, 'Not a valid passage id.')
  .openapi({
    description: 'A citation’s `passageId`: `{documentId}:{index}`',
    example: 'doc_3k9q2m8x7v6c5b4n1p0z:12',
  })

export const PassageView = z
  .object({
    id: z
      .string()
      .openapi({ description: 'The passage id', example: 'doc_3k9q2m8x7v6c5b4n1p0z:12' }),
    documentId: z.string(),
    filename: z.string(),
    page: z.number().int().optional().openapi({ example: 4 }),
    text: z.string().openapi({
      example: 'Travel came to 12,400 EUR in Q3, 8% under the budget of 13,500 EUR.',
    }),
    index: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Its position among the document’s chunks, from 0', example: 12 }),
  })
  .openapi('Passage')

export const DownloadView = z
  .object({ url: z.string(), expiresAt: z.string(), filename: z.string() })
  .openapi('DocumentDownload')

export const DeletionView = z
  .object({
    document: DocumentView,
    deleted: z.object({
      chunks: z.number().int(),
      vectors: z.number().int(),
      blobs: z.number().int(),
    }),
  })
  .openapi('DocumentDeletion')

export const deletionView = (deletion: DocumentDeletion): z.infer<typeof DeletionView> => ({
  document: documentView(deletion.document),
  deleted: { ...deletion.deleted },
})

export const TagsView = z
  .object({ items: z.array(z.object({ tag: z.string(), documents: z.number().int() })) })
  .openapi('DocumentTags')

/** 413 and 415, which the shared `problems()` does not describe. */
export const uploadProblems = {
  413: {
    description: 'The file is over the upload limit, which the detail names',
    content: { 'application/problem+json': { schema: Problem } },
  },
  415: {
    description: 'A file type extraction cannot read',
    content: { 'application/problem+json': { schema: Problem } },
  },
}
