import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import { sortableId } from '../ids'
import { chunkId, type DocumentRecord, type StoredChunk } from '../ports/document-repository'
import type { SearchHistoryRepository } from '../ports/search-history'
import type { VectorMatch } from '../ports/vector-store'
import { type Highlight, highlightsOf, queryWords } from './highlights'
import { fuseByRank } from './rank-fusion'
import {
  lexicalFilterOf,
  type ParsedSearchInput,
  type SearchFilter,
  type SearchInput,
  type SearchMode,
  searchInputSchema,
  searchLimits,
  storeFilterOf,
  vectorFilterOf,
} from './search-filter'
import { parsedInput } from './search-input'

/** A chunk a search found. */
export interface SearchHit {
  /** The chunk's id (`${documentId}:${index}`), as citations name it. */
  id: string
  documentId: string
  filename: string
  page: number
  section?: string
  text: string
  /** 0-1 relative to the best hit of this search (which scores 1); not comparable across searches. */
  score: number
  /** Cosine similarity of the query and the chunk, when the vector search found it. */
  vectorScore?: number
  /** BM25 relevance, when the lexical search found it (comparable within one search only). */
  lexicalScore?: number
  /** Where the query's words are in `text`. */
  highlights: Highlight[]
}

export interface SearchResult {
  query: string
  mode: SearchMode
  hits: SearchHit[]
  tookMs: number
}

/** What a search reads; with `searchHistory` it also records the search in the caller's history. */
export interface SearchPorts extends KnowledgePorts {
  searchHistory?: Pick<SearchHistoryRepository, 'record'>
  /** Where a failure to record history is reported (it does not fail the search). */
  logger?: { warn(message: string, extra: Record<string, unknown>): void }
}

interface Candidate {
  id: string
  score: number
  vectorScore?: number
  lexicalScore?: number
  terms: string[]
}

/**
 * Searches the workspace's documents (`read`).
 *
 * 1. Check the input (422 naming each bad field) and resolve `filter.tags` to the documents that
 *    carry them now (the repository decides, so a tag change applies at once), intersected with
 *    `filter.documentIds`; no such document means no hits, without asking the stores. Past
 *    `searchLimits.taggedDocuments` tagged documents the tags stored on each chunk at
 *    ingestion decide instead.
 * 2. Ask the retrievers of the mode for `max(topK * 4, 40)` candidates (at most 200) each, with
 *    the same filter: the vector store (the query embedded with purpose `query`) and the
 *    lexical index.
 * 3. `minScore` is a floor on the vector (cosine) similarity: in `vector` mode hits below it go;
 *    in `hybrid` mode a hit stays only when the vector search found it at or above the floor, so
 *    a hit only the lexical search found is kept only when no `minScore` is given. It cannot be
 *    combined with `lexical` mode (422).
 * 4. Rank: `hybrid` fuses both lists by Reciprocal Rank Fusion; one mode keeps its list's order.
 *    `score` is the fused (or single) score divided by the best one.
 * 5. Load the top chunks' texts and their documents' names; a chunk or document deleted in the
 *    meantime is skipped (the next candidate takes its place). Highlights mark the query's words.
 * 6. Record the search in the caller's history when `ports.searchHistory` is given (a user's
 *    own, or an API key's own), as `{ query, mode, filter, hits }`.
 * @example
 * const { hits } = await searchDocuments(deps.knowledge, acting, { query: 'refund policy', topK: 5 })
 */
export async function searchDocuments(
  ports: SearchPorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: SearchInput,
  options: { signal?: AbortSignal } = {},
): Promise<SearchResult> {
  const started = performance.now()
  assertPermission(acting.access, 'read')
  const parsed = parsedInput(searchInputSchema, input)
  const workspaceId = acting.access.workspaceId
  const allowed = await allowedDocuments(ports, workspaceId, parsed.filter)
  const ranked =
    allowed?.length === 0 ? [] : await rank(ports, workspaceId, parsed, allowed, options)
  const hits = await hydrate(ports, workspaceId, ranked, parsed)
  const result = {
    query: parsed.query,
    mode: parsed.mode,
    hits,
    tookMs: Math.round(performance.now() - started),
  }
  if (ports.searchHistory) await record(ports, acting, parsed, hits.length)
  return result
}

/** Candidates each retriever is asked for: enough for fusion to reorder, bounded for cost. */
export const candidatesFor = (topK: number) => Math.min(Math.max(topK * 4, 40), 200)

/** The documents a tag filter allows (with `documentIds`), or undefined for "not limited". */
async function allowedDocuments(
  ports: Pick<KnowledgePorts, 'documents'>,
  workspaceId: string,
  filter: SearchFilter | undefined,
): Promise<string[] | undefined> {
  if (!filter?.tags) return undefined
  const tagged = new Set<string>()
  for (const tag of new Set(filter.tags)) {
    let cursor: string | undefined
    do {
      const page = await ports.documents.list(workspaceId, {
        tag,
        limit: 100,
        ...(cursor ? { cursor } : {}),
      })
      for (const document of page.items) tagged.add(document.id)
      // Too many to list as ids: the tags indexed with each chunk decide (see storeFilterOf).
      if (tagged.size > searchLimits.taggedDocuments) return undefined
      cursor = page.nextCursor ?? undefined
    } while (cursor)
  }
  const ids = filter.documentIds
  return ids ? ids.filter((id) => tagged.has(id)) : [...tagged]
}

async function rank(
  ports: KnowledgePorts,
  workspaceId: string,
  input: ParsedSearchInput,
  allowed: string[] | undefined,
  options: { signal?: AbortSignal },
): Promise<Candidate[]> {
  const { query, topK, mode, minScore } = input
  const filter = storeFilterOf(input.filter, allowed)
  const candidates = candidatesFor(topK)
  const [vector, lexical] = await Promise.all([
    mode === 'lexical' ? [] : vectorSearch(ports, workspaceId, query, candidates, filter, options),
    mode === 'vector'
      ? []
      : ports.lexical.search(workspaceId, query, {
          topK: candidates,
          ...withFilter(lexicalFilterOf(filter)),
        }),
  ])
  const floor = minScore ?? Number.NEGATIVE_INFINITY
  const vectorKept = vector.filter((match) => match.score >= floor)
  const vectorScores = new Map(vectorKept.map((match) => [match.id, match.score]))
  const lexicalKept =
    minScore === undefined ? lexical : lexical.filter((hit) => vectorScores.has(hit.id))
  const lexicalById = new Map(lexicalKept.map((hit) => [hit.id, hit]))
  const scored =
    mode === 'hybrid'
      ? fuseByRank([vectorKept, lexicalKept])
      : (mode === 'vector' ? vectorKept : lexicalKept).map(({ id, score }) => ({ id, score }))
  const best = Math.max(0, scored[0]?.score ?? 0)
  return scored.map(({ id, score }) => {
    const vectorScore = vectorScores.get(id)
    const lexicalHit = lexicalById.get(id)
    return {
      id,
      score: best > 0 ? Math.max(0, score) / best : 0,
      ...(vectorScore === undefined ? {} : { vectorScore }),
      ...(lexicalHit ? { lexicalScore: lexicalHit.score } : {}),
      terms: lexicalHit?.terms ?? [],
    }
  })
}

const withFilter = <F>(filter: F | undefined) => (filter === undefined ? {} : { filter })

async function vectorSearch(
  ports: Pick<KnowledgePorts, 'embedder' | 'vectors'>,
  workspaceId: string,
  query: string,
  topK: number,
  filter: ReturnType<typeof storeFilterOf>,
  options: { signal?: AbortSignal },
): Promise<VectorMatch[]> {
  const [vector] = await ports.embedder.embed([query], options.signal, { purpose: 'query' })
  if (!vector) throw new Error('The embedder returned no vector for the query.')
  options.signal?.throwIfAborted()
  return ports.vectors.query(workspaceId, {
    vector,
    topK,
    includeMetadata: true,
    ...withFilter(vectorFilterOf(filter)),
  })
}

/** The top candidates with their texts and filenames, skipping what was deleted meanwhile. */
async function hydrate(
  ports: Pick<KnowledgePorts, 'documents'>,
  workspaceId: string,
  ranked: Candidate[],
  input: ParsedSearchInput,
): Promise<SearchHit[]> {
  const words = queryWords(input.query)
  const documents = new Map<string, DocumentRecord | undefined>()
  const hits: SearchHit[] = []
  let at = 0
  while (hits.length < input.topK && at < ranked.length) {
    const batch = ranked.slice(at, at + input.topK - hits.length)
    at += batch.length
    const chunks = new Map<string, StoredChunk>()
    for (const chunk of await ports.documents.getChunks(
      workspaceId,
      batch.map((c) => c.id),
    ))
      chunks.set(chunkId(chunk.documentId, chunk.index), chunk)
    for (const candidate of batch) {
      const chunk = chunks.get(candidate.id)
      if (!chunk) continue
      if (!documents.has(chunk.documentId))
        documents.set(chunk.documentId, await ports.documents.get(workspaceId, chunk.documentId))
      const document = documents.get(chunk.documentId)
      if (!document) continue
      hits.push(hitOf(candidate, chunk, document, words))
    }
  }
  return hits
}

function hitOf(
  candidate: Candidate,
  chunk: StoredChunk,
  document: DocumentRecord,
  words: string[],
): SearchHit {
  const { id, score, vectorScore, lexicalScore, terms } = candidate
  return {
    id,
    documentId: chunk.documentId,
    filename: document.filename,
    page: chunk.page,
    ...(chunk.section === undefined ? {} : { section: chunk.section }),
    text: chunk.text,
    score,
    ...(vectorScore === undefined ? {} : { vectorScore }),
    ...(lexicalScore === undefined ? {} : { lexicalScore }),
    highlights: highlightsOf(chunk.text, terms, words),
  }
}

/** Whose history a search goes to: the user's, or an API key's own. */
export const historyOwnerOf = (access: Acting['access']): string =>
  access.principal.type === 'apiKey' ? access.principal.apiKeyId : access.principal.userId

async function record(
  ports: SearchPorts,
  acting: Pick<Acting, 'access' | 'now'>,
  input: ParsedSearchInput,
  hits: number,
) {
  try {
    await ports.searchHistory?.record({
      id: `srh_${sortableId(acting.now)}`,
      workspaceId: acting.access.workspaceId,
      userId: historyOwnerOf(acting.access),
      query: input.query,
      mode: input.mode,
      ...(input.filter ? { filter: input.filter } : {}),
      hits,
      at: acting.now.toISOString(),
    })
  } catch (error) {
    // The user asked for results, not for history: a store hiccup here must not cost them.
    ports.logger?.warn('search history not recorded', { error })
  }
}
