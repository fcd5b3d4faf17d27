import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs'
import {
  createS3Client,
  createS3Probe,
  createSqsClient,
  S3BlobStore,
  SqsMessageQueue,
} from '@chatter/aws'
import { checkReadiness } from '@chatter/core'
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const bucket = documentsBucket.localName
let directory: string
let s3: LocalS3Server
let sqs: LocalSqsServer
let s3Client: ReturnType<typeof createS3Client>
let sqsClient: SQSClient
let blobs: S3BlobStore
let bridge: S3EventBridge
let poller: SqsPoller
let queueUrl: string
/** Every S3 record the ingest handler has been given, in order. */
const received: S3EventRecord[] = []

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'chatter-s3-'))
  s3 = await startS3Server({ directory, buckets: [{ name: bucket, cors: documentsBucket.cors }] })
  sqs = await startSqsServer()
  const { region, credentials } = local
  s3Client = createS3Client({ region, endpoint: s3.endpoint, forcePathStyle: true, credentials })
  sqsClient = createSqsClient({ region, endpoint: sqs.endpoint, credentials })
  blobs = new S3BlobStore(s3Client, bucket)
  const queues = await ensureQueues(sqsClient, ingestQueue)
  queueUrl = queues.queueUrl
  bridge = bridgeS3EventsToQueue({
    source: s3.server,
    queue: new SqsMessageQueue(sqsClient, queueUrl),
    bucket,
    prefixes: documentsBucket.ingestPrefixes,
  })
  poller = startSqsPoller({
    client: sqsClient,
    queueUrl,
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

async function until<T>(
  find: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await find()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

async function queueDepth(): Promise<number> {
  const { Attributes = {} } = await sqsClient.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] }),
  )
  return (
    Number(Attributes.ApproximateNumberOfMessages) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  )
}

/** Length and SHA-256 of some bytes: comparing megabytes with toEqual takes seconds. */
const digest = (bytes: Uint8Array | undefined) =>
  bytes && `${bytes.byteLength} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`

/** How S3's own documentation tells a Lambda to read a key from an event. */
const decodeKey = (key: string) => decodeURIComponent(key.replace(/\+/g, ' '))
const recordFor = (key: string) =>
  until(() => received.find((record) => decodeKey(record.s3.object.key) === key))

describe('presigned upload -> S3 notification -> ingest queue -> handler', () => {
  const key = 'uploads/ws-1/doc-1/Q3 report – é.pdf'
  const body = randomBytes(1_536 * 1024)

  it('delivers an S3 event naming the bucket and the URL-encoded key; the bytes read back intact', async () => {
    const upload = await blobs.presignPut({
      key,
      contentType: 'application/pdf',
      contentLength: body.byteLength,
    })
    const response = await fetch(upload.url, {
      method: upload.method,
      headers: upload.headers,
      body,
    })
    expect(response.status).toBe(200)

    const record = await recordFor(key)
    expect(record).toMatchObject({
      eventSource: 'aws:s3',
      awsRegion: local.region,
      eventName: 'ObjectCreated:Put',
      s3: {
        bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
        object: {
          key: 'uploads/ws-1/doc-1/Q3+report+%E2%80%93+%C3%A9.pdf',
          size: body.byteLength,
          eTag: createHash('md5').update(body).digest('hex'),
        },
      },
    })
    expect(digest(await blobs.get(key))).toBe(digest(body))

    const download = await blobs.presignGet({ key, filename: 'Q3 report – é.pdf' })
    const downloaded = await fetch(download.url)
    expect(downloaded.headers.get('content-type')).toBe('application/pdf')
    expect(downloaded.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Q3%20report%20%E2%80%93%20%C3%A9.pdf",
    )
    expect(digest(new Uint8Array(await downloaded.arrayBuffer()))).toBe(digest(body))
  })

  it('refuses a presigned PUT whose content type or size differs from the declared one', async () => {
    const refusedKey = 'uploads/ws-1/doc-2/refused.pdf'
    const small = randomBytes(1_000)
    const upload = await blobs.presignPut({
      key: refusedKey,
      contentType: 'application/pdf',
      contentLength: small.byteLength,
    })
    const otherType = await fetch(upload.url, {
      method: 'PUT',
      headers: { ...upload.headers, 'content-type': 'text/html' },
      body: small,
    })
    const biggerBody = await fetch(upload.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: randomBytes(2_000),
    })
    expect([otherType.status, biggerBody.status]).toEqual([403, 403])
    expect(await otherType.text()).toContain('<Code>SignatureDoesNotMatch</Code>')
    expect(await blobs.exists(refusedKey)).toBe(false)
  })

  it('answers the CORS preflight a browser sends before a presigned PUT', async () => {
    const upload = await blobs.presignPut({
      key: 'uploads/ws-1/doc-3/a.txt',
      contentType: 'text/plain',
      contentLength: 1,
    })
    const preflight = await fetch(upload.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(200)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT')
  })

  it('sends nothing for objects outside the ingest prefixes', async () => {
    await blobs.put('blobs/ws-1/message-1.txt', 'not a document', { contentType: 'text/plain' })
    await blobs.put('drop/ws-1/notes.txt', 'dropped', { contentType: 'text/plain' })
    await recordFor('drop/ws-1/notes.txt')
    // Every notification already emitted is now in the queue; wait until the poller drained it.
    await bridge.flush()
    await until(async () => ((await queueDepth()) === 0 ? true : undefined))
    expect(await blobs.exists('blobs/ws-1/message-1.txt')).toBe(true)
    expect(received.map((record) => decodeKey(record.s3.object.key))).not.toContain(
      'blobs/ws-1/message-1.txt',
    )
  })
})

describe('S3BlobStore on s3rver', () => {
  it('round-trips a large body byte for byte, and reports missing keys', async () => {
    const body = randomBytes(1_200 * 1024 + 7)
    await blobs.put('blobs/ws-1/large.bin', body)
    expect(digest(await blobs.get('blobs/ws-1/large.bin'))).toBe(digest(body))
    expect(await blobs.exists('blobs/ws-1/large.bin')).toBe(true)
    await blobs.delete('blobs/ws-1/large.bin')
    expect(await blobs.get('blobs/ws-1/large.bin')).toBeUndefined()
    expect(await blobs.exists('blobs/ws-1/large.bin')).toBe(false)
  })

  // s3rver encrypts continuation tokens with DES, which OpenSSL 3 only offers through its legacy
  // provider: vitest.config.ts passes --openssl-legacy-provider to the workers, as `npm start` does.
  it('lists page by page with continuation tokens', async () => {
    const keys = ['reports/ws-9/a.txt', 'reports/ws-9/b.txt', 'reports/ws-9/c.txt']
    for (const key of keys) await blobs.put(key, key)
    const listed: string[] = []
    let token: string | undefined
    do {
      // ListObjectsV2 over plain HTTP: s3rver accepts unsigned requests.
      const query = new URLSearchParams({
        'list-type': '2',
        prefix: 'reports/ws-9/',
        'max-keys': '1',
      })
      if (token) query.set('continuation-token', token)
      const response = await fetch(`${s3.endpoint}/${bucket}?${query}`)
      const xml = await response.text()
      expect(response.status, xml).toBe(200)
      listed.push(...[...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => match[1] ?? ''))
      token = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1]
    } while (token)
    expect(listed).toEqual(keys)
  })
})

describe('s3 probe', () => {
  it('is ok for the bucket and down for a missing bucket or a stopped server', async () => {
    const other = await startS3Server({ directory, buckets: [] })
    await other.stop()
    const stoppedClient = createS3Client({
      region: local.region,
      endpoint: other.endpoint,
      forcePathStyle: true,
      credentials: local.credentials,
    })
    const { checks } = await checkReadiness(
      [
        createS3Probe(s3Client, bucket),
        createS3Probe(s3Client, 'no-such-bucket'),
        createS3Probe(stoppedClient, bucket),
      ],
      { timeoutMs: 3_000 },
    )
    expect(checks.map((check) => check.status)).toEqual(['ok', 'down', 'down'])
    expect(checks[1]?.error).toBe('bucket "no-such-bucket" does not exist')
    expect(checks[2]?.error).not.toContain(other.endpoint)
    stoppedClient.destroy()
  })
})
