// Fault: an ingest worker that throws mid-batch, end to end on the local stack (S3 -> SQS ->
// poller -> the ingest handler Lambda runs). Unit-level twins: tests/integration/sqs-poller.test.ts
// ('retries only reported failures, deletes the rest...', with a scripted handler) and
// packages/core/src/documents/ingest/ingest-document.test.ts (ingestion against fakes). Here the
// real handler, queue and stores run, and the failure comes from inside ingestion itself.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs'
import { chunkDocument, chunkId } from '@chatter/core'
import { extractText } from '@chatter/extraction'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeHtml } from '../support/document-fixtures'
import { startTestStack } from '../support/local-stack'
import { RecordingLogger } from './support/recording-logger'
import { registerUser, type StackUser, until } from './support/stack-client'
import { startWebhookReceiver } from './support/webhook-receiver'

let stack: LocalStack
let dataDir: string
let user: StackUser
const logger = new RecordingLogger()
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>

/** An HTML page long enough for several chunks, every paragraph naming `word`. */
const page = (word: string) =>
  makeHtml(
    `${word} handbook`,
    Array.from(
      { length: 14 },
      (_, i) =>
        `Section ${i + 1} of the ${word} handbook: ${'the team reviews shipments, invoices and rosters each morning '.repeat(6)}`,
    ),
  )

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-faults-ingest-'))
  stack = await startTestStack(dataDir, {
    logger,
    // Two chunks per embedding call: a document's failure lands after some of it was written.
    documents: { ingestion: { embedBatchSize: 2 } },
    rateLimitPolicies: {
      default: { limit: 100_000, windowSeconds: 60, burst: 10_000, onContention: 'open' },
    },
  })
  // A failed record comes back after the queue's visibility timeout: seconds here, not minutes.
  await stack.services.clients.sqs.send(
    new SetQueueAttributesCommand({
      QueueUrl: stack.endpoints.ingestQueueUrl,
      Attributes: { VisibilityTimeout: '5' },
    }),
  )
  user = await registerUser(stack.url, 'ingest-faults@example.com')
  const hook = await user.call('POST', '/v1/webhooks', {
    url: receiver.url,
    events: ['document.ready'],
    secret: 'whsec_reliability-receiver-secret',
  })
  expect(hook.status).toBe(201)
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await receiver?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

async function create(filename: string, bytes: Uint8Array) {
  const { status, body } = await user.call('POST', '/v1/documents', {
    filename,
    contentType: 'text/html',
    size: bytes.byteLength,
  })
  expect(status).toBe(201)
  const put = (target = body.upload) =>
    fetch(target.url, { method: target.method, headers: target.headers, body: bytes })
  return { id: body.document.id as string, put }
}

const queueDepth = async (QueueUrl: string) => {
  const { Attributes = {} } = await stack.services.clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }),
  )
  return (
    Number(Attributes.ApproximateNumberOfMessages) +
    Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  )
}

describe('an ingest worker that throws mid-batch', () => {
  it('retries only the failed record, and every document becomes ready exactly once', async () => {
    const names = ['alpha', 'bravo', 'charlie', 'delta']
    const pages = Object.fromEntries(names.map((name) => [name, page(name)]))
    // A worker busy with another file holds the poller, so the four uploads queue up and
    // arrive together in its next batch, as they would at Lambda's batching window.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const embedder = stack.adapters.embedder
    const embed = embedder.embed.bind(embedder)
    let bravoCalls = 0
    embedder.embed = async (texts, signal, options) => {
      if (texts.some((text) => text.includes('blocker'))) await held
      // bravo's second embedding call fails once: its first chunks are already stored.
      if (texts.some((text) => text.includes('bravo')) && ++bravoCalls === 2)
        throw new Error('the embedding endpoint reset the connection')
      return embed(texts, signal, options)
    }

    const blocker = await create('blocker.html', page('blocker'))
    expect((await blocker.put()).status).toBe(200)
    await until('the blocker in flight', () =>
      logger.linesOf('stored object received').length > 0 ? true : undefined,
    )
    const documents = await Promise.all(names.map((name) => create(`${name}.html`, pages[name]!)))
    for (const put of await Promise.all(documents.map((document) => document.put())))
      expect(put.status).toBe(200)
    await until('the four notifications queued', async () =>
      (await queueDepth(stack.endpoints.ingestQueueUrl)) >= 5 ? true : undefined,
    )
    release()

    const settled = await until('every document settled', async () => {
      const read = await Promise.all(
        [blocker, ...documents].map(({ id }) => user.call('GET', `/v1/documents/${id}`)),
      )
      const bodies = read.map(({ body }) => body)
      return bodies.every((d) => d.status === 'ready' || d.status === 'failed') ? bodies : undefined
    })
    expect(settled.map((d) => d.status)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready'])

    // Deliveries as the ingest function logged them: bravo twice (its retry), the others once.
    const received = logger.linesOf('stored object received')
    const deliveriesOf = ({ id }: { id: string }) =>
      received.filter((line) => String(line.attributes.key).includes(`/${id}/`))
    const byName = Object.fromEntries(names.map((name, i) => [name, documents[i]!]))
    for (const name of names) {
      const counts = deliveriesOf(byName[name]!).map((line) => line.attributes.receiveCount)
      expect(counts, name).toEqual(name === 'bravo' ? [1, 2] : [1])
    }
    expect(deliveriesOf(blocker)).toHaveLength(1)
    const firstBatch = new Set(names.map((name) => deliveriesOf(byName[name]!)[0]?.invocation))
    expect(firstBatch.size).toBe(1)
    expect(bravoCalls).toBeGreaterThan(2)

    // One set of chunks each, as many as the file gives when ingested without a fault.
    for (const name of names) {
      const bytes = pages[name]!
      const extracted = await extractText({ bytes, contentType: 'text/html', filename: 'x.html' })
      const expected = chunkDocument(extracted).length
      expect(expected).toBeGreaterThan(2)
      const document = settled[names.indexOf(name) + 1]!
      expect(document.chunkCount, name).toBe(expected)
      expect(document.progress).toEqual({ chunksDone: expected, chunksTotal: expected })
      const vectors = await stack.adapters.vectors.query(user.workspaceId, {
        vector: (await embed([`${name} handbook`]))[0]!,
        topK: 1000,
        filter: { documentId: { $eq: document.id } },
      })
      expect(vectors.map((v) => v.id).sort(), name).toEqual(
        Array.from({ length: expected }, (_, i) => chunkId(document.id, i)).sort(),
      )
    }

    // One document.ready event per document reached the customer's endpoint, and no more.
    await until('five document.ready deliveries', () =>
      receiver.eventsOf('document.ready').length >= 5 ? true : undefined,
    )
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const ready = receiver.eventsOf('document.ready').map((event) => event.data.documentId)
    expect(ready.sort()).toEqual(settled.map((d) => d.id).sort())
    expect(await queueDepth(stack.endpoints.ingestQueueUrl)).toBe(0)
    expect(await queueDepth(stack.endpoints.ingestDeadLetterQueueUrl)).toBe(0)
  }, 90_000)
})
