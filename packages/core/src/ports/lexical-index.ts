/** Field values a lexical document carries for filtering (not searched). */
export type LexicalFieldValue = string | number | string[]
export type LexicalFields = Record<string, LexicalFieldValue>

export interface LexicalDocument {
  id: string
  /** The searched text. */
  text: string
  /** Stored with the document and handed to `filter`: document id, tags, content type, page... */
  fields?: LexicalFields
}

export interface LexicalQuery {
  topK: number
  /** Keeps a hit only when it returns true for the hit's stored fields. */
  filter?: (fields: LexicalFields) => boolean
}

export interface LexicalHit {
  id: string
  /** BM25-like relevance: comparable within one result list, not across indexes or queries. */
  score: number
  /** The document's terms that matched (after prefix/fuzzy expansion), for highlights. */
  terms: string[]
}

/**
 * Full-text search over chunks, one namespace per workspace. In memory and persisted whole per
 * namespace (`serialize` / `load` to S3 or disk), which suits serverless: a function loads its
 * workspace's index, searches, and writes it back after ingesting. Implemented by MiniSearch.
 */
export interface LexicalIndex {
  /** Adds documents; one whose id is already present is replaced. */
  add(namespace: string, docs: LexicalDocument[]): Promise<void>
  /** Removes documents by id; unknown ids are ignored. */
  remove(namespace: string, ids: string[]): Promise<void>
  /** Best first, at most `topK`; an unknown namespace or a query with no terms finds nothing. */
  search(namespace: string, query: string, options: LexicalQuery): Promise<LexicalHit[]>
  /** The namespace as a JSON string that `load` accepts; an empty index when unknown. */
  serialize(namespace: string): Promise<string>
  /** Replaces the namespace with one from `serialize`. */
  load(namespace: string, json: string): Promise<void>
}

/**
 * A workspace's lexical index as every function shares it: `update` loads the current snapshot,
 * applies the change and saves a new one, retrying when another writer got there first, so
 * concurrent ingestions never lose each other's chunks; `search` reads the latest snapshot
 * (cached while it is current). Persisted in the documents bucket behind a versioned pointer.
 */
export interface SharedLexicalIndex {
  update(namespace: string, change: { add?: LexicalDocument[]; remove?: string[] }): Promise<void>
  search(namespace: string, query: string, options: LexicalQuery): Promise<LexicalHit[]>
  /** Forgets the namespace entirely (a deleted workspace). */
  drop(namespace: string): Promise<void>
}

/** Which snapshot of a namespace's lexical index is current. */
export interface LexicalSnapshotRef {
  version: number
  /** The blob key of the snapshot. */
  key: string
}

/** The versioned pointer behind `SharedLexicalIndex` (a DynamoDB item in AWS and locally). */
export interface LexicalSnapshotPointers {
  get(namespace: string): Promise<LexicalSnapshotRef | undefined>
  /**
   * Points the namespace at `next` only if its current version is `expectedVersion` (undefined:
   * no pointer yet); resolves whether it did. A false means another writer won: reload, retry.
   */
  swap(
    namespace: string,
    expectedVersion: number | undefined,
    next: LexicalSnapshotRef,
  ): Promise<boolean>
  delete(namespace: string): Promise<void>
}
