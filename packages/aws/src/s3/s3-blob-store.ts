import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import type {
  BlobStore,
  PresignedPut,
  PresignGetInput,
  PresignPutInput,
  PutBlobOptions,
} from '@chatter/core'

const defaultExpirySeconds = 15 * 60

// The S3 presigner leaves `content-type` unsigned by default, so a signed PUT would accept any
// type; signing both headers makes S3 refuse a request whose type or size differs.
const enforcedHeaders = new Set(['content-type', 'content-length'])

/**
 * BlobStore on one S3 bucket. Works against AWS and, with `forcePathStyle`, against s3rver.
 * @example const blobs = new S3BlobStore(createS3Client({ region }), config.DOCUMENTS_BUCKET)
 */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Uint8Array | string, options: PutBlobOptions = {}): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: options.contentType,
      }),
    )
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }))
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array()
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined
      throw error
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }))
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))
      return true
    } catch (error) {
      if (error instanceof NotFound) return false
      throw error
    }
  }

  async presignPut({
    key,
    contentType,
    contentLength,
    expiresInSeconds = defaultExpirySeconds,
  }: PresignPutInput): Promise<PresignedPut> {
    if (!Number.isSafeInteger(contentLength) || contentLength < 0) {
      throw new RangeError(`contentLength must be a whole number of bytes, got ${contentLength}`)
    }
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ContentType: contentType,
      ContentLength: contentLength,
    })
    const url = await getSignedUrl(this.client, command, {
      expiresIn: expiresInSeconds,
      signableHeaders: enforcedHeaders,
    })
    const headers = { 'content-type': contentType, 'content-length': String(contentLength) }
    return { url, method: 'PUT', headers }
  }

  async presignGet({
    key,
    expiresInSeconds = defaultExpirySeconds,
    filename,
  }: PresignGetInput): Promise<{ url: string }> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentDisposition: filename === undefined ? undefined : attachment(filename),
    })
    return { url: await getSignedUrl(this.client, command, { expiresIn: expiresInSeconds }) }
  }
}

/** RFC 6266: an ASCII fallback for old clients plus the exact UTF-8 name (RFC 8187). */
function attachment(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  const exact = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`
}
