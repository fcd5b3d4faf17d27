import { randomUUID } from 'node:crypto'
import {
  DynamoDocumentJobRepository,
  DynamoDocumentRepository,
  DynamoLexicalSnapshotPointers,
  DynamoSearchHistory,
  DynamoWorkspaceRepository,
} from '@chatter/aws'
import { chunkId, type DocumentRecord, type NewDocument, type StoredChunk } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const documents = new DynamoDocumentRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<NewDocument> = {}) =>
    documents.create({
      id: `doc_${randomUUID()}`,
      workspaceId,
      filename: 'report.pdf',
      contentType: 'application/pdf',
      size: 1_024,
      tags: [],
      status: 'uploading',
      progress: { chunksDone: 0, chunksTotal: 0 },
      source: 'upload',
      blobKey: `uploads/${workspaceId}/report.pdf`,
      chunkCount: 0,
      createdBy: 'usr_ada',
      ...overrides,
    })
  /** Every document the list shows for the query, walked page by page. */
  const listed = async (workspaceId: string, query: { status?: 'ready'; tag?: string } = {}) =>
    (await walkPages((page) => documents.list(workspaceId, { ...query, ...page }), 100))
      .flatMap((page) => page.items)
      .map((document) => document.filename)
  const items = () => scanAll(fresh.document, fresh.tableName)
  return { ...fresh, documents, create, listed, items }
}

const chunk = (documentId: string, index: number, extra: Partial<StoredChunk> = {}) => ({
  documentId,
  index,
  text: `Passage ${index} of ${documentId}.`,
  page: 1 + Math.floor(index / 10),
  tokenCount: 5,
  ...extra,
})

describe('DynamoDocumentRepository', () => {
  it('stores every field as given and refuses a second document with the same id', async () => {
    const { documents, create } = await setup()
    const minimal = await create('ws_a')
    expect(minimal.createdAt).toBe('2025-01-01T00:00:01.000Z')
    await expect(documents.get('ws_a', minimal.id)).resolves.toEqual(minimal)
    const full = await create('ws_a', {
      filename: 'Übersicht 2025.docx',
      tags: ['finance', 'q1'],
      status: 'ready',
      progress: { chunksDone: 12, chunksTotal: 12 },
      source: 'drop',
      contentHash: 'ab'.repeat(32),
      title: 'Overview',
      format: 'docx',
      pageCount: 3,
      chunkCount: 12,
      ingestion: { mode: 'workflow', executionArn: 'arn:x', startedAt: '2025-01-01T00:00:00Z' },
      createdBy: 'system:drop',
      readyAt: '2025-01-01T00:00:05.000Z',
    })
    await expect(documents.get('ws_a', full.id)).resolves.toEqual(full)
    await expect(create('ws_a', { id: full.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(documents.get('ws_a', full.id)).resolves.toEqual(full)
  })

  it('lists newest first across pages, by status and by tag', async () => {
    const { documents, create, listed } = await setup()
    const made: DocumentRecord[] = []
    for (let i = 0; i < 5; i++)
      made.push(
        await create('ws_a', {
          filename: `d${i}`,
          status: i % 2 === 0 ? 'ready' : 'processing',
          tags: i < 3 ? ['finance'] : ['legal'],
        }),
      )
    await create('ws_b', { filename: 'other', status: 'ready', tags: ['finance'] })
    const pages = await walkPages((page) => documents.list('ws_a', page), 2)
    expect(pages.map((page) => page.items.map((d) => d.filename))).toEqual([
      ['d4', 'd3'],
      ['d2', 'd1'],
      ['d0'],
    ])
    expect(await listed('ws_a', { status: 'ready' })).toEqual(['d4', 'd2', 'd0'])
    expect(await listed('ws_a', { tag: 'finance' })).toEqual(['d2', 'd1', 'd0'])
    expect(await listed('ws_a', { tag: 'finance', status: 'ready' })).toEqual(['d2', 'd0'])
    expect(await listed('ws_a', { tag: 'unknown' })).toEqual([])
    const tagPages = await walkPages(
      (page) => documents.list('ws_a', { ...page, tag: 'finance', status: 'ready' }),
      1,
    )
    expect(tagPages.map((page) => page.items.map((d) => d.filename))).toEqual([['d2'], ['d0']])
    await expect(
      documents.list('ws_a', { limit: 2, cursor: 'not-a-cursor' }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
  })

  it('moves a document between the status lists when its status changes', async () => {
    const { documents, create, listed } = await setup()
    const document = await create('ws_a', { filename: 'moving', status: 'processing' })
    expect(await listed('ws_a', { status: 'ready' })).toEqual([])
    await documents.update('ws_a', document.id, { status: 'ready' })
    expect(await listed('ws_a', { status: 'ready' })).toEqual(['moving'])
    await documents.update('ws_a', document.id, { status: 'failed', error: 'Unreadable PDF.' })
    expect(await listed('ws_a', { status: 'ready' })).toEqual([])
  })

  it('updates only the given fields; null clears error and duplicateOf', async () => {
    const { documents, create } = await setup()
    const document = await create('ws_a', { tags: ['a'] })
    const failed = await documents.update('ws_a', document.id, {
      status: 'failed',
      error: 'The file is encrypted.',
      progress: { chunksDone: 2, chunksTotal: 9 },
    })
    expect(failed).toEqual({
      ...document,
      status: 'failed',
      error: 'The file is encrypted.',
      progress: { chunksDone: 2, chunksTotal: 9 },
      updatedAt: '2025-01-01T00:00:02.000Z',
    })
    await expect(documents.get('ws_a', document.id)).resolves.toEqual(failed)
    const duplicate = await documents.update('ws_a', document.id, {
      status: 'duplicate',
      error: null,
      duplicateOf: 'doc_original',
    })
    expect(duplicate).not.toHaveProperty('error')
    expect(duplicate?.duplicateOf).toBe('doc_original')
    const cleared = await documents.update('ws_a', document.id, {
      status: 'processing',
      duplicateOf: null,
      tags: ['a', 'b'],
    })
    expect(cleared).not.toHaveProperty('duplicateOf')
    expect(cleared).toMatchObject({ status: 'processing', tags: ['a', 'b'] })
    await expect(documents.get('ws_a', document.id)).resolves.toEqual(cleared)
    await expect(documents.update('ws_a', 'doc_missing', { title: 'x' })).resolves.toBeUndefined()
    await expect(documents.update('ws_a', 'doc_missing', { tags: ['x'] })).resolves.toBeUndefined()
  })

  it('refuses a conditional update when the status is not one allowed, changing nothing', async () => {
    const { documents, create, items } = await setup()
    const document = await create('ws_a', { status: 'ready', tags: ['a'] })
    const before = await items()
    const refused = [
      documents.update('ws_a', document.id, { status: 'processing' }, { ifStatus: ['failed'] }),
      documents.update('ws_a', document.id, { tags: ['b'] }, { ifStatus: ['uploading', 'failed'] }),
      documents.update('ws_a', document.id, { title: 'x' }, { ifStatus: [] }),
    ]
    for (const update of refused) await expect(update).resolves.toBeUndefined()
    expect(await items()).toEqual(before)
    const reprocessing = await documents.update(
      'ws_a',
      document.id,
      { status: 'processing' },
      { ifStatus: ['failed', 'ready'] },
    )
    expect(reprocessing?.status).toBe('processing')
  })

  it('lets exactly one of two racing conditional updates through', async () => {
    const { documents, create } = await setup()
    const document = await create('ws_a', { status: 'failed' })
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        documents.update('ws_a', document.id, { status: 'processing' }, { ifStatus: ['failed'] }),
      ),
    )
    expect(answers.filter((answer) => answer !== undefined)).toHaveLength(1)
  })

  it('sums progress added by parallel batches', async () => {
    const { documents, create } = await setup()
    const document = await create('ws_a', {
      status: 'processing',
      progress: { chunksDone: 0, chunksTotal: 200 },
    })
    await Promise.all(
      Array.from({ length: 20 }, () => documents.addProgress('ws_a', document.id, 10)),
    )
    expect((await documents.get('ws_a', document.id))?.progress).toEqual({
      chunksDone: 200,
      chunksTotal: 200,
    })
    await expect(documents.addProgress('ws_a', 'doc_missing', 1)).resolves.toBeUndefined()
    await expect(documents.get('ws_a', 'doc_missing')).resolves.toBeUndefined()
  })

  it('counts tags per workspace and keeps the counts in step with updates and deletes', async () => {
    const { documents, create, listed } = await setup()
    const a = await create('ws_a', { filename: 'a', tags: ['finance', 'q1'] })
    const b = await create('ws_a', { filename: 'b', tags: ['finance'] })
    await create('ws_b', { tags: ['finance', 'secret'] })
    await expect(documents.tags('ws_a')).resolves.toEqual([
      { tag: 'finance', documents: 2 },
      { tag: 'q1', documents: 1 },
    ])
    await documents.update('ws_a', b.id, { tags: ['legal', 'q1'] })
    expect(await listed('ws_a', { tag: 'finance' })).toEqual(['a'])
    expect(await listed('ws_a', { tag: 'q1' })).toEqual(['b', 'a'])
    await expect(documents.tags('ws_a')).resolves.toEqual([
      { tag: 'finance', documents: 1 },
      { tag: 'legal', documents: 1 },
      { tag: 'q1', documents: 2 },
    ])
    await expect(documents.delete('ws_a', a.id)).resolves.toBe(true)
    await expect(documents.delete('ws_a', a.id)).resolves.toBe(false)
    expect(await listed('ws_a', { tag: 'q1' })).toEqual(['b'])
    await expect(documents.tags('ws_a')).resolves.toEqual([
      { tag: 'legal', documents: 1 },
      { tag: 'q1', documents: 1 },
    ])
  })

  it('keeps the tag lists exact through concurrent tag changes', async () => {
    const { documents, create, listed } = await setup()
    const document = await create('ws_a', { filename: 'racy', tags: ['start'] })
    const sets = [['red'], ['blue', 'green'], ['green', 'red'], []]
    const answers = await Promise.allSettled(
      sets.map((tags) => documents.update('ws_a', document.id, { tags })),
    )
    expect(answers.some((answer) => answer.status === 'fulfilled')).toBe(true)
    const { tags } = (await documents.get('ws_a', document.id)) as DocumentRecord
    const counts = await documents.tags('ws_a')
    expect(counts).toEqual([...tags].sort().map((tag) => ({ tag, documents: 1 })))
    for (const tag of ['start', 'red', 'green', 'blue'])
      expect(await listed('ws_a', { tag })).toEqual(tags.includes(tag) ? ['racy'] : [])
  })

  it('lets exactly one of two documents with the same bytes claim the hash', async () => {
    const { documents } = await setup()
    const hash = 'f'.repeat(64)
    for (let round = 0; round < 5; round++) {
      const contenders = [`doc_${round}_a`, `doc_${round}_b`, `doc_${round}_c`]
      const holders = await Promise.all(
        contenders.map((id) => documents.claimContentHash('ws_a', `${hash}${round}`, id)),
      )
      expect(new Set(holders).size).toBe(1)
      expect(contenders).toContain(holders[0])
    }
    await expect(documents.claimContentHash('ws_a', hash, 'doc_1')).resolves.toBe('doc_1')
    await expect(documents.claimContentHash('ws_a', hash, 'doc_1')).resolves.toBe('doc_1')
    await expect(documents.claimContentHash('ws_a', hash, 'doc_2')).resolves.toBe('doc_1')
    await expect(documents.claimContentHash('ws_b', hash, 'doc_3')).resolves.toBe('doc_3')
    await documents.releaseContentHash('ws_a', hash, 'doc_2')
    await expect(documents.claimContentHash('ws_a', hash, 'doc_2')).resolves.toBe('doc_1')
    await documents.releaseContentHash('ws_a', hash, 'doc_1')
    await expect(documents.claimContentHash('ws_a', hash, 'doc_2')).resolves.toBe('doc_2')
  })

  it('stores chunks in numeric order and reads them by id, in the order asked', async () => {
    const { documents } = await setup()
    const all = Array.from({ length: 120 }, (_, index) => chunk('doc_a', index))
    await documents.putChunks('ws_a', [...all].reverse())
    await documents.putChunks('ws_a', [chunk('doc_a', 3, { text: 'Replaced.', section: 'Intro' })])
    await documents.putChunks('ws_b', [chunk('doc_a', 0, { text: 'Elsewhere.' })])
    const preview = await documents.listChunks('ws_a', 'doc_a', { fromIndex: 8, limit: 5 })
    expect(preview.map((c) => c.index)).toEqual([8, 9, 10, 11, 12])
    expect(preview[0]).toEqual(all[8])
    const everything = await documents.listChunks('ws_a', 'doc_a', { limit: 500 })
    expect(everything.map((c) => c.index)).toEqual(all.map((c) => c.index))
    expect(everything[3]).toEqual({ ...all[3], text: 'Replaced.', section: 'Intro' })
    const ids = [
      chunkId('doc_a', 101),
      'doc_a:999',
      chunkId('doc_a', 0),
      'garbage',
      chunkId('doc_a', 7),
    ]
    const wanted = [...ids, ...all.slice(10, 110).map((c) => chunkId(c.documentId, c.index))]
    const read = await documents.getChunks('ws_a', wanted)
    expect(read.slice(0, 3).map((c) => c.index)).toEqual([101, 0, 7])
    expect(read[1]?.text).toBe('Passage 0 of doc_a.')
    expect(read).toHaveLength(103)
    await expect(documents.getChunks('ws_c', [chunkId('doc_a', 0)])).resolves.toEqual([])
  })

  it('deletes chunks from an index on and says how many went', async () => {
    const { documents } = await setup()
    await documents.putChunks(
      'ws_a',
      Array.from({ length: 40 }, (_, i) => chunk('doc_a', i)),
    )
    await documents.putChunks('ws_a', [chunk('doc_b', 0)])
    await expect(documents.deleteChunks('ws_a', 'doc_a', 30)).resolves.toBe(10)
    const left = await documents.listChunks('ws_a', 'doc_a', { limit: 100 })
    expect(left.map((c) => c.index)).toEqual(Array.from({ length: 30 }, (_, i) => i))
    await expect(documents.deleteChunks('ws_a', 'doc_a')).resolves.toBe(30)
    await expect(documents.deleteChunks('ws_a', 'doc_a')).resolves.toBe(0)
    await expect(documents.listChunks('ws_a', 'doc_b', { limit: 10 })).resolves.toHaveLength(1)
  })

  it("never reads or changes a document through another workspace, or by another id's case", async () => {
    const { documents, create, items } = await setup()
    const document = await create('ws_a', { id: 'doc_abc', tags: ['a'] })
    await documents.putChunks('ws_a', [chunk(document.id, 0)])
    const before = await items()
    await expect(documents.get('ws_b', document.id)).resolves.toBeUndefined()
    await expect(documents.get('ws_a', 'doc_ABC')).resolves.toBeUndefined()
    await expect(documents.update('ws_b', document.id, { title: 'x' })).resolves.toBeUndefined()
    await expect(documents.update('ws_b', document.id, { tags: ['b'] })).resolves.toBeUndefined()
    await documents.addProgress('ws_b', document.id, 5)
    await expect(documents.delete('ws_b', document.id)).resolves.toBe(false)
    await expect(documents.deleteChunks('ws_b', document.id)).resolves.toBe(0)
    await expect(documents.listChunks('ws_b', document.id, { limit: 5 })).resolves.toEqual([])
    await expect(documents.list('ws_b', { limit: 10 })).resolves.toEqual({
      items: [],
      nextCursor: null,
    })
    await expect(documents.tags('ws_b')).resolves.toEqual([])
    expect(await items()).toEqual(before)
  })

  it("goes with its workspace: a workspace's deletion removes its documents and their data", async () => {
    const { table, documents, create, items } = await setup()
    const workspaces = new DynamoWorkspaceRepository(table)
    const jobs = new DynamoDocumentJobRepository(table)
    const history = new DynamoSearchHistory(table)
    const pointers = new DynamoLexicalSnapshotPointers(table)
    const owner = { userId: 'u1', email: 'u1@example.com' }
    const doomed = await workspaces.create({ id: 'ws_doomed', name: 'D', personal: false, owner })
    await workspaces.create({ id: 'ws_kept', name: 'K', personal: false, owner })
    for (const workspaceId of [doomed.id, 'ws_kept']) {
      for (let i = 0; i < 3; i++) {
        const document = await create(workspaceId, { tags: ['t1', `t${i + 2}`] })
        await documents.putChunks(
          workspaceId,
          Array.from({ length: 30 }, (_, index) => chunk(document.id, index)),
        )
        await documents.claimContentHash(workspaceId, `${i}`.repeat(64), document.id)
      }
      await jobs.create({
        id: `job_${workspaceId}`,
        workspaceId,
        action: 'tag',
        documentIds: ['doc_x'],
        tags: ['t1'],
        status: 'queued',
        progress: { done: 0, failed: 0, total: 1 },
        errors: [],
        createdBy: 'u1',
      })
      for (const userId of ['u1', 'u2'])
        await history.record({
          id: `sh_${userId}`,
          workspaceId,
          userId,
          query: 'revenue',
          mode: 'hybrid',
          hits: 3,
          at: new Date().toISOString(),
        })
      await pointers.swap(workspaceId, undefined, { version: 1, key: `lexical/${workspaceId}/1` })
    }
    const before = await items()
    const keptItems = before.filter((item) => JSON.stringify(item).includes('ws_kept'))
    await workspaces.delete(doomed.id)
    const left = await items()
    expect(left.filter((item) => JSON.stringify(item).includes(doomed.id))).toEqual([])
    expect(left).toHaveLength(keptItems.length)
    await expect(documents.tags('ws_kept')).resolves.toHaveLength(4)
    expect(await pointers.get('ws_kept')).toEqual({ version: 1, key: 'lexical/ws_kept/1' })
  })
})
