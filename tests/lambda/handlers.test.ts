import { Writable } from 'node:stream'
import { Logger } from '@aws-lambda-powertools/logger'
import {
  DomainError,
  type IngestionPorts,
  type IngestQueueCommand,
  ingestStoredObject,
  type StoredObject,
} from '@chatter/core'
import {
  HashingEmbedder,
  InMemoryBlobs,
  InMemoryDocumentJobs,
  InMemoryDocuments,
  InMemoryLexical,
  InMemoryVectors,
} from '@chatter/core/testing'
import { createIngestHandler, type RecordAttempt } from '@chatter/lambda'
import { ingestQueue } from '@chatter/resources'
import type { APIGatewayProxyResultV2, Context, SQSEvent, SQSRecord } from 'aws-lambda'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { streamMetadata } from '../setup/lambda-streaming'
import { httpEvent, lambdaEnvironment } from './api-gateway-events'

const context = { awsRequestId: 'lambda-request-1', functionName: 'chatter-api' } as Context
type ApiHandler = (event: unknown, context: Context) => Promise<APIGatewayProxyResultV2 & object>

describe('the Lambda entry points', () => {
  let api: ApiHandler
  beforeAll(async () => {
    for (const [name, value] of Object.entries(lambdaEnvironment)) vi.stubEnv(name, value)
    api = (await import('../../functions/api')).handler as unknown as ApiHandler
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('answers an API Gateway v2 event through the Hono app', async () => {
    const result = await api(httpEvent('GET', '/healthz'), context)
    expect(result).toMatchObject({ statusCode: 200 })
    expect(JSON.parse(String(result.body))).toEqual({ status: 'ok' })
    expect(result.headers?.['x-request-id']).toBeTruthy()
  })

  it('answers an unknown route with problem+json, not a stack trace', async () => {
    const result = await api(httpEvent('POST', '/v1/nowhere', { body: '{' }), context)
    expect(result.statusCode).toBe(404)
    expect(result.headers?.['content-type']).toBe('application/problem+json')
    expect(JSON.parse(String(result.body))).toMatchObject({
      code: 'route.notFound',
      instance: '/v1/nowhere',
    })
  })

  it('allows CORS only from the configured origin', async () => {
    const event = httpEvent('OPTIONS', '/healthz', {
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' },
    })
    const result = await api(event, context)
    expect(result.headers?.['access-control-allow-origin']).toBe('https://app.example.com')
  })

  it('streams the same app from the function URL handler', async () => {
    const stream = (await import('../../functions/stream')).handler as unknown as (
      event: unknown,
      responseStream: Writable,
      context: Context,
    ) => Promise<void>
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk))
        done()
      },
    })
    await stream(httpEvent('GET', '/healthz'), sink, context)
    expect(streamMetadata.get(sink)).toMatchObject({ statusCode: 200 })
    expect(JSON.parse(Buffer.concat(chunks).toString())).toEqual({ status: 'ok' })
  })

  it('fails fast at cold start, naming the missing variable', async () => {
    vi.resetModules()
    vi.stubEnv('TABLE_NAME', '')
    await expect(import('../../functions/api')).rejects.toThrow(
      /TABLE_NAME is required but not set/,
    )
  })
})

const silent = () => new Logger({ serviceName: 'chatter-test', logLevel: 'SILENT' })

const sqsRecord = (messageId: string, body: unknown, receiveCount = 1): SQSRecord => ({
  messageId,
  receiptHandle: `receipt-${messageId}`,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  attributes: {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: '0',
    SenderId: 'sender',
    ApproximateFirstReceiveTimestamp: '0',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:chatter-ingest',
  awsRegion: 'us-east-1',
})

const s3Notification = (key: string) => ({
  Records: [
    {
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'docs' }, object: { key, size: 64, eTag: 'etag-1' } },
    },
  ],
})

const batchOf = (...records: SQSRecord[]): SQSEvent => ({ Records: records })
const ingestContext = {
  ...context,
  functionName: 'chatter-ingest',
  getRemainingTimeInMillis: () => 42_000,
} as Context

/** In-memory ingestion whose extractor reads text, refuses `%CORRUPT` files and can fail. */
function ingestionPorts() {
  const ports: IngestionPorts = {
    documents: new InMemoryDocuments(),
    blobs: new InMemoryBlobs(),
    vectors: new InMemoryVectors(),
    lexical: new InMemoryLexical(),
    embedder: new HashingEmbedder(),
    jobs: new InMemoryDocumentJobs(),
    extract: async ({ bytes }) => {
      const text = new TextDecoder().decode(bytes)
      if (text.startsWith('%CORRUPT'))
        throw new DomainError('document.unreadable', 'The file is damaged.')
      return { format: 'text', pages: [{ number: 1, text }], sections: [] }
    },
    settings: { inlineMaxBytes: 1_000_000, embedBatchSize: 8 },
  }
  return ports
}

describe('the ingest queue consumer', () => {
  it('hands commands and stored objects over with the delivery attempt', async () => {
    const commands: [IngestQueueCommand, RecordAttempt][] = []
    const objects: [StoredObject, RecordAttempt][] = []
    const handler = createIngestHandler({
      logger: silent(),
      onCommand: async (command, attempt) => commands.push([command, attempt]),
      onStoredObject: async (object, attempt) => objects.push([object, attempt]),
    })
    const command = { kind: 'document.ingest', workspaceId: 'ws_1', documentId: 'doc_1' }
    const last = ingestQueue.deadLetter.maxReceiveCount

    const result = await handler(
      batchOf(
        sqsRecord('m1', command, 1),
        sqsRecord('m2', s3Notification('drop/ws_1/notes.txt'), last),
      ),
      ingestContext,
    )

    expect(result).toEqual({ batchItemFailures: [] })
    expect(commands).toHaveLength(1)
    expect(commands[0]?.[0]).toEqual(command)
    expect(commands[0]?.[1]).toMatchObject({ receiveCount: 1, finalAttempt: false })
    expect(commands[0]?.[1].remainingMs()).toBe(42_000)
    expect(objects[0]?.[0]).toMatchObject({ key: 'drop/ws_1/notes.txt', source: 'drop' })
    expect(objects[0]?.[1]).toMatchObject({ receiveCount: last, finalAttempt: true })
  })

  it('reports a transient failure for retry and consumes a file that can never be read', async () => {
    const ports = ingestionPorts()
    ports.embedder.embed = async () => {
      throw new Error('Bedrock is throttling')
    }
    await ports.blobs.put('drop/ws_1/good.txt', 'A heron stands in the pond.')
    await ports.blobs.put('drop/ws_1/bad.txt', '%CORRUPT')
    const handler = createIngestHandler({
      logger: silent(),
      onCommand: async () => undefined,
      onStoredObject: (object, attempt) => ingestStoredObject(ports, object, attempt),
    })

    const result = await handler(
      batchOf(
        sqsRecord('transient', s3Notification('drop/ws_1/good.txt')),
        sqsRecord('permanent', s3Notification('drop/ws_1/bad.txt')),
        sqsRecord('garbage', 'not json'),
      ),
      ingestContext,
    )

    expect(result.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([
      'garbage',
      'transient',
    ])
    const byName = async (name: string) =>
      (await ports.documents.list('ws_1', { limit: 10 })).items.find((d) => d.filename === name)
    expect(await byName('bad.txt')).toMatchObject({
      status: 'failed',
      error: 'The file is damaged.',
    })
    expect((await byName('good.txt'))?.status).toBe('processing')
  })

  it('marks the document failed on the final attempt before the message dead-letters', async () => {
    const ports = ingestionPorts()
    ports.embedder.embed = async () => {
      throw new Error('Bedrock is throttling')
    }
    await ports.blobs.put('drop/ws_1/good.txt', 'A heron stands in the pond.')
    const handler = createIngestHandler({
      logger: silent(),
      onCommand: async () => undefined,
      onStoredObject: (object, attempt) => ingestStoredObject(ports, object, attempt),
    })
    const last = ingestQueue.deadLetter.maxReceiveCount

    const result = await handler(
      batchOf(
        sqsRecord('final', s3Notification('drop/ws_1/good.txt'), last),
        sqsRecord('test-event', { Event: 's3:TestEvent' }),
      ),
      ingestContext,
    )

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'final' }])
    const [document] = (await ports.documents.list('ws_1', { limit: 10 })).items
    expect(document).toMatchObject({
      status: 'failed',
      error: `Ingestion failed after ${last} attempts: Bedrock is throttling`,
    })
  })
})
