import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import type S3rver from 's3rver'
import type { S3rverContext, S3rverMiddleware } from 's3rver'
import S3Error from 's3rver/lib/models/error.js'

const minPartSize = 5 * 1024 * 1024
const maxPartNumber = 10_000

/** The multipart request being served: the object key it names, and whether it completes. */
interface MultipartRequest {
  bucket: string
  key: string
  completes: boolean
}

const noSuchUpload = () =>
  new S3Error(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
  )
const invalidPart = () =>
  new S3Error(
    'InvalidPart',
    "One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
  )

/**
 * Makes s3rver's multipart uploads behave as S3's do. s3rver 3.7.1 accepts parts for any upload
 * id, assembles whatever parts it is named without checking them, answers AbortMultipartUpload
 * with 405, gives the object a plain MD5 ETag and announces it as `ObjectCreated:Post`.
 * Installed on a server, this:
 * 1. answers an upload id that is unknown, finished or of another key with NoSuchUpload;
 * 2. aborts (DELETE `?uploadId`) by discarding the parts;
 * 3. refuses a part number outside 1-10,000 (InvalidArgument), parts out of order
 *    (InvalidPartOrder), a part not uploaded with that ETag (InvalidPart) and a part under 5 MiB
 *    that is not the last (EntityTooSmall), as S3 does on completion;
 * 4. gives the object S3's multipart ETag, the MD5 of the parts' MD5s and `-<part count>`;
 * 5. emits the completion as `ObjectCreated:CompleteMultipartUpload`.
 * Returns the middleware to run in front of s3rver's router (after the signature check).
 */
export function emulateS3Multipart(server: S3rver): S3rverMiddleware {
  const { store } = server
  const current = new AsyncLocalStorage<MultipartRequest>()
  const uploadDir = (bucket: string, uploadId: string) =>
    join(store.getResourcePath(bucket, undefined, 'uploads'), uploadId)

  /** The upload's folder and key, when `uploadId` is an open upload of the request's key. */
  const openUpload = async (bucket: string, uploadId: string) => {
    // s3rver's ids are hex; anything else (`../x`) must not become a path.
    if (!/^[0-9a-f]{1,64}$/i.test(uploadId)) throw noSuchUpload()
    const dir = uploadDir(bucket, uploadId)
    const key = await readFile(join(dir, 'key'), 'utf8').catch(() => undefined)
    const request = current.getStore()
    if (key === undefined || (request && request.key !== key)) throw noSuchUpload()
    return { dir, key }
  }

  const putPart = store.putPart.bind(store)
  store.putPart = async (bucket, uploadId, partNumber, content) => {
    try {
      await openUpload(bucket, uploadId)
      const number = Number(partNumber)
      if (!Number.isInteger(number) || number < 1 || number > maxPartNumber) {
        throw new S3Error(
          'InvalidArgument',
          `Part number must be an integer between 1 and ${maxPartNumber}, inclusive`,
        )
      }
    } catch (error) {
      await drain(content)
      throw error
    }
    return putPart(bucket, uploadId, partNumber, content)
  }

  const putObjectMultipart = store.putObjectMultipart.bind(store)
  store.putObjectMultipart = async (bucket, uploadId, parts) => {
    const { dir, key } = await openUpload(bucket, uploadId)
    for (const [index, part] of parts.entries()) {
      if (index > 0 && part.number <= (parts[index - 1]?.number ?? 0)) {
        throw new S3Error(
          'InvalidPartOrder',
          'The list of parts was not in ascending order. Parts must be ordered by part number.',
        )
      }
    }
    const uploaded = await Promise.all(
      parts.map(async ({ number, etag }) => {
        const path = join(dir, String(number))
        const found = await Promise.all([readFile(`${path}.md5`, 'utf8'), stat(path)]).catch(
          () => undefined,
        )
        if (!Number.isInteger(number) || !found || found[0] !== etag) throw invalidPart()
        return { md5: found[0], size: found[1].size }
      }),
    )
    if (uploaded.slice(0, -1).some(({ size }) => size < minPartSize)) {
      throw new S3Error(
        'EntityTooSmall',
        'Your proposed upload is smaller than the minimum allowed size',
      )
    }
    const { size } = await putObjectMultipart(bucket, uploadId, parts)
    const md5s = Buffer.concat(uploaded.map(({ md5 }) => Buffer.from(md5, 'hex')))
    const md5 = `${createHash('md5').update(md5s).digest('hex')}-${parts.length}`
    // s3rver reads an object's ETag from this file, for HEAD, GET and listings alike.
    await writeFile(`${store.getResourcePath(bucket, key, 'object')}.md5`, md5)
    return { md5, size }
  }

  const emit = server.emit.bind(server)
  server.emit = (name: string | symbol, ...args: unknown[]) => {
    if (name === 'event' && current.getStore()?.completes) args[0] = renamed(args[0])
    return emit(name, ...args)
  }

  return async (ctx, next) => {
    const uploadId = queryValue(ctx, 'uploadId')
    const target = uploadId === undefined ? undefined : objectOf(ctx.path)
    if (uploadId === undefined || !target) return next()
    const request = { ...target, completes: ctx.method === 'POST' }
    return current.run(request, async () => {
      if (ctx.method !== 'DELETE') return next()
      const { dir } = await openUpload(target.bucket, uploadId)
      await rm(dir, { recursive: true, force: true })
      ctx.status = 204
    })
  }
}

function renamed(event: unknown): unknown {
  const records = (event as { Records?: { eventName?: string }[] } | undefined)?.Records
  for (const record of records ?? []) {
    if (record.eventName === 'ObjectCreated:Post') {
      record.eventName = 'ObjectCreated:CompleteMultipartUpload'
    }
  }
  return event
}

const queryValue = (ctx: S3rverContext, name: string): string | undefined => {
  const value = ctx.query[name]
  return Array.isArray(value) ? value[0] : value
}

/** Bucket and key of a path-style object URL (`/bucket/a/b.pdf`), decoded as s3rver does. */
function objectOf(path: string): { bucket: string; key: string } | undefined {
  const match = /^\/([^/]+)\/(.+)$/.exec(path)
  if (!match?.[1] || !match[2]) return undefined
  try {
    return { bucket: decodeURIComponent(match[1]), key: decodeURIComponent(match[2]) }
  } catch {
    return undefined
  }
}

/** Reads a refused request body to its end, so the connection stays usable for the answer. */
async function drain(content: Readable): Promise<void> {
  content.resume()
  if (content.readableEnded) return
  await new Promise<void>((resolve) => {
    content.once('end', resolve)
    content.once('error', () => resolve())
    content.once('close', resolve)
  })
}
