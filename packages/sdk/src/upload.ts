import type { Client } from 'openapi-fetch'
import { countingStream, progressCounter, sliceReader } from './byte-source'
import { ChatterApiError, problemOf } from './errors'
import type { components, paths } from './schema'

type Document = components['schemas']['Document']
type Target = components['schemas']['DocumentUploadTarget']
type SignedPut = { url: string; headers: Record<string, string> }

/** A file to upload: its name, media type, exact size and bytes (in memory or as a stream). */
export interface UploadFile {
  filename: string
  /** PDF, DOCX, HTML, Markdown, plain text, CSV, TSV or JSON (the API answers 415 otherwise). */
  contentType: string
  /** Exact size in bytes: the signed upload refuses any other length. */
  size: number
  /** The bytes, or a function opening a stream of them (a large file is then never held whole). */
  body: Uint8Array | (() => ReadableStream<Uint8Array>)
  tags?: string[]
}

export interface UploadOptions {
  /** Called as bytes go out, with the bytes sent so far and the file's size. */
  onProgress?: (sentBytes: number, totalBytes: number) => void
  /** Stops the upload; the half-made document is abandoned (`upload/abort`). */
  signal?: AbortSignal
}

/** What the upload needs of a client: the typed routes, `unwrap`, and a plain fetch for S3. */
export interface UploadContext {
  api: Client<paths>
  unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T>
  /** Sends to the presigned URLs without the client's headers (S3 refuses a Bearer token). */
  fetch: typeof globalThis.fetch
}

/**
 * Uploads a document the way the API signs it, then answers the document (its ingestion starts
 * once the storage reports the bytes).
 *
 * 1. `POST /v1/documents` registers it (413, 415, 422 are thrown as `ChatterApiError`).
 * 2. One signed PUT, or (above the API's multipart threshold) one signed PUT per part, each
 *    with its exact `content-length`, reporting progress; then `upload/complete` with the ETags.
 * 3. Any failure or abort abandons the document (`upload/abort`) before rethrowing.
 */
export async function uploadDocument(
  context: UploadContext,
  file: UploadFile,
  options: UploadOptions = {},
): Promise<Document> {
  const { api, unwrap } = context
  const { filename, contentType, size, tags } = file
  const created = await unwrap(
    api.POST('/v1/documents', {
      body: { filename, contentType, size, ...(tags ? { tags } : {}) },
      signal: options.signal,
    }),
  )
  const id = created.document.id
  const params = { path: { id } }
  const target = created.upload as Target
  try {
    if (target.method === 'multipart') {
      const parts = await sendParts(context, file, target, options)
      const uploadId = target.uploadId
      await unwrap(
        api.POST('/v1/documents/{id}/upload/complete', { params, body: { uploadId, parts } }),
      )
    } else {
      const body = bytesOf(file, progressCounter(size, options.onProgress))
      await put(context, target, body, size, options.signal)
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

/** The whole file as a request body that counts what fetch pulls. */
function bytesOf(file: UploadFile, onSent: (bytes: number) => void): ReadableStream<Uint8Array> {
  if (file.body instanceof Uint8Array) return countingStream(file.body, onSent)
  return file.body().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controller.enqueue(chunk)
        onSent(chunk.byteLength)
      },
    }),
  )
}

/** Sends the parts one after another (a stream is read in order), answering their ETags. */
async function sendParts(
  context: UploadContext,
  file: UploadFile,
  target: Extract<Target, { method: 'multipart' }>,
  { onProgress, signal }: UploadOptions,
) {
  const source = file.body instanceof Uint8Array ? undefined : sliceReader(file.body())
  const done: { partNumber: number; etag: string }[] = []
  const onSent = progressCounter(file.size, onProgress)
  try {
    for (const [index, part] of target.parts.entries()) {
      const start = index * target.partSize
      const length = Number(
        part.headers['content-length'] ?? Math.min(target.partSize, file.size - start),
      )
      const bytes =
        file.body instanceof Uint8Array
          ? file.body.subarray(start, start + length)
          : await (source as ReturnType<typeof sliceReader>).read(length)
      if (bytes.byteLength !== length)
        throw new Error(
          `The file ended after ${start + bytes.byteLength} bytes; its size was given as ${file.size}.`,
        )
      const response = await put(
        context,
        part,
        countingStream(bytes, onSent),
        bytes.byteLength,
        signal,
      )
      const etag = response.headers.get('etag')
      if (!etag) throw new Error(`The storage answered part ${part.partNumber} without an ETag.`)
      done.push({ partNumber: part.partNumber, etag })
    }
  } finally {
    await source?.cancel()
  }
  return done
}

/** One signed PUT with exactly the signed headers (undici keeps the `content-length` we set). */
async function put(
  context: UploadContext,
  target: SignedPut,
  body: ReadableStream<Uint8Array>,
  length: number,
  signal: AbortSignal | undefined,
) {
  const response = await context.fetch(target.url, {
    method: 'PUT',
    // Real S3 refuses a chunked upload: the length always goes with the stream.
    headers: { 'content-length': String(length), ...target.headers },
    body,
    signal,
    // Node's fetch needs it to send a stream body.
    duplex: 'half',
  } as RequestInit)
  if (response.ok) return response
  const problem = await problemOf(response)
  throw new ChatterApiError(response.status, {
    ...problem,
    code: 'upload.rejected',
    detail: `The storage refused the upload (${response.status}): ${problem.detail}`,
  })
}
