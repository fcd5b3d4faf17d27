import { createPineconeClient, PineconeProbe, PineconeVectorStore } from '@chatter/aws'
import { DomainError, type VectorRecord } from '@chatter/core'
import type { Pinecone } from '@pinecone-database/pinecone'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type PineconeDataPlane, startPineconeDataPlane } from '../support/pinecone-data-plane'

const INDEX = 'chatter'
const ws = 'ws-alpha'
const other = 'ws-beta'
let plane: PineconeDataPlane
let pinecone: Pinecone
let store: PineconeVectorStore

/** Never parallel to another (first component fixed at 1), so each is its own nearest match. */
const vector = (i: number) => [1, i / 10, ((i * 7) % 13) / 13, ((i * 3) % 11) / 11]

const record = (i: number): VectorRecord => ({
  id: `chunk-${i}`,
  values: vector(i),
  metadata: {
    documentId: `doc-${i % 5}`,
    tags: i % 3 === 0 ? ['three', i % 2 ? 'odd' : 'even'] : [i % 2 ? 'odd' : 'even'],
    page: i % 10,
    contentType: i % 4 === 0 ? 'application/pdf' : 'text/html',
  },
})

const records = Array.from({ length: 250 }, (_, i) => record(i))
const idsWhere = (test: (i: number) => boolean) =>
  records.flatMap((r, i) => (test(i) ? [r.id] : [])).sort()
const everything = (filter?: Record<string, unknown>) =>
  store.query(ws, { vector: vector(0), topK: 1000, ...(filter && { filter }) })
const ids = async (filter?: Record<string, unknown>) =>
  (await everything(filter)).map((match) => match.id).sort()
const recordCount = async (namespace: string) => {
  const stats = await pinecone.index({ name: INDEX, host: plane.host }).describeIndexStats()
  return stats.namespaces?.[namespace]?.recordCount ?? 0
}

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DomainError)
  return error as DomainError
}

beforeAll(async () => {
  plane = await startPineconeDataPlane({ dimension: 4 })
  // The production path: the client factory, with the index's host so no control-plane call.
  pinecone = await createPineconeClient({ apiKey: plane.apiKey })
  store = new PineconeVectorStore(() => Promise.resolve(pinecone), INDEX, { host: plane.host })
})

afterAll(async () => {
  await plane?.stop()
})

beforeEach(async () => {
  await store.deleteNamespace(ws)
  await store.deleteNamespace(other)
  await store.upsert(ws, records)
  plane.requests.length = 0
})

describe('PineconeVectorStore on the Pinecone data-plane stand-in', () => {
  it('upserts in batches Pinecone accepts and finds the nearest records with metadata', async () => {
    await store.deleteNamespace(ws)
    plane.requests.length = 0
    await store.upsert(ws, records)
    expect(plane.requests).toEqual(Array(3).fill('POST /vectors/upsert'))
    expect(await recordCount(ws)).toBe(250)

    const matches = await store.query(ws, { vector: vector(42), topK: 3, includeMetadata: true })
    expect(matches).toHaveLength(3)
    expect(matches[0]).toEqual({
      id: 'chunk-42',
      score: expect.closeTo(1, 5),
      metadata: record(42).metadata,
    })
    expect(matches[0]!.score).toBeGreaterThanOrEqual(matches[1]!.score)
    expect(matches[1]!.score).toBeGreaterThanOrEqual(matches[2]!.score)

    const bare = await store.query(ws, { vector: vector(42), topK: 1 })
    expect(bare).toEqual([{ id: 'chunk-42', score: expect.closeTo(1, 5) }])
  })

  it('applies $eq, $in and $and filters exactly', async () => {
    expect(await ids({ documentId: { $eq: 'doc-2' } })).toEqual(idsWhere((i) => i % 5 === 2))
    expect(await ids({ documentId: { $in: ['doc-1', 'doc-3'] } })).toEqual(
      idsWhere((i) => i % 5 === 1 || i % 5 === 3),
    )
    expect(await ids({ $and: [{ tags: { $in: ['three'] } }, { page: { $gte: 5 } }] })).toEqual(
      idsWhere((i) => i % 3 === 0 && i % 10 >= 5),
    )
    const pdfs = await everything({ contentType: 'application/pdf' })
    expect(pdfs).toHaveLength(idsWhere((i) => i % 4 === 0).length)
  })

  it('keeps workspaces apart: same ids, separate namespaces', async () => {
    await store.upsert(other, [{ id: 'chunk-7', values: vector(7), metadata: { documentId: 'x' } }])
    const mine = await store.query(ws, { vector: vector(7), topK: 1, includeMetadata: true })
    const theirs = await store.query(other, { vector: vector(7), topK: 5, includeMetadata: true })
    expect(mine[0]?.metadata?.documentId).toBe('doc-2')
    expect(theirs).toEqual([
      { id: 'chunk-7', score: expect.closeTo(1, 5), metadata: { documentId: 'x' } },
    ])

    await store.deleteNamespace(other)
    expect(await recordCount(other)).toBe(0)
    expect(await recordCount(ws)).toBe(250)
  })

  it('deletes by id and by filter, leaving the rest', async () => {
    await store.deleteIds(ws, ['chunk-0', 'chunk-1', 'chunk-2'])
    expect(await recordCount(ws)).toBe(247)
    expect(await ids()).not.toContain('chunk-1')

    await store.deleteByFilter(ws, { documentId: { $eq: 'doc-4' } })
    expect(await ids({ documentId: 'doc-4' })).toEqual([])
    expect(await recordCount(ws)).toBe(247 - 50)
  })

  it('deletes a namespace, and deleting what is not there is not an error', async () => {
    await store.deleteNamespace(ws)
    expect(await everything()).toEqual([])
    // Pinecone answers 404 for a namespace it does not hold; the port calls that success.
    await expect(store.deleteNamespace(ws)).resolves.toBeUndefined()
    await expect(store.deleteIds('never-seen', ['a'])).resolves.toBeUndefined()
    await expect(store.deleteByFilter('never-seen', { documentId: 'a' })).resolves.toBeUndefined()
    expect(plane.requests.filter((r) => r === 'POST /vectors/delete')).toHaveLength(4)
  })

  it('refuses a vector of the wrong dimension as request.invalid, with the reason', async () => {
    const error = await rejection(store.upsert(ws, [{ id: 'bad', values: [1, 2, 3] }]))
    expect(error.code).toBe('request.invalid')
    expect(error.message).toMatch(/dimension 3 does not match dimension 4/)
    const query = await rejection(store.query(ws, { vector: [1, 0], topK: 1 }))
    expect(query.code).toBe('request.invalid')
  })

  it('reports a rejected API key as the vector store being unavailable, writing nothing', async () => {
    const wrong = await createPineconeClient({ apiKey: 'pcsk_wrong' })
    const stranger = new PineconeVectorStore(wrong, INDEX, { host: plane.host })
    const error = await rejection(stranger.upsert(ws, [record(999)]))
    expect(error.code).toBe('dependency.unavailable')
    expect(error.message).toBe('The vector store is unavailable (Pinecone rejected the API key)')
    expect(await ids()).not.toContain('chunk-999')
  })

  it('maps throttling and outages to dependency.unavailable after the client retries', async () => {
    plane.failNext(429)
    expect((await rejection(everything())).message).toMatch(/rate limiting/)

    // The client retries a 5xx three times; one transient failure is invisible to callers.
    plane.failNext(503)
    await expect(everything()).resolves.toHaveLength(250)
    plane.failNext(503, 4)
    expect((await rejection(everything())).code).toBe('dependency.unavailable')
  })

  it('lets PineconeProbe check readiness against the index host', async () => {
    await expect(
      new PineconeProbe(async () => pinecone, INDEX, plane.host).check(),
    ).resolves.toBeUndefined()
    expect(plane.requests).toEqual(['POST /describe_index_stats'])
    const wrong = () => createPineconeClient({ apiKey: 'pcsk_wrong' })
    await expect(new PineconeProbe(wrong, INDEX, plane.host).check()).rejects.toThrow(/API key/)
  })
})
