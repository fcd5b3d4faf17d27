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

/**
 * The lexical index on MiniSearch: BM25 scoring, prefix and fuzzy word matching, one in-memory
 * index per namespace (workspace), persisted whole through `serialize` / `load`.
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
    const results = index.search(query, {
      ...(filter ? { filter: (r) => filter((r.fields as LexicalFields | undefined) ?? {}) } : {}),
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
