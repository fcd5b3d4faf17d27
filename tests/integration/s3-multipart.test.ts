import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3'
import type { SQSClient } from '@aws-sdk/client-sqs'
import { createS3Client, createSqsClient, S3BlobStore, SqsMessageQueue } from '@chatter/aws'
import type { PresignedMultipart } from '@chatter/core'
import {
  bridgeS3EventsToQueue,
  ensureQueues,
  type LocalS3Server,
  type LocalSqsServer,
  type S3EventBridge,
  type SqsPoller,
  startS3Server,
  startSqsPoller,
  startSqsServer,
} from '@chatter/local'
import { documentsBucket, ingestQueue, local } from '@chatter/resources'
import type { S3Event, S3EventRecord } from 'aws-lambda'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const MiB = 1024 * 1024
const bucket = documentsBucket.localName
let directory: string
let s3: LocalS3Server
let sqs: LocalSqsServer
let s3Client: ReturnType<typeof createS3Client>
let sqsClient: SQSClient
let blobs: S3BlobStore
let bridge: S3EventBridge
let poller: SqsPoller
/** Every S3 record the ingest handler has been given, in order. */
const received: S3EventRecord[] = []

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'chatter-s3-multipart-'))
  s3 = await startS3Server({ directory, buckets: [{ name: bucket, cors: documentsBucket.cors }] })
  sqs = await startSqsServer()
  const { region, credentials } = local
  s3Client = createS3Client({ region, endpoint: s3.endpoint, forcePathStyle: true, credentials })
  sqsClient = createSqsClient({ region, endpoint: sqs.endpoint, credentials })
  blobs = new S3BlobStore(s3Client, bucket)
  const queues = await ensureQueues(sqsClient, ingestQueue)
  bridge = bridgeS3EventsToQueue({
    source: s3.server,
    queue: new SqsMessageQueue(sqsClient, queues.queueUrl),
    bucket,
    prefixes: documentsBucket.ingestPrefixes,
  })
  poller = startSqsPoller({
    client: sqsClient,
    queueUrl: queues.queueUrl,
    queueArn: queues.queueArn,
    batchSize: ingestQueue.batchSize,
    waitTimeSeconds: 0,
    handler: async ({ Records }) => {
      for (const record of Records) received.push(...(JSON.parse(record.body) as S3Event).Records)
    },
    onError: (error) => console.error('ingest poller', error),
  })
})

afterAll(async () => {
  await bridge?.detach()
  await poller?.stop()
  s3Client?.destroy()
  sqsClient?.destroy()
  await Promise.all([s3?.stop(), sqs?.stop()])
  await rm(directory, { recursive: true, force: true })
})

async function until<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = find()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Length and SHA-256 of some bytes: comparing megabytes with toEqual takes seconds. */
const digest = (bytes: Uint8Array | undefined) =>
  bytes && `${bytes.byteLength} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`
const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest()
const decodeKey = (key: string) => decodeURIComponent(key.replace(/\+/g, ' '))

/** PUTs each part to its signed URL as a browser would; the ETags in part order. */
async function uploadParts(upload: PresignedMultipart, body: Uint8Array) {
  const etags: { partNumber: number; etag: string }[] = []
  for (const part of upload.parts) {
    const start = (part.partNumber - 1) * upload.partSize
    const response = await fetch(part.url, {
      method: part.method,
      headers: part.headers,
      body: body.subarray(start, start + upload.partSize),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    etags.push({ partNumber: part.partNumber, etag: response.headers.get('etag') ?? '' })
  }
  return etags
}

describe('presigned multipart upload on the local S3', () => {
  const key = 'uploads/ws-1/doc-9/Big report – é.pdf'
  const body = randomBytes(2 * 5 * MiB + 1_234)

  it('uploads part by part, assembles the object byte for byte and notifies the ingest queue', async () => {
    const upload = await blobs.presignMultipart({
      key,
      contentType: 'application/pdf',
      contentLength: body.byteLength,
      partSize: 5 * MiB,
    })
    expect(upload.parts.map((part) => part.headers)).toEqual([
      { 'content-length': String(5 * MiB) },
      { 'content-length': String(5 * MiB) },
      { 'content-length': '1234' },
    ])
    expect(upload.parts.map((part) => part.partNumber)).toEqual([1, 2, 3])

    const etags = await uploadParts(upload, body)
    await blobs.completeMultipart(key, upload.uploadId, etags)

    expect(digest(await blobs.get(key))).toBe(digest(body))
    // S3's multipart ETag: the MD5 of the parts' MD5s, then the number of parts.
    const parts = [0, 1, 2].map((i) => body.subarray(i * 5 * MiB, (i + 1) * 5 * MiB))
    const etag = `${md5(Buffer.concat(parts.map(md5))).toString('hex')}-3`
    const head = await s3Client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    expect([head.ContentType, head.ContentLength, head.ETag]).toEqual([
      'application/pdf',
      body.byteLength,
      `"${etag}"`,
    ])

    const record = await until(() => received.find((r) => decodeKey(r.s3.object.key) === key))
    expect(record).toMatchObject({
      eventName: 'ObjectCreated:CompleteMultipartUpload',
      s3: {
        bucket: { name: bucket },
        object: {
          key: 'uploads/ws-1/doc-9/Big+report+%E2%80%93+%C3%A9.pdf',
          size: body.byteLength,
          eTag: etag,
        },
      },
    })
  })

  it('refuses a part whose size differs from the signed one', async () => {
    const refusedKey = 'uploads/ws-1/doc-10/refused.bin'
    const upload = await blobs.presignMultipart({
      key: refusedKey,
      contentType: 'application/octet-stream',
      contentLength: 6 * MiB,
      partSize: 5 * MiB,
    })
    const [first, last] = upload.parts
    const shorter = await fetch(first?.url ?? '', { method: 'PUT', body: randomBytes(MiB) })
    const longer = await fetch(last?.url ?? '', { method: 'PUT', body: randomBytes(MiB + 1) })
    // The URL of one part cannot carry another part number or upload.
    const moved = await fetch(last?.url.replace('partNumber=2', 'partNumber=3') ?? '', {
      method: 'PUT',
      headers: last?.headers,
      body: randomBytes(MiB),
    })

    expect([shorter.status, longer.status, moved.status]).toEqual([403, 403, 403])
    expect(await shorter.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
    await blobs.abortMultipart(refusedKey, upload.uploadId)
  })

  it('refuses a part URL once it has expired', async () => {
    const expiringKey = 'uploads/ws-1/doc-14/expiring.bin'
    const upload = await blobs.presignMultipart({
      key: expiringKey,
      contentType: 'application/octet-stream',
      contentLength: 10,
      partSize: 5 * MiB,
      expiresInSeconds: 60,
    })
    const [part] = upload.parts
    // Only the clock moves (the local S3 runs in this process); timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 61_000)
      const late = await fetch(part?.url ?? '', {
        method: 'PUT',
        headers: part?.headers,
        body: randomBytes(10),
      })
      expect(late.status).toBe(403)
      expect(await late.text()).toContain('<Message>Request has expired</Message>')
    } finally {
      vi.useRealTimers()
    }
    await blobs.abortMultipart(expiringKey, upload.uploadId)
  })

  it('aborts: the parts are gone, completing is resource.notFound, aborting again is fine', async () => {
    const abortedKey = 'uploads/ws-1/doc-11/aborted.bin'
    const data = randomBytes(5 * MiB + 10)
    const upload = await blobs.presignMultipart({
      key: abortedKey,
      contentType: 'application/octet-stream',
      contentLength: data.byteLength,
      partSize: 5 * MiB,
    })
    const etags = await uploadParts(upload, data)

    await blobs.abortMultipart(abortedKey, upload.uploadId)

    await expect(blobs.completeMultipart(abortedKey, upload.uploadId, etags)).rejects.toMatchObject(
      { code: 'resource.notFound' },
    )
    const [part] = upload.parts
    const late = await fetch(part?.url ?? '', {
      method: 'PUT',
      headers: part?.headers,
      body: data.subarray(0, 5 * MiB),
    })
    expect(late.status).toBe(404)
    expect(await late.text()).toContain('<Code>NoSuchUpload</Code>')
    await expect(blobs.abortMultipart(abortedKey, upload.uploadId)).resolves.toBeUndefined()
    expect(await blobs.exists(abortedKey)).toBe(false)
  })

  it('refuses to complete with a wrong ETag or a part under 5 MiB that is not the last', async () => {
    const checkedKey = 'uploads/ws-1/doc-12/checked.bin'
    const { UploadId } = await s3Client.send(
      new CreateMultipartUploadCommand({ Bucket: bucket, Key: checkedKey }),
    )
    const uploadId = UploadId ?? ''
    const etags = []
    for (const partNumber of [1, 2]) {
      const part = await s3Client.send(
        new UploadPartCommand({
          Bucket: bucket,
          Key: checkedKey,
          UploadId: uploadId,
          PartNumber: partNumber,
          Body: randomBytes(1_000),
        }),
      )
      etags.push({ partNumber, etag: part.ETag ?? '' })
    }

    await expect(
      blobs.completeMultipart(checkedKey, uploadId, [
        { partNumber: 1, etag: '0123456789abcdef0123456789abcdef' },
      ]),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      message: expect.stringContaining('InvalidPart'),
    })
    await expect(blobs.completeMultipart(checkedKey, uploadId, etags)).rejects.toMatchObject({
      code: 'request.invalid',
      message: expect.stringContaining('EntityTooSmall'),
    })
    // The adapter sorts the parts; S3 itself refuses them out of order.
    await expect(
      s3Client.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: checkedKey,
          UploadId: uploadId,
          MultipartUpload: {
            Parts: [...etags].reverse().map((p) => ({ PartNumber: p.partNumber, ETag: p.etag })),
          },
        }),
      ),
    ).rejects.toMatchObject({ name: 'InvalidPartOrder' })
    // A single part may be small: it is the last one.
    await blobs.completeMultipart(checkedKey, uploadId, etags.slice(-1))
    expect((await blobs.get(checkedKey))?.byteLength).toBe(1_000)
  })

  it('refuses part sizes S3 would refuse, before starting an upload', async () => {
    const input = { key: 'uploads/ws-1/doc-13/x.bin', contentType: 'text/plain' }
    await expect(
      blobs.presignMultipart({ ...input, contentLength: 20 * MiB, partSize: MiB }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'partSize' }] },
    })
    await expect(
      blobs.presignMultipart({ ...input, contentLength: 60_000 * MiB, partSize: 5 * MiB }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      message: expect.stringContaining('12000 parts, more than the 10000 S3 allows'),
    })
  })
})
