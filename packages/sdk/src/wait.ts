import type { components } from './schema'
import type { UploadContext } from './upload'

type Document = components['schemas']['Document']

export interface WaitOptions {
  /** How long to wait before giving up with an error (default 2 minutes). */
  timeoutMs?: number
  /** Time between two reads (default 500 ms). */
  intervalMs?: number
  /** Called with the document after every read (its `status` and `progress`). */
  onProgress?: (document: Document) => void
  signal?: AbortSignal
}

/** Thrown when a document failed to ingest, or did not settle in time. */
export class DocumentWaitError extends Error {
  constructor(
    message: string,
    readonly reason: 'failed' | 'timeout',
    readonly document: Document,
  ) {
    super(message)
    this.name = 'DocumentWaitError'
  }
}

const settled = new Set<Document['status']>(['ready', 'duplicate'])

/**
 * Reads the document until ingestion settles: answers it `ready` (or `duplicate`: the same bytes
 * are already in the knowledge base, as `duplicateOf`); throws `DocumentWaitError` when it
 * `failed` (with the API's reason) or is still not done after `timeoutMs`.
 */
export async function waitForDocument(
  context: Pick<UploadContext, 'api' | 'unwrap'>,
  id: string,
  { timeoutMs = 120_000, intervalMs = 500, onProgress, signal }: WaitOptions = {},
): Promise<Document> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const document = await context.unwrap(
      context.api.GET('/v1/documents/{id}', { params: { path: { id } }, signal }),
    )
    onProgress?.(document)
    if (settled.has(document.status)) return document
    if (document.status === 'failed')
      throw new DocumentWaitError(
        `Document ${document.filename} (${id}) failed to ingest: ${document.error ?? 'no reason given'}. Fix the file and upload it again, or reprocess it.`,
        'failed',
        document,
      )
    if (Date.now() + intervalMs > deadline)
      throw new DocumentWaitError(
        `Document ${document.filename} (${id}) is still ${document.status} after ${timeoutMs} ms (${document.progress.chunksDone}/${document.progress.chunksTotal} chunks); wait longer or check the ingestion.`,
        'timeout',
        document,
      )
    await sleep(intervalMs, signal)
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true },
    )
  })
