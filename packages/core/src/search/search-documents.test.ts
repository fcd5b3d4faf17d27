import { describe, expect, it, vi } from 'vitest'
import type { Acting } from '../audit/acting'
import { searchDocuments } from './search-documents'
import { searchWorld } from './search-fixture'
import { clearSearchHistory, listSearchHistory } from './search-history'

async function world() {
  const w = await searchWorld()
  const handbook = await w.add({
    filename: 'handbook.pdf',
    contentType: 'application/pdf',
    tags: ['hr'],
    chunks: [
      'Refunds are paid within thirty days of the request.',
      'The office opens at nine in the morning.',
    ],
  })
  const heron = await w.add({
    filename: 'heron.md',
    contentType: 'text/markdown',
    tags: ['birds'],
    chunks: [{ text: 'The blue heron nests by the quiet pond.', section: 'Birds' }],
  })
  const install = await w.add({
    filename: 'install.txt',
    createdAt: '2025-06-01T08:00:00Z',
    chunks: ['Installing the agent takes two minutes.'],
  })
  w.embedder.calls.length = 0 // indexing embedded the chunks; count the searches only
  const acting = await w.as(w.owner)
  const search = (input: Parameters<typeof searchDocuments>[2], as: Acting = acting) =>
    searchDocuments({ ...w.knowledge, searchHistory: w.searchHistory }, as, input)
  return { ...w, handbook, heron, install, acting, search }
}

const texts = (text: string, highlights: { start: number; end: number }[]) =>
  highlights.map((h) => text.slice(h.start, h.end))

describe('searchDocuments', () => {
  it('finds the sentence in hybrid mode, with its document, page, scores and highlights', async () => {
    const w = await world()
    const result = await w.search({ query: '  when are REFUNDS paid ' })
    expect(result).toMatchObject({ query: 'when are REFUNDS paid', mode: 'hybrid' })
    expect(result.tookMs).toBeGreaterThanOrEqual(0)
    const [top] = result.hits
    expect(top).toMatchObject({
      id: `${w.handbook.id}:0`,
      documentId: w.handbook.id,
      filename: 'handbook.pdf',
      page: 1,
      text: 'Refunds are paid within thirty days of the request.',
      score: 1,
    })
    expect(top?.vectorScore).toBeGreaterThan(0)
    expect(top?.lexicalScore).toBeGreaterThan(0)
    expect(texts(top?.text ?? '', top?.highlights ?? [])).toEqual(['Refunds', 'are', 'paid'])
    for (const hit of result.hits.slice(1)) expect(hit.score).toBeLessThan(1)
    expect(w.embedder.calls).toEqual([1])
  })

  it('keeps a chunk’s section, and marks words that begin with a query word', async () => {
    const w = await world()
    const { hits } = await w.search({ query: 'heron instal', mode: 'hybrid' })
    const heron = hits.find((h) => h.documentId === w.heron.id)
    expect(heron?.section).toBe('Birds')
    const install = hits.find((h) => h.documentId === w.install.id)
    expect(texts(install?.text ?? '', install?.highlights ?? [])).toEqual(['Installing'])
  })

  it('searches with one retriever in lexical or vector mode', async () => {
    const w = await world()
    const vectorQuery = vi.spyOn(w.vectors, 'query')
    const lexical = await w.search({ query: 'heron', mode: 'lexical' })
    expect(lexical.hits.map((h) => h.documentId)).toEqual([w.heron.id])
    expect(lexical.hits[0]).toMatchObject({ score: 1, lexicalScore: 1 })
    expect(lexical.hits[0]?.vectorScore).toBeUndefined()
    expect(vectorQuery).not.toHaveBeenCalled()
    expect(w.embedder.calls).toEqual([])

    const lexicalSearch = vi.spyOn(w.lexical, 'search')
    const vector = await w.search({
      query: 'the blue heron nests by the quiet pond',
      mode: 'vector',
    })
    expect(vector.hits[0]).toMatchObject({ documentId: w.heron.id, score: 1 })
    expect(vector.hits[0]?.vectorScore).toBeCloseTo(1, 6)
    expect(vector.hits.every((h) => h.lexicalScore === undefined)).toBe(true)
    expect(lexicalSearch).not.toHaveBeenCalled()
  })

  it('asks each retriever for max(topK * 4, 40) candidates, at most 200', async () => {
    const w = await world()
    const vectorQuery = vi.spyOn(w.vectors, 'query')
    const lexicalSearch = vi.spyOn(w.lexical, 'search')
    for (const topK of [1, 20, 50]) await w.search({ query: 'the', topK })
    expect(vectorQuery.mock.calls.map(([, q]) => q.topK)).toEqual([40, 80, 200])
    expect(lexicalSearch.mock.calls.map(([, , o]) => o.topK)).toEqual([40, 80, 200])
    const { hits } = await w.search({ query: 'the', topK: 2 })
    expect(hits).toHaveLength(2)
  })

  it('narrows by document ids, content types, dates and pages, in both retrievers', async () => {
    const w = await world()
    const docsOf = async (filter: object, mode: 'hybrid' | 'lexical' = 'hybrid') =>
      new Set((await w.search({ query: 'the', mode, filter })).hits.map((h) => h.documentId))
    for (const mode of ['hybrid', 'lexical'] as const) {
      expect(await docsOf({ documentIds: [w.heron.id, 'doc_unknown'] }, mode)).toEqual(
        new Set([w.heron.id]),
      )
      expect(await docsOf({ contentTypes: ['TEXT/Markdown'] }, mode)).toEqual(new Set([w.heron.id]))
      expect(await docsOf({ createdBefore: '2026-01-01T00:00:00Z' }, mode)).toEqual(
        new Set([w.install.id]),
      )
      expect(await docsOf({ createdAfter: '2026-01-01T00:00:00Z' }, mode)).toEqual(
        new Set([w.handbook.id, w.heron.id]),
      )
    }
    const paged = await w.search({ query: 'the', filter: { pages: { from: 2, to: 5 } } })
    expect(paged.hits.map((h) => h.id)).toEqual([`${w.handbook.id}:1`])
  })

  it('resolves tags through the documents as they are now, not as they were indexed', async () => {
    const w = await world()
    await w.documents.update(w.workspace.id, w.heron.id, { tags: ['nature'] })
    const tagged = await w.search({ query: 'heron pond', filter: { tags: ['Nature', 'hr'] } })
    expect(new Set(tagged.hits.map((h) => h.documentId))).toEqual(
      new Set([w.heron.id, w.handbook.id]),
    )
    const both = await w.search({
      query: 'heron',
      filter: { tags: ['nature'], documentIds: [w.handbook.id] },
    })
    expect(both.hits).toEqual([])

    const vectorQuery = vi.spyOn(w.vectors, 'query')
    const lexicalSearch = vi.spyOn(w.lexical, 'search')
    const calls = w.embedder.calls.length
    expect((await w.search({ query: 'heron', filter: { tags: ['birds'] } })).hits).toEqual([])
    expect(vectorQuery).not.toHaveBeenCalled()
    expect(lexicalSearch).not.toHaveBeenCalled()
    expect(w.embedder.calls).toHaveLength(calls)
  })

  it('applies minScore to the vector similarity, dropping lexical-only hits in hybrid', async () => {
    const w = await world()
    const query = 'The blue heron nests by the quiet pond.'
    const loose = await w.search({ query })
    expect(loose.hits.length).toBeGreaterThan(1)
    expect(loose.hits.some((h) => h.vectorScore === undefined || h.vectorScore < 0.9)).toBe(true)
    const strict = await w.search({ query, minScore: 0.9 })
    expect(strict.hits.map((h) => h.documentId)).toEqual([w.heron.id])
    const vector = await w.search({ query, mode: 'vector', minScore: 0.9 })
    expect(vector.hits.map((h) => h.documentId)).toEqual([w.heron.id])
  })

  it('skips chunks whose document was deleted meanwhile, and fills topK from the next', async () => {
    const w = await world()
    await w.documents.delete(w.workspace.id, w.handbook.id)
    await w.documents.deleteChunks(w.workspace.id, w.install.id)
    const { hits } = await w.search({ query: 'the', topK: 1 })
    expect(hits.map((h) => h.documentId)).toEqual([w.heron.id])
  })

  it('never finds another workspace’s documents', async () => {
    const w = await world()
    await w.add({ filename: 'secret.txt', chunks: ['Zebra passwords are kept here.'] }, w.other.id)
    const mine = await w.search({ query: 'zebra passwords', topK: 50 })
    expect(mine.hits.length).toBeGreaterThan(0)
    expect(mine.hits.some((h) => h.filename === 'secret.txt' || /Zebra/.test(h.text))).toBe(false)
    const outsider = await w.search({ query: 'zebra refunds' }, await w.as(w.outsider, w.other.id))
    expect(outsider.hits.map((h) => h.filename)).toEqual(['secret.txt'])
  })

  it('refuses bad input with a 422 naming each field, and a caller without read', async () => {
    const w = await world()
    const problems = async (input: unknown) => {
      const error = await w.search(input as never).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'request.invalid' })
      return (error as { details: { errors: { path: string }[] } }).details.errors.map(
        (e) => e.path,
      )
    }
    expect(await problems({ query: '   ' })).toEqual(['query'])
    expect(await problems({ query: 'x'.repeat(1001) })).toEqual(['query'])
    expect(await problems({ query: 'a', topK: 51 })).toEqual(['topK'])
    expect(await problems({ query: 'a', mode: 'fuzzy' })).toEqual(['mode'])
    expect(await problems({ query: 'a', mode: 'lexical', minScore: 0.5 })).toEqual(['minScore'])
    expect(await problems({ query: 'a', minScore: 1.5 })).toEqual(['minScore'])
    expect(await problems({ query: 'a', filter: { tag: 'hr' } })).toEqual(['filter'])
    expect(await problems({ query: 'a', filter: { createdAfter: 'yesterday' } })).toEqual([
      'filter.createdAfter',
    ])
    expect(await problems({ query: 'a', filter: { pages: { from: 3, to: 2 } } })).toEqual([
      'filter.pages',
    ])

    const acting = await w.as(w.viewer)
    const blind = { ...acting, access: { ...acting.access, permissions: new Set<never>() } }
    await expect(w.search({ query: 'heron' }, blind)).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
  })

  it('records each search in the caller’s own history, a key in its own', async () => {
    const w = await world()
    await w.search({ query: 'heron', mode: 'lexical', filter: { tags: ['birds'] } })
    const key = await w.asKey(w.owner, ['read'])
    await w.search({ query: 'refunds' }, key)
    const mine = await listSearchHistory(w, w.acting, { limit: 10 })
    expect(mine.items).toEqual([
      expect.objectContaining({
        query: 'heron',
        mode: 'lexical',
        filter: { tags: ['birds'] },
        hits: 1,
        userId: w.owner.id,
        workspaceId: w.workspace.id,
        at: w.now.toISOString(),
        id: expect.stringMatching(/^srh_/),
      }),
    ])
    const keys = await listSearchHistory(w, key, { limit: 10 })
    expect(keys.items.map((e) => [e.query, e.userId])).toEqual([['refunds', 'key_test']])
    expect(await clearSearchHistory(w, w.acting)).toEqual({ deleted: 1 })
    expect((await listSearchHistory(w, key, { limit: 10 })).items).toHaveLength(1)
  })

  it('searches without history when given no history store, or when it fails', async () => {
    const w = await world()
    await searchDocuments(w.knowledge, w.acting, { query: 'heron' })
    expect(w.searchHistory.entries).toEqual([])
    const warn = vi.fn()
    const failing = {
      record: async () => {
        throw new Error('table down')
      },
    }
    const result = await searchDocuments(
      { ...w.knowledge, searchHistory: failing, logger: { warn } },
      w.acting,
      { query: 'heron' },
    )
    expect(result.hits[0]?.documentId).toBe(w.heron.id)
    expect(warn).toHaveBeenCalledWith('search history not recorded', expect.anything())
  })
})
