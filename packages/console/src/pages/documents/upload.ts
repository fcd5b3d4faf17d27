// Browser uploads: the SDK's `uploadDocument` streams its body with fetch, which Chrome refuses
// over HTTP/1.1, so here each signed PUT goes out as an XMLHttpRequest (it also reports progress).
import type { ChatterClient, Schemas } from '@chatter/sdk'
import { ChatterApiError } from '@chatter/sdk'

type Document = Schemas['Document']
type Target = Schemas['DocumentUploadTarget']

/** Types the API ingests, by extension, for files the browser gives no type (often .md, .tsv). */
const typesByExtension: Record<string, string> = {
  md: 'text/markdown',
  markdown: 'text/markdown',
  txt: 'text/plain',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export function contentTypeOf(file: Pick<File, 'name' | 'type'>): string {
  if (file.type) return file.type
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  return typesByExtension[extension] ?? 'application/octet-stream'
}

export interface BrowserUploadOptions {
  /** Bytes sent so far, out of the file's size. */
  onProgress?: (sent: number, total: number) => void
  /** Called once the API has registered the document (before its bytes go out). */
  onCreated?: (document: Document) => void
  tags?: string[]
}

/**
 * Uploads a file as a document the way the API signs it and answers the document.
 *
 * 1. `POST /v1/documents` registers it (413, 415, 422 throw as `ChatterApiError`).
 * 2. One signed PUT, or one signed PUT per part then `upload/complete` with the parts' ETags.
 * 3. Any failure abandons the document (`upload/abort`) before rethrowing.
 */
export async function uploadFile(
  client: ChatterClient,
  file: File,
  { onProgress, onCreated, tags }: BrowserUploadOptions = {},
): Promise<Document> {
  const { api, unwrap } = client
  const created = await unwrap(
    api.POST('/v1/documents', {
      body: {
        filename: file.name,
        contentType: contentTypeOf(file),
        size: file.size,
        ...(tags?.length ? { tags } : {}),
      },
    }),
  )
  onCreated?.(created.document)
  const params = { path: { id: created.document.id } }
  const target = created.upload as Target
  try {
    if (target.method === 'multipart') {
      const parts = await sendParts(file, target, onProgress)
      await unwrap(
        api.POST('/v1/documents/{id}/upload/complete', {
          params,
          body: { uploadId: target.uploadId, parts },
        }),
      )
    } else {
      await put(target, file, (sent) => onProgress?.(sent, file.size))
    }
  } catch (error) {
    const uploadId = target.method === 'multipart' ? target.uploadId : undefined
    await api
      .POST('/v1/documents/{id}/upload/abort', { params, body: uploadId ? { uploadId } : {} })
      .catch(() => {})
    throw error
  }
  return unwrap(api.GET('/v1/documents/{id}', { params }))
}

async function sendParts(
  file: File,
  target: Extract<Target, { method: 'multipart' }>,
  onProgress: BrowserUploadOptions['onProgress'],
) {
  const done: { partNumber: number; etag: string }[] = []
  let before = 0
  for (const [index, part] of target.parts.entries()) {
    const start = index * target.partSize
    const length = Number(
      part.headers['content-length'] ?? Math.min(target.partSize, file.size - start),
    )
    const etag = await put(part, file.slice(start, start + length), (sent) =>
      onProgress?.(before + sent, file.size),
    )
    if (!etag) throw new Error(`The storage answered part ${part.partNumber} without an ETag.`)
    before += length
    done.push({ partNumber: part.partNumber, etag })
  }
  return done
}

/** One signed PUT with exactly the signed headers; answers the ETag the storage gave. */
function put(
  target: { url: string; headers: Record<string, string> },
  body: Blob,
  onSent: (sent: number) => void,
): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('PUT', target.url)
    for (const [name, value] of Object.entries(target.headers)) {
      // The browser sets the length itself (from the body) and refuses a script setting it.
      if (name.toLowerCase() !== 'content-length') request.setRequestHeader(name, value)
    }
    request.upload.onprogress = (event) => onSent(event.loaded)
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onSent(body.size)
        resolve(request.getResponseHeader('etag'))
        return
      }
      reject(storageRefusal(request.status, request.responseText))
    }
    request.onerror = () =>
      reject(new Error('The upload could not reach the storage (network or CORS refusal).'))
    request.onabort = () => reject(new Error('The upload was cancelled.'))
    request.send(body)
  })
}

function storageRefusal(status: number, xml: string) {
  const message = /<Message>([^<]*)<\/Message>/.exec(xml)?.[1]
  return new ChatterApiError(status, {
    type: 'about:blank',
    title: 'Upload refused',
    status,
    instance: '',
    code: 'upload.rejected',
    detail: `The storage refused the upload (${status})${message ? `: ${message}` : '.'}`,
  })
}

/** Runs `work` over `items`, at most `limit` at once, in order of the list. */
export async function eachAtMost<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

export const finalStatuses: ReadonlySet<Document['status']> = new Set([
  'ready',
  'failed',
  'duplicate',
])
