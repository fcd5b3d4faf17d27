import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import {
  type BlobStore,
  DomainError,
  type PresignedMultipart,
  type PresignedPut,
  type PresignGetInput,
  type PresignMultipartInput,
  type PresignPutInput,
  type PutBlobOptions,
} from '@chatter/core'

const defaultExpirySeconds = 15 * 60
const defaultMultipartExpirySeconds = 60 * 60

// The S3 presigner leaves `content-type` unsigned by default, so a signed PUT would accept any
// type; signing both headers makes S3 refuse a request whose type or size differs.
const enforcedHeaders = new Set(['content-type', 'content-length'])
// A part has no type of its own (the object's is set when the upload starts), only a size.
const enforcedPartHeaders = new Set(['content-length'])

// S3's multipart limits.
const MiB = 1024 * 1024
const minPartSize = 5 * MiB
const maxPartSize = 5 * 1024 * MiB
const maxParts = 10_000

// What S3 answers when the parts named on completion do not make a valid object.
const refusedParts = new Set(['InvalidPart', 'InvalidPartOrder', 'EntityTooSmall', 'MalformedXML'])

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

  async presignMultipart({
    key,
    contentType,
    contentLength,
    partSize,
    expiresInSeconds = defaultMultipartExpirySeconds,
  }: PresignMultipartInput): Promise<PresignedMultipart> {
    const sizes = partSizes(contentLength, partSize)
    const { UploadId: uploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }),
    )
    if (!uploadId) throw new Error(`S3 started no multipart upload for ${key}`)
    const parts = await Promise.all(
      sizes.map(async (size, index) => {
        const partNumber = index + 1
        const command = new UploadPartCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId: uploadId,
          PartNumber: partNumber,
          ContentLength: size,
        })
        const url = await getSignedUrl(this.client, command, {
          expiresIn: expiresInSeconds,
          signableHeaders: enforcedPartHeaders,
        })
        return { partNumber, url, method: 'PUT' as const, headers: { 'content-length': `${size}` } }
      }),
    )
    return { uploadId, partSize, parts }
  }

  async completeMultipart(
    key: string,
    uploadId: string,
    parts: { partNumber: number; etag: string }[],
  ): Promise<void> {
    if (parts.length === 0) {
      throw new DomainError('request.invalid', 'A multipart upload needs at least one part')
    }
    // S3 wants the parts in ascending order and the ETags quoted, as the part PUTs answered them.
    const ordered = [...parts]
      .sort((a, b) => a.partNumber - b.partNumber)
      .map(({ partNumber, etag }) => ({
        PartNumber: partNumber,
        ETag: `"${etag.replace(/"/g, '')}"`,
      }))
    try {
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId: uploadId,
          MultipartUpload: { Parts: ordered },
        }),
      )
    } catch (error) {
      throw multipartError(error, uploadId)
    }
  }

  async abortMultipart(key: string, uploadId: string): Promise<void> {
    try {
      await this.client.send(
        new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId }),
      )
    } catch (error) {
      if (errorName(error) === 'NoSuchUpload') return
      throw error
    }
  }
}

/** The size of each part, in order: `partSize` bytes each, the rest in the last one. */
function partSizes(contentLength: number, partSize: number): number[] {
  const invalid = (path: string, message: string) =>
    new DomainError('request.invalid', `Cannot upload in parts: ${path} ${message}`, {
      errors: [{ path, message }],
    })
  if (!Number.isSafeInteger(contentLength) || contentLength < 1) {
    throw invalid('contentLength', 'must be a whole number of bytes, at least 1')
  }
  if (!Number.isSafeInteger(partSize) || partSize < minPartSize || partSize > maxPartSize) {
    throw invalid(
      'partSize',
      `must be a whole number of bytes from ${minPartSize} to ${maxPartSize}`,
    )
  }
  const count = Math.ceil(contentLength / partSize)
  if (count > maxParts) {
    throw invalid('partSize', `makes ${count} parts, more than the ${maxParts} S3 allows`)
  }
  return Array.from({ length: count }, (_, index) =>
    Math.min(partSize, contentLength - index * partSize),
  )
}

// By name: the SDK models NoSuchUpload as a class, but not InvalidPart and the others.
const errorName = (error: unknown) =>
  error instanceof Error ? ((error as { Code?: string }).Code ?? error.name) : ''

function multipartError(error: unknown, uploadId: string): unknown {
  const name = errorName(error)
  let domain: DomainError
  if (name === 'NoSuchUpload') {
    domain = new DomainError(
      'resource.notFound',
      `There is no multipart upload ${uploadId} to complete: it was completed, aborted or never started`,
    )
  } else if (refusedParts.has(name)) {
    const reason = error instanceof Error ? error.message : name
    domain = new DomainError('request.invalid', `S3 refused the parts (${name}): ${reason}`)
  } else {
    return error
  }
  domain.cause = error
  return domain
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
