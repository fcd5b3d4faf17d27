import { searchInputSchema, searchModes } from '@chatter/core'
import { z } from '@hono/zod-openapi'

/** Request and response schemas of `/v1/search` (the request is core's own schema). */

/**
 * The body of `POST /v1/search`: core's schema itself, so the route and the use case agree.
 * `query` 1-1000 characters (trimmed); `topK` 1-50 (default 10); `mode` hybrid (default), vector
 * or lexical; `filter` narrows by document ids, tags (any of, as the documents carry them now),
 * content types, creation time (`createdAfter` inclusive, `createdBefore` exclusive, to the
 * second) and pages (inclusive); `minScore` 0-1 is a floor on the vector (cosine) similarity,
 * which in hybrid mode also drops hits only the lexical search found (not with mode lexical).
 * Core's zod instances predate `@hono/zod-openapi`'s `.openapi()`, so it is used as is.
 */
export const SearchBody = searchInputSchema

const Highlight = z.object({
  start: z.number().int(),
  end: z.number().int().openapi({ description: 'Exclusive; UTF-16 offsets into `text`' }),
})

export const SearchHitView = z
  .object({
    id: z.string().openapi({
      description: 'The chunk: `<documentId>:<index>`',
      example: 'doc_3k9q2m8x7v6c5b4n1p0z:12',
    }),
    documentId: z.string(),
    filename: z.string(),
    page: z.number().int(),
    section: z.string().optional(),
    text: z.string(),
    score: z.number().openapi({ description: '0-1, relative to this search’s best hit (1)' }),
    vectorScore: z.number().optional().openapi({ description: 'Cosine similarity' }),
    lexicalScore: z.number().optional().openapi({ description: 'BM25, within this search' }),
    highlights: z.array(Highlight),
  })
  .openapi('SearchHit')

export const SearchResultView = z
  .object({
    query: z.string(),
    mode: z.enum(searchModes),
    hits: z.array(SearchHitView),
    tookMs: z.number().int(),
  })
  .openapi('SearchResult')

export const SearchHistoryEntryView = z
  .object({
    id: z.string(),
    query: z.string(),
    mode: z.enum(searchModes),
    filter: z.record(z.string(), z.unknown()).optional(),
    hits: z.number().int(),
    at: z.string(),
  })
  .openapi('SearchHistoryEntry')

export const historyEntryView = ({
  id,
  query,
  mode,
  filter,
  hits,
  at,
}: z.infer<typeof SearchHistoryEntryView>) => ({
  id,
  query,
  mode,
  ...(filter ? { filter } : {}),
  hits,
  at,
})
