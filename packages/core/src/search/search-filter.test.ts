import { describe, expect, it } from 'vitest'
import type { LexicalFields } from '../ports/lexical-index'
import { InMemoryVectors } from '../testing'
import {
  lexicalFilterOf,
  type SearchFilter,
  searchFilterSchema,
  storeFilterOf,
  vectorFilterOf,
} from './search-filter'

const chunks: LexicalFields[] = [
  { documentId: 'd1', tags: ['hr'], contentType: 'application/pdf', createdAt: 1_000, page: 1 },
  { documentId: 'd1', tags: ['hr'], contentType: 'application/pdf', createdAt: 1_000, page: 7 },
  { documentId: 'd2', tags: [], contentType: 'text/markdown', createdAt: 2_000, page: 1 },
  { documentId: 'd3', tags: ['birds', 'hr'], contentType: 'text/plain', createdAt: 2_999, page: 3 },
  { documentId: 'd4', contentType: 'text/plain', page: 2 }, // indexed without a date or tags
]

const iso = (seconds: number) => new Date(seconds * 1000).toISOString()

const filters: [string, SearchFilter, string[] | undefined][] = [
  ['document ids', { documentIds: ['d1', 'd3'] }, undefined],
  ['content types', { contentTypes: ['text/plain', 'text/markdown'] }, undefined],
  ['a creation window', { createdAfter: iso(1_000), createdBefore: iso(2_999) }, undefined],
  ['a window open at the end', { createdAfter: iso(1_500) }, undefined],
  ['pages', { pages: { from: 2, to: 3 } }, undefined],
  ['tags past the resolution limit', { tags: ['birds'] }, undefined],
  ['tags resolved to ids', { tags: ['hr'] }, ['d3']],
  ['everything at once', { contentTypes: ['application/pdf'], pages: { to: 1 } }, ['d1', 'd2']],
]

describe('search filters', () => {
  it.each(filters)(
    '%s: the vector filter and the lexical predicate agree',
    async (_, filter, ids) => {
      const store = storeFilterOf(searchFilterSchema.parse(filter), ids)
      const vectors = new InMemoryVectors()
      await vectors.upsert(
        'ws',
        chunks.map((metadata, i) => ({ id: `c${i}`, values: [1, i + 1], metadata })),
      )
      const vectorIds = (
        await vectors.query('ws', {
          vector: [1, 1],
          topK: 10,
          filter: vectorFilterOf(store),
        })
      )
        .map((m) => m.id)
        .sort()
      const predicate = lexicalFilterOf(store)
      const lexicalIds = chunks.flatMap((fields, i) =>
        (predicate?.(fields) ?? true) ? [`c${i}`] : [],
      )
      expect(vectorIds).toEqual(lexicalIds)
      expect(lexicalIds.length).toBeGreaterThan(0)
      expect(lexicalIds.length).toBeLessThan(chunks.length)
    },
  )

  it('builds Pinecone’s dialect: one condition alone, several under $and, none as no filter', () => {
    expect(vectorFilterOf(storeFilterOf(undefined))).toBeUndefined()
    expect(lexicalFilterOf(storeFilterOf({}))).toBeUndefined()
    expect(vectorFilterOf(storeFilterOf({ documentIds: ['d1', 'd1'] }))).toEqual({
      documentId: { $in: ['d1'] },
    })
    expect(
      vectorFilterOf(
        storeFilterOf({
          contentTypes: ['text/plain'],
          createdAfter: '2026-01-01T00:00:00.500Z',
          createdBefore: '2026-02-01T00:00:00Z',
          pages: { from: 2 },
        }),
      ),
    ).toEqual({
      $and: [
        { contentType: { $in: ['text/plain'] } },
        { createdAt: { $gte: 1_767_225_600, $lt: 1_769_904_000 } },
        { page: { $gte: 2 } },
      ],
    })
  })

  it('cleans tags and content types, and refuses unknown fields', () => {
    expect(searchFilterSchema.parse({ tags: [' HR '], contentTypes: ['Text/Plain'] })).toEqual({
      tags: ['hr'],
      contentTypes: ['text/plain'],
    })
    expect(searchFilterSchema.safeParse({ tag: 'hr' }).success).toBe(false)
    expect(searchFilterSchema.safeParse({ documentIds: [] }).success).toBe(false)
    expect(
      searchFilterSchema.safeParse({
        createdAfter: '2026-02-01T00:00:00Z',
        createdBefore: '2026-01-01T00:00:00Z',
      }).success,
    ).toBe(false)
  })
})
