import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import type { AppDependencies } from '../dependencies'
import { apiKeyOf, bodyOf, inWorkspace, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'
import { indexDocument } from './search-test-kit'

async function setup() {
  // Each request a second later, so history entries have distinct times.
  let time = Date.parse('2026-03-01T12:00:00Z')
  const clock = () => {
    time += 1000
    return new Date(time)
  }
  const deps: AppDependencies = testDependencies({ clock })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const viewer = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, viewer, 'viewer')
  const add = (seed: Parameters<typeof indexDocument>[2], workspaceId = team.id) =>
    indexDocument(deps.knowledge, workspaceId, seed)
  const docs = {
    handbook: await add({
      filename: 'handbook.pdf',
      contentType: 'application/pdf',
      tags: ['hr'],
      texts: ['Refunds are paid within thirty days.', 'The office opens at nine.'],
    }),
    heron: await add({
      filename: 'heron.md',
      contentType: 'text/markdown',
      tags: ['birds'],
      texts: ['The blue heron nests by the quiet pond.'],
    }),
    old: await add({
      filename: 'install.txt',
      at: '2025-01-01T00:00:00Z',
      texts: ['Installing the agent takes two minutes.'],
    }),
  }
  const request = (
    method: string,
    path: string,
    options: { body?: unknown; as?: Record<string, string>; workspaceId?: string } = {},
  ) =>
    app.request(`/v1/search${path}`, {
      method,
      headers: inWorkspace(options.as ?? owner.headers, options.workspaceId ?? team.id),
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    })
  const search = async (body: unknown, as?: Record<string, string>) => {
    const response = await request('POST', '', { body, ...(as ? { as } : {}) })
    expect(response.status, await response.clone().text()).toBe(200)
    return bodyOf(response)
  }
  return { deps, app, owner, viewer, team, add, docs, request, search }
}

interface Hit {
  id: string
  documentId: string
  filename: string
  text: string
  score: number
  vectorScore?: number
  lexicalScore?: number
  highlights: { start: number; end: number }[]
}

const documentsOf = (result: { hits: Hit[] }) => new Set(result.hits.map((h) => h.documentId))

describe('POST /v1/search', () => {
  it('finds the sentence in hybrid mode, with scores and highlights on the matched words', async () => {
    const { search, docs } = await setup()
    const result = await search({ query: 'When are refunds paid?' })
    expect(result).toMatchObject({ query: 'When are refunds paid?', mode: 'hybrid' })
    expect(typeof result.tookMs).toBe('number')
    const top: Hit = result.hits[0]
    expect(top).toMatchObject({
      id: `${docs.handbook}:0`,
      documentId: docs.handbook,
      filename: 'handbook.pdf',
      page: 1,
      text: 'Refunds are paid within thirty days.',
      score: 1,
    })
    expect(top.vectorScore).toBeGreaterThan(0)
    expect(top.lexicalScore).toBeGreaterThan(0)
    expect(top.highlights.map((h) => top.text.slice(h.start, h.end))).toEqual([
      'Refunds',
      'are',
      'paid',
    ])
  })

  it('searches in lexical mode and in vector mode', async () => {
    const { search, docs } = await setup()
    const lexical = await search({ query: 'heron', mode: 'lexical' })
    expect(lexical.mode).toBe('lexical')
    expect(lexical.hits.map((h: Hit) => h.documentId)).toEqual([docs.heron])
    expect(lexical.hits[0].vectorScore).toBeUndefined()
    const vector = await search({ query: 'the blue heron nests by the quiet pond', mode: 'vector' })
    expect(vector.hits[0]).toMatchObject({ documentId: docs.heron, score: 1 })
    expect(vector.hits.every((h: Hit) => h.lexicalScore === undefined)).toBe(true)
  })

  it('narrows by tag, document ids, content types and creation date', async () => {
    const { search, docs, deps, team } = await setup()
    const narrowed = async (filter: object) =>
      documentsOf(await search({ query: 'the', filter, topK: 50 }))
    expect(await narrowed({ tags: ['HR'] })).toEqual(new Set([docs.handbook]))
    expect(await narrowed({ documentIds: [docs.heron, docs.old] })).toEqual(
      new Set([docs.heron, docs.old]),
    )
    expect(await narrowed({ contentTypes: ['text/markdown'] })).toEqual(new Set([docs.heron]))
    expect(await narrowed({ createdBefore: '2026-01-01T00:00:00Z' })).toEqual(new Set([docs.old]))
    expect(await narrowed({ pages: { from: 2 } })).toEqual(new Set([docs.handbook]))
    // A tag added after indexing counts at once: the documents decide, not the index.
    await deps.knowledge.documents.update(team.id, docs.old, { tags: ['hr'] })
    expect(await narrowed({ tags: ['hr'] })).toEqual(new Set([docs.handbook, docs.old]))
    expect(await narrowed({ tags: ['nobody-has-this'] })).toEqual(new Set())
  })

  it('drops hits below minScore, a floor on the vector similarity', async () => {
    const { search, docs } = await setup()
    const query = 'The blue heron nests by the quiet pond.'
    const all = await search({ query })
    expect(all.hits.length).toBeGreaterThan(1)
    const strict = await search({ query, minScore: 0.9 })
    expect(strict.hits.map((h: Hit) => h.documentId)).toEqual([docs.heron])
    expect(strict.hits[0].vectorScore).toBeGreaterThanOrEqual(0.9)
  })

  it('never shows another workspace’s documents, and 404s for a workspace not the caller’s', async () => {
    const { search, add, owner, deps, request } = await setup()
    const stranger = await signedInUser(deps)
    await add(
      { filename: 'secret.txt', texts: ['Zebra passwords live here.'] },
      stranger.personalWorkspaceId,
    )
    const result = await search({ query: 'zebra passwords', topK: 50 })
    expect(result.hits.some((h: Hit) => h.filename === 'secret.txt')).toBe(false)
    const theirs = await request('POST', '', {
      body: { query: 'zebra' },
      as: owner.headers,
      workspaceId: stranger.personalWorkspaceId,
    })
    expect(theirs.status).toBe(404)
    const own = await request('POST', '', {
      body: { query: 'zebra passwords', mode: 'lexical' },
      as: stranger.headers,
      workspaceId: stranger.personalWorkspaceId,
    })
    expect((await bodyOf(own)).hits.map((h: Hit) => h.filename)).toEqual(['secret.txt'])
  })

  it.each([
    ['an empty query', { query: '   ' }, 'json.query'],
    ['topK 0', { query: 'a', topK: 0 }, 'json.topK'],
    ['an unknown mode', { query: 'a', mode: 'semantic' }, 'json.mode'],
    ['minScore in lexical mode', { query: 'a', mode: 'lexical', minScore: 0.3 }, 'json.minScore'],
    [
      'a bad date',
      { query: 'a', filter: { createdAfter: 'last week' } },
      'json.filter.createdAfter',
    ],
    ['an unknown filter field', { query: 'a', filter: { tag: 'hr' } }, 'json.filter'],
  ])('answers 422 problem+json for %s', async (_, body, path) => {
    const { request } = await setup()
    const response = await request('POST', '', { body })
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = await bodyOf(response)
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([path])
  })

  it('lets a viewer and a read-only API key search', async () => {
    const { search, viewer, deps, owner, team, docs } = await setup()
    const found = await search({ query: 'heron' }, viewer.headers)
    expect(found.hits[0].documentId).toBe(docs.heron)
    const key = await apiKeyOf(deps, owner, team.id, ['read'])
    expect((await search({ query: 'heron' }, key.headers)).hits[0].documentId).toBe(docs.heron)
  })
})

describe('/v1/search/history', () => {
  it('lists the caller’s own searches newest first, pages them, and clears them', async () => {
    const { search, request, viewer } = await setup()
    await search({ query: 'first' })
    await search({ query: 'refunds', mode: 'lexical', filter: { tags: ['hr'] } })
    await search({ query: 'third' })
    await search({ query: 'the viewer’s' }, viewer.headers)

    const page = await bodyOf(await request('GET', '/history?limit=2'))
    expect(page.items.map((e: { query: string }) => e.query)).toEqual(['third', 'refunds'])
    expect(page.items[1]).toMatchObject({
      mode: 'lexical',
      filter: { tags: ['hr'] },
      hits: 1,
      id: expect.any(String),
      at: expect.any(String),
    })
    const rest = await bodyOf(await request('GET', `/history?limit=2&cursor=${page.nextCursor}`))
    expect(rest).toEqual({ items: [expect.objectContaining({ query: 'first' })], nextCursor: null })

    const cleared = await request('DELETE', '/history')
    expect(cleared.status).toBe(200)
    expect(await bodyOf(cleared)).toEqual({ deleted: 3 })
    expect((await bodyOf(await request('GET', '/history'))).items).toEqual([])
    const theirs = await bodyOf(await request('GET', '/history', { as: viewer.headers }))
    expect(theirs.items.map((e: { query: string }) => e.query)).toEqual(['the viewer’s'])
  })
})
