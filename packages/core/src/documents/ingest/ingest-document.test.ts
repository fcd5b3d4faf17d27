import { describe, expect, it } from 'vitest'
import { RecordingEvents } from '../../events/publish'
import { ingestDocument } from './ingest-document'
import { ingestWorld, paragraphs, workspaceId } from './ingest-fixture'
import { ingestStoredObject } from './ingest-stored-object'

const ids = (documentId: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${documentId}:${i}`)

describe('ingestDocument', () => {
  it('takes a small markdown upload from uploading to ready, searchable everywhere', async () => {
    const { ports, upload, state } = ingestWorld()
    const { document, object } = await upload(`# Field guide\n\n${paragraphs(10)}`)
    expect(document.status).toBe('uploading')

    await ingestStoredObject(ports, object)

    const after = await state(document.id)
    const count = after.document.chunkCount
    expect(count).toBeGreaterThan(ports.settings.embedBatchSize)
    expect(after.document).toMatchObject({
      status: 'ready',
      progress: { chunksDone: count, chunksTotal: count },
      title: 'Field guide',
      format: 'markdown',
      pageCount: 1,
      ingestion: { mode: 'inline' },
    })
    expect(after.document.readyAt).toBeDefined()
    expect(after.document.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(after.chunks.map((c) => c.index)).toEqual([...Array(count).keys()])
    expect(after.vectorIds.sort()).toEqual(ids(document.id, count).sort())
    expect(after.lexicalIds.sort()).toEqual(ids(document.id, count).sort())
    expect(Math.max(...ports.embedder.calls)).toBeLessThanOrEqual(ports.settings.embedBatchSize)
    const [match] = await ports.vectors.query(workspaceId, {
      vector: (await ports.embedder.embed(['heron number3']))[0] ?? [],
      topK: 1,
      includeMetadata: true,
    })
    expect(match?.metadata).toMatchObject({
      documentId: document.id,
      tags: ['guide'],
      contentType: 'text/markdown',
      filename: 'notes.md',
      page: 1,
    })
    expect(typeof match?.metadata?.createdAt).toBe('number')
  })

  it('does nothing the second time the same event arrives', async () => {
    const { ports, upload, state } = ingestWorld()
    const { document, object } = await upload(paragraphs(6))
    await ingestStoredObject(ports, object)
    const first = await state(document.id)
    const embedCalls = ports.embedder.calls.length

    await ingestStoredObject(ports, object)

    expect(await state(document.id)).toEqual(first)
    expect(ports.embedder.calls.length).toBe(embedCalls)
  })

  it('makes the same bytes uploaded again a duplicate of the first, with no chunks of its own', async () => {
    const { ports, upload, state } = ingestWorld()
    const original = await upload(paragraphs(6))
    await ingestStoredObject(ports, original.object)
    const copy = await upload(paragraphs(6), { filename: 'copy.md' })

    await ingestStoredObject(ports, copy.object)

    const after = await state(copy.document.id)
    expect(after.document).toMatchObject({
      status: 'duplicate',
      duplicateOf: original.document.id,
      chunkCount: 0,
    })
    expect(after.chunks).toEqual([])
    expect(ports.vectors.ids(workspaceId).every((id) => id.startsWith(original.document.id))).toBe(
      true,
    )
  })

  it('lets a new upload take over the bytes of a document that failed', async () => {
    const { ports, upload, state } = ingestWorld()
    const first = await upload(paragraphs(3))
    await ingestStoredObject(ports, first.object)
    await ports.documents.update(workspaceId, first.document.id, { status: 'failed' })
    const second = await upload(paragraphs(3))

    await ingestStoredObject(ports, second.object)

    expect((await state(second.document.id)).document.status).toBe('ready')
  })

  it('fails an unreadable file with the reason and resolves (no retry)', async () => {
    const { ports, upload, state } = ingestWorld()
    const { document, object } = await upload('%CORRUPT bytes')

    await expect(ingestStoredObject(ports, object)).resolves.toBeUndefined()

    const after = await state(document.id)
    expect(after.document).toMatchObject({
      status: 'failed',
      error: 'The file is damaged and could not be read.',
      chunkCount: 0,
    })
    expect(after.chunks).toEqual([])
  })

  it('tells the platform when a document is ready and when one failed', async () => {
    const { ports, upload } = ingestWorld()
    const events = new RecordingEvents()
    const good = await upload(paragraphs(2))
    const bad = await upload('%CORRUPT bytes', { filename: 'broken.md' })

    await ingestStoredObject({ ...ports, events }, good.object)
    await ingestStoredObject({ ...ports, events }, bad.object)

    expect(events.of('document.ready').map((event) => event.data)).toEqual([
      {
        documentId: good.document.id,
        filename: 'notes.md',
        tags: ['guide'],
        chunkCount: expect.any(Number),
      },
    ])
    expect(events.of('document.failed').map((event) => event.data)).toEqual([
      {
        documentId: bad.document.id,
        filename: 'broken.md',
        error: 'The file is damaged and could not be read.',
      },
    ])
  })

  it('fails a document whose file is gone', async () => {
    const { ports, upload, state } = ingestWorld()
    const { document } = await upload(paragraphs(2))
    await ports.blobs.delete(document.blobKey)

    await ingestDocument(ports, workspaceId, document.id)

    expect((await state(document.id)).document).toMatchObject({
      status: 'failed',
      error: 'The uploaded file was not found.',
    })
  })

  it('rethrows a transient failure and leaves the document processing for the retry', async () => {
    const { ports, upload, state } = ingestWorld()
    ports.embedder.embed = async () => {
      throw new Error('Bedrock is throttling\n    at embed (bedrock.js:1:1)')
    }
    const { document } = await upload(paragraphs(6))

    await expect(
      ingestDocument(ports, workspaceId, document.id, { receiveCount: 1, finalAttempt: false }),
    ).rejects.toThrow('Bedrock is throttling')
    expect((await state(document.id)).document.status).toBe('processing')

    await expect(
      ingestDocument(ports, workspaceId, document.id, { receiveCount: 3, finalAttempt: true }),
    ).rejects.toThrow('Bedrock is throttling')
    const after = await state(document.id)
    expect(after.document).toMatchObject({
      status: 'failed',
      error: 'Ingestion failed after 3 attempts: Bedrock is throttling',
      chunkCount: 0,
    })
    expect(after.chunks).toEqual([])
  })

  it('hands a large document to the state machine once, under a deterministic name', async () => {
    const { ports, runner, upload, state } = ingestWorld({
      workflows: true,
      settings: { inlineMaxBytes: 10 },
    })
    const { document, object } = await upload(paragraphs(6))

    await ingestStoredObject(ports, object)
    await ingestStoredObject(ports, object)

    const after = await state(document.id)
    expect(runner.starts).toEqual([
      {
        stateMachine: 'chatter-ingest',
        input: { document: { workspaceId, documentId: document.id } },
        name: `${document.id}-${after.document.contentHash?.slice(0, 16)}`,
      },
    ])
    expect(after.document).toMatchObject({
      status: 'processing',
      ingestion: { mode: 'workflow', executionArn: expect.stringContaining(document.id) },
    })
    expect(after.chunks).toEqual([])
    expect(ports.embedder.calls).toEqual([])
  })

  it('trims the chunks a longer earlier version left when reprocessed with fewer', async () => {
    const { ports, upload, state } = ingestWorld()
    const { document } = await upload(paragraphs(12))
    await ingestDocument(ports, workspaceId, document.id)
    const before = (await state(document.id)).document.chunkCount
    await ports.blobs.put(document.blobKey, paragraphs(3, 'otter'))

    await ingestDocument(ports, workspaceId, document.id)

    const after = await state(document.id)
    expect(after.document.chunkCount).toBeLessThan(before)
    expect(after.chunks).toHaveLength(after.document.chunkCount)
    expect(after.vectorIds.sort()).toEqual(ids(document.id, after.document.chunkCount).sort())
    expect(after.lexicalIds).toHaveLength(after.document.chunkCount)
    expect(after.chunks.every((c) => c.text.includes('otter'))).toBe(true)
  })

  it('leaves nothing behind when the document is deleted during ingestion', async () => {
    const { ports, upload, state } = ingestWorld()
    const { document } = await upload(paragraphs(10))
    const embed = ports.embedder.embed.bind(ports.embedder)
    ports.embedder.embed = async (texts) => {
      await ports.documents.delete(workspaceId, document.id)
      return embed(texts)
    }

    await expect(ingestDocument(ports, workspaceId, document.id)).resolves.toBeUndefined()

    const after = await state(document.id)
    expect(after.document).toBeUndefined()
    expect(after.chunks).toEqual([])
    expect(after.vectorIds).toEqual([])
    expect(after.lexicalIds).toEqual([])
    expect(ports.documents.hashes.size).toBe(0)
  })
})
