import { randomBytes } from 'node:crypto'
import type {
  BlobStore,
  LexicalDocument,
  LexicalHit,
  LexicalQuery,
  LexicalSnapshotPointers,
  LexicalSnapshotRef,
  SharedLexicalIndex,
} from '@chatter/core'
import { transientErrorName } from '@chatter/resources'
import { MiniSearchLexicalIndex } from './minisearch-lexical-index'

export interface SnapshotLexicalIndexOptions {
  blobs: Pick<BlobStore, 'get' | 'put' | 'delete'>
  pointers: LexicalSnapshotPointers
  /** Where snapshots are stored: `${keyPrefix}/${namespace}/${version}-${random}.json`. */
  keyPrefix?: string
  /** Tries of an update before it gives up with a `TransientError` (default 8). */
  maxAttempts?: number
  /** The first retry's wait, doubled on each further one, with full jitter (default 20 ms). */
  backoffMs?: number
  /** Namespaces kept loaded in memory, least recently used dropped first (default 16). */
  cachedNamespaces?: number
}

interface Loaded {
  ref: LexicalSnapshotRef
  /** The snapshot as stored: the base of the next update, which must not touch `index`. */
  json: string
  index: MiniSearchLexicalIndex
}

const decoder = new TextDecoder()
/** The snapshot a pointer named was deleted before it could be read (the pointer moved on). */
const gone = Symbol('gone')

/**
 * The shared lexical index of every function: one MiniSearch snapshot per namespace in the
 * bucket, behind a versioned pointer (a DynamoDB item). A write never changes a snapshot: it
 * stores a new one and moves the pointer only if nobody moved it since it read it (optimistic
 * concurrency), else it reloads and tries again, so concurrent ingestions lose nothing. A
 * snapshot is loaded once per version and kept in memory while it is current, so a warm
 * function searches without reading the bucket (one pointer read per search).
 * @example
 * const lexical = new SnapshotLexicalIndex({ blobs, pointers: new DynamoLexicalPointers(table) })
 * await lexical.update(workspaceId, { add: [{ id: 'doc_1:0', text: 'Refunds take 30 days.' }] })
 */
export class SnapshotLexicalIndex implements SharedLexicalIndex {
  readonly #blobs: SnapshotLexicalIndexOptions['blobs']
  readonly #pointers: LexicalSnapshotPointers
  readonly #prefix: string
  readonly #maxAttempts: number
  readonly #backoffMs: number
  readonly #cacheSize: number
  readonly #cache = new Map<string, Loaded>()

  constructor(options: SnapshotLexicalIndexOptions) {
    this.#blobs = options.blobs
    this.#pointers = options.pointers
    this.#prefix = (options.keyPrefix ?? 'blobs/lexical').replace(/\/+$/, '')
    this.#maxAttempts = options.maxAttempts ?? 8
    this.#backoffMs = options.backoffMs ?? 20
    this.#cacheSize = options.cachedNamespaces ?? 16
  }

  /**
   * Applies the change to the current snapshot and stores the result as the next version:
   * removals first, then additions (an id in both ends up added). Retries when another writer
   * moved the pointer in between; after `maxAttempts` throws an error named `TransientError`,
   * which the ingestion steps retry.
   */
  async update(
    namespace: string,
    change: { add?: LexicalDocument[]; remove?: string[] },
  ): Promise<void> {
    const add = change.add ?? []
    const remove = change.remove ?? []
    if (add.length === 0 && remove.length === 0) return
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
      const current = await this.#pointers.get(namespace)
      const base = await this.#loaded(namespace, current)
      if (base === gone) {
        await this.#backoff(attempt)
        continue
      }
      const working = new MiniSearchLexicalIndex()
      if (base) await working.load(namespace, base.json)
      await working.remove(namespace, remove)
      await working.add(namespace, add)
      const json = await working.serialize(namespace)
      const version = (current?.version ?? 0) + 1
      const next = { version, key: this.#keyOf(namespace, version) }
      await this.#blobs.put(next.key, json, { contentType: 'application/json' })
      if (await this.#pointers.swap(namespace, current?.version, next)) {
        this.#remember(namespace, { ref: next, json, index: working })
        if (current) await this.#blobs.delete(current.key).catch(() => {})
        return
      }
      // Another writer won: our snapshot is garbage; start again from theirs.
      await this.#blobs.delete(next.key).catch(() => {})
      await this.#backoff(attempt)
    }
    throw transientError(
      `The lexical index of ${namespace} kept changing under ${this.#maxAttempts} attempts to update it.`,
    )
  }

  /** Searches the current snapshot; a namespace never written finds nothing. */
  async search(namespace: string, query: string, options: LexicalQuery): Promise<LexicalHit[]> {
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt++) {
      const loaded = await this.#loaded(namespace, await this.#pointers.get(namespace))
      if (loaded !== gone) return loaded ? loaded.index.search(namespace, query, options) : []
      await this.#backoff(attempt)
    }
    throw transientError(`The lexical index of ${namespace} kept changing while being read.`)
  }

  /** Deletes the pointer, then the current snapshot. */
  async drop(namespace: string): Promise<void> {
    const current = await this.#pointers.get(namespace)
    await this.#pointers.delete(namespace)
    this.#cache.delete(namespace)
    if (current) await this.#blobs.delete(current.key)
  }

  /** The snapshot `ref` points at: from memory when it is the cached version, else loaded. */
  async #loaded(
    namespace: string,
    ref: LexicalSnapshotRef | undefined,
  ): Promise<Loaded | undefined | typeof gone> {
    if (!ref) {
      this.#cache.delete(namespace)
      return undefined
    }
    const cached = this.#cache.get(namespace)
    if (cached && cached.ref.version === ref.version && cached.ref.key === ref.key) {
      this.#remember(namespace, cached)
      return cached
    }
    const bytes = await this.#blobs.get(ref.key)
    // The pointer moved on and its writer deleted this snapshot between our two reads.
    if (!bytes) return gone
    const json = decoder.decode(bytes)
    const index = new MiniSearchLexicalIndex()
    await index.load(namespace, json)
    const loaded = { ref, json, index }
    this.#remember(namespace, loaded)
    return loaded
  }

  #remember(namespace: string, loaded: Loaded) {
    this.#cache.delete(namespace)
    this.#cache.set(namespace, loaded)
    for (const oldest of this.#cache.keys()) {
      if (this.#cache.size <= this.#cacheSize) break
      this.#cache.delete(oldest)
    }
  }

  /** Waits before try `attempt + 1`: exponential, full jitter, at most a second. */
  async #backoff(attempt: number) {
    if (attempt >= this.#maxAttempts) return
    await sleep(Math.random() * Math.min(1000, this.#backoffMs * 2 ** (attempt - 1)))
  }

  #keyOf(namespace: string, version: number) {
    return `${this.#prefix}/${namespace}/${version}-${randomBytes(6).toString('hex')}.json`
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function transientError(message: string): Error {
  const error = new Error(message)
  error.name = transientErrorName
  return error
}
