// Issue 5 end to end on the local stack: real PDF, DOCX and HTML files uploaded through presigned
// URLs and ingested through S3 -> SQS -> the ingest function (inline) or the Step Functions
// workflow (large files), searched lexically and by vector, cited in a chat answer, deleted
// (bytes, chunks and vectors proven gone), dropped under the drop prefix, deduplicated by
// content, and a corrupt file failing with a reason.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import type { LocalStack } from '@chatter/local'
import { documentsBucket } from '@chatter/resources'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docxType, makeDocx, makeHtml, makePdf } from '../support/document-fixtures'
import { startTestStack } from '../support/local-stack'

const pdfSentence = 'The glacier observatory records ice thickness every Thursday at dawn.'
const docxSentence = 'Warehouse pallets are counted by the night shift before inventory closes.'
const htmlSentence = 'Our refund policy allows returns within thirty days of purchase.'
const dropSentence = 'Quarterly bonuses are paid in the second week of April.'

let stack: LocalStack
let dataDir: string
let token: string
let workspaceId: string

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
type Body = Record<string, any>

async function call(
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...extra },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body, text }
}

/** Creates the document, then sends the bytes as a browser would: to the presigned URL. */
async function upload(filename: string, contentType: string, bytes: Uint8Array, tags?: string[]) {
  const created = await call('POST', '/v1/documents', {
    filename,
    contentType,
    size: bytes.byteLength,
    ...(tags ? { tags } : {}),
  })
  expect(created.status, created.text).toBe(201)
  const { document, upload: target } = created.body
  expect(document.status).toBe('uploading')
  const put = await fetch(target.url, {
    method: target.method,
    headers: target.headers,
    body: bytes,
  })
  expect(put.status, await put.text()).toBe(200)
  return document as Body
}

/** Polls the document until it leaves `uploading`/`processing`, keeping every progress seen. */
async function settle(id: string, timeoutMs = 60_000) {
  const seen: Body[] = []
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { status, body } = await call('GET', `/v1/documents/${id}`)
    expect(status).toBe(200)
    seen.push(body)
    if (!['uploading', 'processing'].includes(body.status)) return { document: body, seen }
    if (Date.now() > deadline) throw new Error(`document ${id} stuck in ${body.status}`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

const search = (query: string, extra: Body = {}) => call('POST', '/v1/search', { query, ...extra })

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-documents-'))
  stack = await startTestStack(dataDir, {
    // Files over 4 KB take the Step Functions path; small batches so progress moves visibly.
    documents: { ingestion: { inlineMaxBytes: 4096, embedBatchSize: 2 } },
    // The test polls; a user's browser would too, but less eagerly than this.
    rateLimitPolicies: {
      default: { limit: 100_000, windowSeconds: 60, burst: 10_000, onContention: 'open' },
    },
  })
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'docs@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as Body).accessToken
  const me = await call('GET', '/v1/me')
  workspaceId = me.body.workspaces[0].id
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('documents and retrieval on the local stack', () => {
  const ids: Record<string, string> = {}

  it('ingests a PDF, a DOCX and an HTML page uploaded through presigned URLs', async () => {
    const longPdf = [
      'Introduction to the observatory and its staff.',
      pdfSentence,
      ...Array.from(
        { length: 6 },
        (_, i) => `Appendix ${i + 1}: ${'measurements and notes '.repeat(40)}`,
      ),
    ]
    const pdf = await upload('observatory.pdf', 'application/pdf', await makePdf(longPdf), [
      'science',
    ])
    const docx = await upload(
      'warehouse.docx',
      docxType,
      await makeDocx('Warehouse guide', [docxSentence, 'Forklifts are charged overnight.']),
      ['ops'],
    )
    const html = await upload('refunds.html', 'text/html', makeHtml('Refunds', [htmlSentence]))
    ids.pdf = pdf.id
    ids.docx = docx.id
    ids.html = html.id

    for (const id of [ids.pdf, ids.docx, ids.html]) {
      const { document, seen } = await settle(id as string)
      expect(document.status, document.error).toBe('ready')
      expect(document.chunkCount).toBeGreaterThan(0)
      expect(document.progress).toEqual({
        chunksDone: document.chunkCount,
        chunksTotal: document.chunkCount,
      })
      // Progress is visible while it runs, and never goes backwards.
      const done = seen.map((d) => d.progress.chunksDone)
      expect(done).toEqual([...done].sort((a, b) => a - b))
    }
    const pdfDocument = (await call('GET', `/v1/documents/${ids.pdf}`)).body
    expect(pdfDocument.ingestion.mode).toBe('workflow')
    expect(pdfDocument.pageCount).toBe(8)
    expect((await call('GET', `/v1/documents/${ids.html}`)).body.ingestion.mode).toBe('inline')
  }, 120_000)

  it('refuses bytes that differ from the declared size at the presigned URL', async () => {
    const created = await call('POST', '/v1/documents', {
      filename: 'notes.txt',
      contentType: 'text/plain',
      size: 5,
    })
    const { upload: target } = created.body
    const put = await fetch(target.url, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: 'much longer than five bytes',
    })
    expect(put.status).toBeGreaterThanOrEqual(400)
    expect((await call('GET', `/v1/documents/${created.body.document.id}`)).body.status).toBe(
      'uploading',
    )
  })

  it('finds a known sentence by lexical search and by vector search, naming document and page', async () => {
    const lexical = await search('glacier observatory thickness', { mode: 'lexical' })
    expect(lexical.status, lexical.text).toBe(200)
    expect(lexical.body.hits[0]).toMatchObject({ documentId: ids.pdf, page: 2 })
    expect(lexical.body.hits[0].text).toContain(pdfSentence)
    expect(lexical.body.hits[0].highlights.length).toBeGreaterThan(0)

    const vector = await search('ice thickness records at the glacier observatory', {
      mode: 'vector',
    })
    expect(vector.status).toBe(200)
    expect(vector.body.hits[0]).toMatchObject({ documentId: ids.pdf, page: 2 })

    const hybrid = await search('warehouse pallets night shift')
    expect(hybrid.body.hits[0].documentId).toBe(ids.docx)

    const filtered = await search('warehouse pallets night shift', {
      filter: { tags: ['science'] },
    })
    expect(filtered.body.hits.every((hit: Body) => hit.documentId === ids.pdf)).toBe(true)
  })

  it('answers a question citing the document and page it drew on', async () => {
    const conversation = await call('POST', '/v1/conversations', {})
    const response = await fetch(`${stack.url}/v1/conversations/${conversation.body.id}/messages`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({
        content: 'When does the glacier observatory record ice thickness?',
        retrieval: { enabled: true },
      }),
    })
    const stream = await response.text()
    const citations = stream
      .split('\n\n')
      .filter((frame) => frame.includes('event: citation'))
      .map((frame) => JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? '{}'))
    expect(citations[0]).toMatchObject({ documentId: ids.pdf, page: 2 })
    expect(typeof citations[0].score).toBe('number')
    expect(stream).toContain('Thursday')

    const shown = await call('GET', `/v1/conversations/${conversation.body.id}`)
    const answer = shown.body.messages.find((m: Body) => m.role === 'assistant')
    expect(answer.citations[0]).toMatchObject({ documentId: ids.pdf, page: 2 })
  })

  it('deletes a document with its bytes, chunks and vectors', async () => {
    const before = (await call('GET', `/v1/documents/${ids.docx}`)).body
    // The stored record names the file's key (the API view does not); it exists before.
    const stored = await stack.stores.documents.get(workspaceId, ids.docx as string)
    const head = () =>
      stack.services.clients.s3.send(
        new HeadObjectCommand({ Bucket: documentsBucket.localName, Key: stored?.blobKey }),
      )
    await expect(head()).resolves.toBeDefined()
    const deleted = await call('DELETE', `/v1/documents/${ids.docx}`)
    expect(deleted.status, deleted.text).toBe(200)
    expect(deleted.body.deleted).toMatchObject({
      chunks: before.chunkCount,
      vectors: before.chunkCount,
      blobs: 1,
    })
    expect((await call('GET', `/v1/documents/${ids.docx}`)).status).toBe(404)

    const [probe] = await stack.adapters.embedder.embed(['warehouse pallets'])
    const vectors = await stack.adapters.vectors.query(workspaceId, {
      vector: probe as number[],
      topK: 100,
      filter: { documentId: ids.docx as string },
    })
    expect(vectors).toEqual([])
    await expect(head()).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } })
    const lexical = await search('warehouse pallets night shift', { mode: 'lexical' })
    expect(lexical.body.hits.map((hit: Body) => hit.documentId)).not.toContain(ids.docx)
  })

  it('ingests a file dropped under the drop prefix as if it had been uploaded', async () => {
    await stack.services.clients.s3.send(
      new PutObjectCommand({
        Bucket: documentsBucket.localName,
        Key: `drop/${workspaceId}/hr/Bonuses.md`,
        Body: `# Bonuses\n\n${dropSentence}\n`,
      }),
    )
    const deadline = Date.now() + 30_000
    let dropped: Body | undefined
    while (!dropped && Date.now() < deadline) {
      const list = await call('GET', '/v1/documents?limit=100')
      dropped = list.body.items.find((d: Body) => d.filename === 'Bonuses.md')
      if (!dropped) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(dropped).toMatchObject({ source: 'drop', contentType: 'text/markdown' })
    const { document } = await settle(dropped?.id)
    expect(document.status).toBe('ready')
    const found = await search('quarterly bonuses April', { mode: 'lexical' })
    expect(found.body.hits[0].documentId).toBe(dropped?.id)
  })

  it('makes no duplicate chunks when the same bytes are uploaded twice', async () => {
    const vectorsBefore = await countVectors()
    const again = await upload(
      'refunds-copy.html',
      'text/html',
      makeHtml('Refunds', [htmlSentence]),
    )
    const { document } = await settle(again.id)
    expect(document).toMatchObject({ status: 'duplicate', duplicateOf: ids.html, chunkCount: 0 })
    expect(await countVectors()).toBe(vectorsBefore)
    const hits = (await search('refund policy thirty days', { mode: 'lexical' })).body.hits
    expect(hits.filter((hit: Body) => hit.text.includes('refund policy'))).toHaveLength(1)
  })

  it('ends a corrupt file as failed with a readable reason', async () => {
    const corrupt = await upload(
      'broken.pdf',
      'application/pdf',
      new TextEncoder().encode('%PDF-1.7 this is not really a PDF'),
    )
    const { document } = await settle(corrupt.id)
    expect(document.status).toBe('failed')
    expect(document.error).toMatch(/not a valid PDF/)
  })
})

async function countVectors(): Promise<number> {
  const [probe] = await stack.adapters.embedder.embed(['refund policy'])
  const matches = await stack.adapters.vectors.query(workspaceId, {
    vector: probe as number[],
    topK: 10_000,
  })
  return matches.length
}
