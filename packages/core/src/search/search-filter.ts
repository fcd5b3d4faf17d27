import { z } from 'zod'
import type { LexicalFields } from '../ports/lexical-index'
import type { VectorFilter } from '../ports/vector-store'

/** How a search finds chunks: both retrievers fused, or one of them. */
export const searchModes = ['hybrid', 'vector', 'lexical'] as const
export type SearchMode = (typeof searchModes)[number]

/** The bounds of a search, shared by the use case, the API's schema and answers that cite. */
export const searchLimits = {
  queryLength: 1000,
  topK: 50,
  defaultTopK: 10,
  /** Ids, tags or content types one filter may list. */
  filterValues: 100,
  /** Tagged documents a tag filter resolves to exactly; beyond, it uses the indexed tags. */
  taggedDocuments: 1000,
} as const

const list = (item: z.ZodString, what: string) =>
  z
    .array(item)
    .min(1, `Give at least one ${what}, or leave the field out.`)
    .max(searchLimits.filterValues, `Give at most ${searchLimits.filterValues} ${what}s.`)

const pageNumber = z.number().int().min(1, 'Pages are numbered from 1.')

/**
 * Which chunks a search may return; every given condition must hold. `tags` matches documents
 * carrying any of them (as the document repository says now, so a tag change applies at once);
 * the dates compare with the document's creation time to the second; `pages` is inclusive.
 */
export const searchFilterSchema = z
  .object({
    documentIds: list(
      z.string().regex(/^[\w-]{1,64}$/, 'Not a valid document id.'),
      'id',
    ).optional(),
    tags: list(z.string().trim().toLowerCase().min(1).max(64), 'tag').optional(),
    contentTypes: list(z.string().trim().toLowerCase().min(1).max(255), 'content type').optional(),
    createdAfter: z.iso.datetime({ offset: true }).optional(),
    createdBefore: z.iso.datetime({ offset: true }).optional(),
    pages: z
      .object({ from: pageNumber.optional(), to: pageNumber.optional() })
      .strict()
      .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
        message: 'pages.from must not be after pages.to.',
      })
      .optional(),
  })
  .strict()
  .refine(
    (f) =>
      f.createdAfter === undefined ||
      f.createdBefore === undefined ||
      Date.parse(f.createdAfter) < Date.parse(f.createdBefore),
    { message: 'createdAfter must be before createdBefore.', path: ['createdAfter'] },
  )

export type SearchFilter = z.output<typeof searchFilterSchema>

/** The input of `searchDocuments`: a query (trimmed, 1-1000 characters) and how to search. */
export const searchInputSchema = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, 'Write a query.')
      .max(searchLimits.queryLength, `Keep the query to ${searchLimits.queryLength} characters.`),
    topK: z.number().int().min(1).max(searchLimits.topK).default(searchLimits.defaultTopK),
    mode: z.enum(searchModes).default('hybrid'),
    filter: searchFilterSchema.optional(),
    minScore: z.number().min(0).max(1).optional(),
  })
  .strict()
  .refine((input) => input.minScore === undefined || input.mode !== 'lexical', {
    message: 'minScore is a vector similarity: use it with mode hybrid or vector.',
    path: ['minScore'],
  })

export type SearchInput = z.input<typeof searchInputSchema>
export type ParsedSearchInput = z.output<typeof searchInputSchema>

/**
 * A filter ready for the stores: `documentIds` is the exact set allowed (tags already resolved
 * and intersected), or `tags` when too many documents carry them to list (then the tags stored
 * with each chunk at ingestion decide).
 */
export interface StoreFilter {
  documentIds?: string[]
  tags?: string[]
  contentTypes?: string[]
  /** Epoch seconds, inclusive. */
  createdFrom?: number
  /** Epoch seconds, exclusive. */
  createdUntil?: number
  pageFrom?: number
  pageTo?: number
}

/** The store filter of a search filter whose tags were resolved to `documentIds` (or not). */
export function storeFilterOf(filter: SearchFilter | undefined, documentIds?: string[]) {
  const out: StoreFilter = {}
  if (documentIds) out.documentIds = documentIds
  else if (filter?.documentIds) out.documentIds = [...new Set(filter.documentIds)]
  if (filter?.tags && !documentIds) out.tags = [...new Set(filter.tags)]
  if (filter?.contentTypes) out.contentTypes = [...new Set(filter.contentTypes)]
  // Chunks carry their document's creation time in whole seconds (floored).
  if (filter?.createdAfter) out.createdFrom = Math.floor(Date.parse(filter.createdAfter) / 1000)
  if (filter?.createdBefore) out.createdUntil = Math.ceil(Date.parse(filter.createdBefore) / 1000)
  if (filter?.pages?.from !== undefined) out.pageFrom = filter.pages.from
  if (filter?.pages?.to !== undefined) out.pageTo = filter.pages.to
  return out
}

/** The filter in Pinecone's dialect over the chunk metadata written at ingestion. */
export function vectorFilterOf(filter: StoreFilter): VectorFilter | undefined {
  const conditions: VectorFilter[] = []
  if (filter.documentIds) conditions.push({ documentId: { $in: filter.documentIds } })
  if (filter.tags) conditions.push({ tags: { $in: filter.tags } })
  if (filter.contentTypes) conditions.push({ contentType: { $in: filter.contentTypes } })
  const created = range(filter.createdFrom, '$gte', filter.createdUntil, '$lt')
  if (created) conditions.push({ createdAt: created })
  const page = range(filter.pageFrom, '$gte', filter.pageTo, '$lte')
  if (page) conditions.push({ page })
  if (conditions.length <= 1) return conditions[0]
  return { $and: conditions }
}

function range(low: number | undefined, lowOp: string, high: number | undefined, highOp: string) {
  if (low === undefined && high === undefined) return undefined
  return {
    ...(low === undefined ? {} : { [lowOp]: low }),
    ...(high === undefined ? {} : { [highOp]: high }),
  }
}

/**
 * The same filter as a predicate over a lexical document's fields. A chunk missing a field the
 * filter constrains does not match, as in Pinecone.
 */
export function lexicalFilterOf(
  filter: StoreFilter,
): ((fields: LexicalFields) => boolean) | undefined {
  if (vectorFilterOf(filter) === undefined) return undefined
  const ids = filter.documentIds && new Set(filter.documentIds)
  const tags = filter.tags && new Set(filter.tags)
  const types = filter.contentTypes && new Set(filter.contentTypes)
  return (fields) => {
    const { documentId, contentType, createdAt, page } = fields
    if (ids && !(typeof documentId === 'string' && ids.has(documentId))) return false
    if (tags && !(Array.isArray(fields.tags) && fields.tags.some((tag) => tags.has(tag))))
      return false
    if (types && !(typeof contentType === 'string' && types.has(contentType))) return false
    if (!within(createdAt, filter.createdFrom, filter.createdUntil, false)) return false
    return within(page, filter.pageFrom, filter.pageTo, true)
  }
}

function within(
  value: unknown,
  low: number | undefined,
  high: number | undefined,
  highInclusive: boolean,
): boolean {
  if (low === undefined && high === undefined) return true
  if (typeof value !== 'number') return false
  if (low !== undefined && value < low) return false
  if (high !== undefined && (highInclusive ? value > high : value >= high)) return false
  return true
}
