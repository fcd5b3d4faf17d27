import { z } from 'zod'

/** An object that landed in the documents bucket under an ingest prefix. */
export interface StoredObject {
  bucket: string
  /** The decoded key, e.g. `uploads/ws_1/doc_1/Q3 report.pdf`. */
  key: string
  size: number
  etag?: string
  workspaceId: string
  /** `upload` for presigned uploads (`uploads/{ws}/{documentId}/...`), `drop` for `drop/{ws}/...`. */
  source: 'upload' | 'drop'
  /** Set for uploads: the document the presigned URL was issued for. */
  documentId?: string
}

const s3Record = z.object({
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({
      key: z.string().min(1),
      size: z.number().int().nonnegative().default(0),
      eTag: z.string().optional(),
    }),
  }),
})

/** An S3 event notification as S3 delivers it to SQS (one message body). */
export const storageNotificationSchema = z.union([
  z.object({ Records: z.array(s3Record) }),
  // S3 sends one of these when a notification is configured; it names no object.
  z.object({ Event: z.literal('s3:TestEvent') }),
])

const idPattern = /^[\w-]{1,64}$/

/**
 * Parses one SQS message body holding an S3 notification into the objects to ingest.
 * Keys arrive URL-encoded (`+` for spaces), as real S3 sends them. Objects outside the ingest
 * prefixes, deletions and folder markers are left out. Throws on a body that is not an S3
 * notification, so the queue retries and then dead-letters it.
 */
export function parseStorageNotification(body: string): StoredObject[] {
  const parsed = storageNotificationSchema.parse(JSON.parse(body))
  if (!('Records' in parsed)) return []
  return parsed.Records.flatMap((record) => {
    if (!record.eventName.startsWith('ObjectCreated:')) return []
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '))
    const located = locate(key)
    if (!located) return []
    return [
      {
        bucket: record.s3.bucket.name,
        key,
        size: record.s3.object.size,
        etag: record.s3.object.eTag,
        ...located,
      },
    ]
  })
}

function locate(
  key: string,
): Pick<StoredObject, 'workspaceId' | 'source' | 'documentId'> | undefined {
  if (key.endsWith('/')) return undefined
  const [prefix, workspaceId, ...rest] = key.split('/')
  if (!workspaceId || !idPattern.test(workspaceId) || rest.length === 0) return undefined
  if (prefix === 'drop') return { workspaceId, source: 'drop' }
  const documentId = rest[0]
  if (prefix === 'uploads' && rest.length >= 2 && documentId && idPattern.test(documentId)) {
    return { workspaceId, source: 'upload', documentId }
  }
  return undefined
}
