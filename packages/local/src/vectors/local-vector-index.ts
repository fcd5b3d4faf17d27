import {
  DomainError,
  type VectorFilter,
  type VectorMatch,
  type VectorMetadata,
  type VectorQuery,
  type VectorRecord,
  type VectorStore,
} from '@chatter/core'
import { compileFilter } from './metadata-filter'
import { readSnapshot } from './snapshot'
import { SnapshotWriter } from './snapshot-writer'
import { normalised, VectorNamespace } from './vector-namespace'

export interface LocalVectorIndexOptions {
  /** Snapshot file; without one the index lives in memory only. */
  file?: string
  /** Writes within this window are saved together, in one snapshot. */
  saveDelayMs?: number
  /** Fixes every namespace's dimension, as a Pinecone index does; otherwise the first upsert does. */
  dimension?: number
}

const MAX_TOP_K = 10_000

/**
 * Pinecone's stand-in: an exact cosine-similarity index with namespaces and Pinecone's metadata
 * filter dialect, persisted to a snapshot file. Vectors are kept unit-length in Float32Arrays,
 * so a query is one dot product per row (100k x 384 in tens of milliseconds). Writes are saved
 * in the background, coalesced; `flush()` or `close()` waits until they are on disk.
 * @example const index = await LocalVectorIndex.open({ file: '.data/vectors.snapshot' })
 */
export class LocalVectorIndex implements VectorStore {
  readonly #namespaces: Map<string, VectorNamespace>
  readonly #writer: SnapshotWriter | undefined
  #closed = false

  private constructor(
    private readonly options: LocalVectorIndexOptions,
    namespaces: Map<string, VectorNamespace>,
  ) {
    this.#namespaces = namespaces
    this.#writer = options.file
      ? new SnapshotWriter(options.file, options.saveDelayMs ?? 1_000, () => this.#rows())
      : undefined
  }

  /** Opens the index, loading `file` when it exists. */
  static async open(options: LocalVectorIndexOptions = {}): Promise<LocalVectorIndex> {
    const saved = options.file ? await readSnapshot(options.file) : undefined
    const namespaces = new Map<string, VectorNamespace>()
    for (const [name, rows] of saved ?? []) {
      namespaces.set(name, new VectorNamespace(rows.dimension, rows))
    }
    return new LocalVectorIndex(options, namespaces)
  }

  async upsert(namespace: string, records: VectorRecord[]): Promise<void> {
    this.#assertOpen()
    const dimension = this.options.dimension ?? this.#namespaces.get(namespace)?.dimension
    // Everything is checked before anything is written, so a bad batch changes nothing.
    const rows = records.map((record) => {
      if (!record.id || record.id.length > 512) {
        throw new DomainError('request.invalid', 'A vector id must have 1 to 512 characters')
      }
      this.#assertDimension(namespace, dimension ?? records[0]?.values.length, record.values.length)
      return {
        id: record.id,
        unit: normalised(record.values),
        metadata: copyMetadata(record.metadata),
      }
    })
    if (rows.length === 0) return
    let target = this.#namespaces.get(namespace)
    if (!target) {
      target = new VectorNamespace(rows[0]!.unit.length)
      this.#namespaces.set(namespace, target)
    }
    for (const row of rows) target.upsert(row.id, row.unit, row.metadata)
    this.#writer?.changed()
  }

  async query(namespace: string, query: VectorQuery): Promise<VectorMatch[]> {
    this.#assertOpen()
    if (!Number.isInteger(query.topK) || query.topK < 1 || query.topK > MAX_TOP_K) {
      throw new DomainError('request.invalid', `topK must be an integer from 1 to ${MAX_TOP_K}`)
    }
    const matches = query.filter ? compileFilter(query.filter) : undefined
    const target = this.#namespaces.get(namespace)
    if (!target) return []
    this.#assertDimension(namespace, target.dimension, query.vector.length)
    const found = target.search(normalised(query.vector), query.topK, matches)
    return found.map(({ id, score, metadata }) =>
      query.includeMetadata && metadata
        ? { id, score, metadata: copyMetadata(metadata) }
        : { id, score },
    )
  }

  async deleteIds(namespace: string, ids: string[]): Promise<void> {
    this.#assertOpen()
    const target = this.#namespaces.get(namespace)
    if (!target) return
    for (const id of ids) target.delete(id)
    this.#afterDelete(namespace, target)
  }

  async deleteByFilter(namespace: string, filter: VectorFilter): Promise<void> {
    this.#assertOpen()
    const matches = compileFilter(filter)
    const target = this.#namespaces.get(namespace)
    if (!target) return
    for (const id of target.idsWhere(matches)) target.delete(id)
    this.#afterDelete(namespace, target)
  }

  async deleteNamespace(namespace: string): Promise<void> {
    this.#assertOpen()
    if (this.#namespaces.delete(namespace)) this.#writer?.changed()
  }

  /** Like Pinecone's describeIndexStats: vectors and dimension per namespace. */
  stats(): Record<string, { vectorCount: number; dimension: number }> {
    const entries = [...this.#namespaces].map(([name, ns]) => [
      name,
      { vectorCount: ns.size, dimension: ns.dimension },
    ])
    return Object.fromEntries(entries)
  }

  /** Why the index is not serving, if it is not: closed, or its last save failed. */
  problem(): string | undefined {
    if (this.#closed) return 'the vector index is closed'
    const failed = this.#writer?.lastError
    return failed && `saving the vector snapshot failed: ${failed.message}`
  }

  /** Resolves once every write so far is in the snapshot file. */
  async flush(): Promise<void> {
    await this.#writer?.flush()
  }

  /** Saves pending writes; the index refuses further use. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.flush()
  }

  #afterDelete(namespace: string, target: VectorNamespace): void {
    // An emptied namespace disappears, as in Pinecone, and may take another dimension later.
    if (target.size === 0) this.#namespaces.delete(namespace)
    this.#writer?.changed()
  }

  #assertDimension(namespace: string, expected: number | undefined, actual: number): void {
    if (expected !== undefined && expected !== actual) {
      throw new DomainError(
        'request.invalid',
        `Vector dimension ${actual} does not match dimension ${expected} of namespace "${namespace}"`,
      )
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('The vector index is closed')
  }

  #rows() {
    return new Map([...this.#namespaces].map(([name, ns]) => [name, ns.rows()]))
  }
}

function copyMetadata(metadata: VectorMetadata | undefined): VectorMetadata | undefined {
  if (!metadata) return undefined
  const entries = Object.entries(metadata).map(([key, value]) => {
    const ok =
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      Number.isFinite(value) ||
      (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    if (!ok) {
      throw new DomainError(
        'request.invalid',
        `Metadata "${key}" must be a string, number, boolean or list of strings`,
      )
    }
    return [key, Array.isArray(value) ? [...value] : value]
  })
  return Object.fromEntries(entries)
}
