import type {
  LexicalDocument,
  LexicalFields,
  LexicalHit,
  LexicalIndex,
  LexicalQuery,
} from '@chatter/core'
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'

// Prefix on words of 3+ letters ("instal" finds "installing"); fuzzy (one edit per ~5 letters)
// only on 5+ letters, where a typo is likelier than a different word.
const searchOptions: SearchOptions = {
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  combineWith: 'OR',
}

// Removal is a discard (instant, leaves dead references); vacuuming cleans them up in the
// background once 20 documents and 10% of the index are discarded, so a re-ingested document does
// not rebuild the index, and a large delete is cleaned up in batches that do not block searches.
// Loading must use the same options as indexing, hence one constant.
const indexOptions: Options<LexicalDocument> = {
  idField: 'id',
  fields: ['text'],
  storeFields: ['fields'],
  searchOptions,
  autoVacuum: { minDirtCount: 20, minDirtFactor: 0.1, batchSize: 1_000, batchWait: 10 },
}

// A word in more than a fifth of the chunks ("the", "and") adds little to BM25 but makes MiniSearch
// score (and sort) nearly every chunk: at 100k chunks that was most of a hybrid search's time.
const commonShare = 0.2
// Below this many chunks scoring everything is cheap, so a small index answers as MiniSearch does.
const pruneFrom = 1_000
const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize')
const processTerm: (term: string) => string | string[] | null | undefined | false =
  MiniSearch.getDefault('processTerm')

/**
 * The lexical index on MiniSearch: BM25 scoring, prefix and fuzzy word matching, one in-memory
 * index per namespace (workspace), persisted whole through `serialize` / `load`. From 1,000
 * chunks, a query mixing common words with rarer ones finds only the chunks holding a rarer one
 * (best first as before); a query of common words only is searched as it is.
 * @example
 * const index = new MiniSearchLexicalIndex()
 * await index.load(workspaceId, await blobs.getText(key))
 * const hits = await index.search(workspaceId, 'refund policy', { topK: 20 })
 */
export class MiniSearchLexicalIndex implements LexicalIndex {
  readonly #indexes = new Map<string, MiniSearch<LexicalDocument>>()

  async add(namespace: string, docs: LexicalDocument[]): Promise<void> {
    const index = this.#index(namespace)
    // Last one wins within a batch, as it would across batches.
    for (const doc of new Map(docs.map((d) => [d.id, d])).values()) {
      if (index.has(doc.id)) index.discard(doc.id)
      index.add(doc)
    }
  }

  async remove(namespace: string, ids: string[]): Promise<void> {
    const index = this.#indexes.get(namespace)
    if (!index) return
    for (const id of new Set(ids)) if (index.has(id)) index.discard(id)
  }

  async search(namespace: string, query: string, options: LexicalQuery): Promise<LexicalHit[]> {
    const index = this.#indexes.get(namespace)
    if (!index || options.topK <= 0) return []
    const { filter } = options
    // The chunks holding a rarer word of the query are the ones that can rank; the common words
    // are then scored for those chunks only (their postings are still walked, but no result is
    // built or sorted for the other chunks), so scores and order are MiniSearch's own.
    const rare = rareTerms(index, query)
    const candidates = rare && new Set(index.search(rare.join(' ')).map((r) => r.id))
    const results = index.search(query, {
      ...(filter ? { filter: (r) => filter((r.fields as LexicalFields | undefined) ?? {}) } : {}),
      ...(candidates?.size ? { boostDocument: (id) => (candidates.has(id) ? 1 : 0) } : {}),
    })
    // MiniSearch sorts by score; equal scores are ordered by id so a page of results is stable.
    return results
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, options.topK)
      .map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }))
  }

  async serialize(namespace: string): Promise<string> {
    const index = this.#indexes.get(namespace) ?? new MiniSearch(indexOptions)
    // Persist a clean index: dead references would otherwise be stored and loaded forever.
    if (index.dirtCount > 0) await index.vacuum()
    return JSON.stringify(index)
  }

  async load(namespace: string, json: string): Promise<void> {
    this.#indexes.set(namespace, MiniSearch.loadJSON(json, indexOptions))
  }

  #index(namespace: string): MiniSearch<LexicalDocument> {
    let index = this.#indexes.get(namespace)
    if (!index) {
      index = new MiniSearch(indexOptions)
      this.#indexes.set(namespace, index)
    }
    return index
  }
}

/**
 * The query's words found in at most `commonShare` of the chunks, or undefined when there is
 * nothing to leave out: a small index, no common word, or only common words ("the" still finds).
 */
function rareTerms(index: MiniSearch<LexicalDocument>, query: string): string[] | undefined {
  if (index.documentCount < pruneFrom) return undefined
  const terms = tokenize(query).flatMap((word) => processTerm(word) || [])
  const rare = terms.filter(
    (term) => documentFrequency(index, term) <= commonShare * index.documentCount,
  )
  return rare.length > 0 && rare.length < terms.length ? rare : undefined
}

/** MiniSearch's inverted index (term -> field id -> chunk -> count), protected with no getter. */
interface Postings {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined }
}

/** Chunks holding `term` (discarded ones until vacuumed): one lookup in the term tree. */
function documentFrequency(index: MiniSearch<LexicalDocument>, term: string): number {
  let count = 0
  for (const chunks of (index as unknown as Postings)._index.get(term)?.values() ?? [])
    count = Math.max(count, chunks.size)
  return count
}
