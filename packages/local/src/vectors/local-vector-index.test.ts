import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LocalVectorIndex } from './local-vector-index'
import { LocalVectorProbe } from './vector-probe'

const ids = (matches: { id: string }[]) => matches.map((match) => match.id)

describe('LocalVectorIndex', () => {
  let index: LocalVectorIndex
  beforeEach(async () => {
    index = await LocalVectorIndex.open()
    await index.upsert('ws1', [
      { id: 'east', values: [1, 0, 0], metadata: { documentId: 'd1', page: 1 } },
      { id: 'north-east', values: [1, 1, 0], metadata: { documentId: 'd1', page: 2 } },
      { id: 'north', values: [0, 1, 0], metadata: { documentId: 'd2', tags: ['x', 'y'] } },
      { id: 'west', values: [-1, 0, 0] },
    ])
  })

  it('returns the topK nearest by cosine similarity, best first', async () => {
    const matches = await index.query('ws1', { vector: [2, 0.1, 0], topK: 3 })

    expect(ids(matches)).toEqual(['east', 'north-east', 'north'])
    expect(matches[0]?.score).toBeCloseTo(0.9988, 3)
    expect(matches[1]?.score).toBeCloseTo(Math.SQRT1_2 + 0.035, 1)
    expect(matches[0]).not.toHaveProperty('metadata')
    const withMetadata = await index.query('ws1', {
      vector: [1, 0, 0],
      topK: 1,
      includeMetadata: true,
    })
    expect(withMetadata[0]?.metadata).toEqual({ documentId: 'd1', page: 1 })
  })

  it('filters with the metadata dialect before ranking', async () => {
    const matches = await index.query('ws1', {
      vector: [1, 0, 0],
      topK: 10,
      filter: { $or: [{ documentId: 'd2' }, { page: { $gte: 2 } }] },
    })
    expect(ids(matches)).toEqual(['north-east', 'north'])
    expect(
      ids(await index.query('ws1', { vector: [0, 1, 0], topK: 5, filter: { tags: 'y' } })),
    ).toEqual(['north'])
  })

  it('keeps namespaces apart', async () => {
    await index.upsert('ws2', [{ id: 'only', values: [1, 0, 0, 0] }])

    expect(ids(await index.query('ws2', { vector: [1, 0, 0, 0], topK: 10 }))).toEqual(['only'])
    expect(await index.query('ws3', { vector: [1, 0, 0], topK: 10 })).toEqual([])
    await index.deleteNamespace('ws2')
    expect(index.stats()).toEqual({ ws1: { vectorCount: 4, dimension: 3 } })
  })

  it('deletes by ids and by filter, and replaces a record on upsert', async () => {
    await index.deleteIds('ws1', ['east', 'missing'])
    await index.deleteByFilter('ws1', { documentId: 'd2' })
    await index.upsert('ws1', [{ id: 'west', values: [1, 0, 0], metadata: { moved: true } }])

    const matches = await index.query('ws1', { vector: [1, 0, 0], topK: 10, includeMetadata: true })
    expect(matches.map(({ id, metadata }) => ({ id, metadata }))).toEqual([
      { id: 'west', metadata: { moved: true } },
      { id: 'north-east', metadata: { documentId: 'd1', page: 2 } },
    ])
  })

  it('refuses a vector of another dimension with a clear error, and writes nothing of the batch', async () => {
    const batch = [
      { id: 'ok', values: [0, 0, 1] },
      { id: 'short', values: [1, 0] },
    ]
    await expect(index.upsert('ws1', batch)).rejects.toThrow(
      'Vector dimension 2 does not match dimension 3 of namespace "ws1"',
    )
    await expect(index.query('ws1', { vector: [1, 0], topK: 1 })).rejects.toMatchObject({
      code: 'request.invalid',
    })
    expect(index.stats().ws1?.vectorCount).toBe(4)
    await expect(index.upsert('ws1', [{ id: 'zero', values: [0, 0, 0] }])).rejects.toThrow(/zeros/)
  })
})

describe('LocalVectorIndex persistence', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chatter-vectors-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('survives a close and reopen through its snapshot file', async () => {
    const file = join(dir, 'data', 'vectors.snapshot')
    const first = await LocalVectorIndex.open({ file })
    const values = (i: number) => Array.from({ length: 384 }, (_, j) => Math.sin(i * 7 + j))
    await first.upsert(
      'ws1',
      Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, values: values(i), metadata: { i } })),
    )
    await first.upsert('ws2', [{ id: 'a', values: [1, 2], metadata: { tags: ['x'] } }])
    await first.deleteIds('ws1', ['c7'])
    const before = await first.query('ws1', { vector: values(3), topK: 5, includeMetadata: true })
    await first.close()

    const reopened = await LocalVectorIndex.open({ file })
    expect(reopened.stats()).toEqual({
      ws1: { vectorCount: 49, dimension: 384 },
      ws2: { vectorCount: 1, dimension: 2 },
    })
    expect(
      await reopened.query('ws1', { vector: values(3), topK: 5, includeMetadata: true }),
    ).toEqual(before)
    expect(before[0]).toMatchObject({ id: 'c3', metadata: { i: 3 } })
    expect(await reopened.query('ws2', { vector: [1, 2], topK: 1, includeMetadata: true })).toEqual(
      [{ id: 'a', score: expect.closeTo(1, 5), metadata: { tags: ['x'] } }],
    )
    await reopened.close()
    expect(await readdir(join(dir, 'data'))).toEqual(['vectors.snapshot'])
  })

  it('coalesces a burst of writes into one save, made on flush', async () => {
    const file = join(dir, 'vectors.snapshot')
    const index = await LocalVectorIndex.open({ file, saveDelayMs: 60_000 })
    for (let i = 0; i < 20; i++) await index.upsert('ws', [{ id: `v${i}`, values: [1, i] }])
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })

    await index.flush()
    expect((await LocalVectorIndex.open({ file })).stats()).toEqual({
      ws: { vectorCount: 20, dimension: 2 },
    })
    await index.close()
  })

  it('reports through its probe when it cannot save, and once it is closed', async () => {
    const folder = join(dir, 'data')
    const index = await LocalVectorIndex.open({ file: join(folder, 'vectors.snapshot') })
    const probe = new LocalVectorProbe(index)
    await expect(probe.check()).resolves.toBeUndefined()

    await writeFile(folder, 'a file where the data folder should be')
    await index.upsert('ws', [{ id: 'a', values: [1] }])
    await expect(index.flush()).rejects.toThrow()
    await expect(probe.check()).rejects.toThrow(/saving the vector snapshot failed/)

    await rm(folder)
    await index.close()
    await expect(probe.check()).rejects.toThrow(/closed/)
    await expect(index.query('ws', { vector: [1], topK: 1 })).rejects.toThrow(/closed/)
    expect(
      (await LocalVectorIndex.open({ file: join(folder, 'vectors.snapshot') })).stats(),
    ).toEqual({
      ws: { vectorCount: 1, dimension: 1 },
    })
  })

  it('refuses to load a file that is not a snapshot', async () => {
    const file = join(dir, 'garbage.snapshot')
    await writeFile(file, 'hello')
    await expect(LocalVectorIndex.open({ file })).rejects.toThrow(/not a snapshot file/)
  })
})
