import { DomainError, type VectorMatch, type VectorMetadata } from '@chatter/core'
import type { MetadataPredicate } from './metadata-filter'
import { TopK } from './top-k'

/** Unit length, or a `request.invalid` for vectors cosine similarity cannot use. */
export function normalised(values: ArrayLike<number>): Float32Array {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += (values[i] as number) ** 2
  const norm = Math.sqrt(sum)
  if (!Number.isFinite(norm) || norm === 0) {
    throw new DomainError('request.invalid', 'A vector must be finite and not all zeros')
  }
  const unit = new Float32Array(values.length)
  for (let i = 0; i < values.length; i++) unit[i] = (values[i] as number) / norm
  return unit
}

/**
 * One row's dot product with the query. Eight independent sums let the CPU overlap the
 * multiply-adds: about twice as fast as the plain loop on V8 (100k x 384: ~35 ms, not ~80).
 */
function dot(rows: Float32Array, base: number, query: Float32Array, d: number): number {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0
  let j = 0
  for (; j + 7 < d; j += 8) {
    const o = base + j
    s0 += rows[o]! * query[j]!
    s1 += rows[o + 1]! * query[j + 1]!
    s2 += rows[o + 2]! * query[j + 2]!
    s3 += rows[o + 3]! * query[j + 3]!
    s4 += rows[o + 4]! * query[j + 4]!
    s5 += rows[o + 5]! * query[j + 5]!
    s6 += rows[o + 6]! * query[j + 6]!
    s7 += rows[o + 7]! * query[j + 7]!
  }
  for (; j < d; j++) s0 += rows[base + j]! * query[j]!
  return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7
}

/** Rows as they are saved: `vectors` holds `ids.length` unit rows of `dimension` floats. */
export interface NamespaceRows {
  dimension: number
  ids: string[]
  metadata: (VectorMetadata | undefined)[]
  vectors: Float32Array
}

/**
 * One namespace: unit vectors packed row after row in one Float32Array, so an exact query
 * is a tight dot-product loop. Deleting moves the last row into the hole.
 */
export class VectorNamespace {
  #vectors: Float32Array
  #ids: string[]
  #metadata: (VectorMetadata | undefined)[]
  readonly #slots = new Map<string, number>()

  constructor(
    readonly dimension: number,
    rows: Omit<NamespaceRows, 'dimension'> = { ids: [], metadata: [], vectors: new Float32Array() },
  ) {
    this.#ids = rows.ids
    this.#metadata = rows.metadata
    this.#vectors = rows.vectors
    for (const [slot, id] of this.#ids.entries()) this.#slots.set(id, slot)
  }

  get size(): number {
    return this.#ids.length
  }

  upsert(id: string, unit: Float32Array, metadata: VectorMetadata | undefined): void {
    let slot = this.#slots.get(id)
    if (slot === undefined) {
      slot = this.#ids.length
      this.#grow(slot + 1)
      this.#ids.push(id)
      this.#metadata.push(undefined)
      this.#slots.set(id, slot)
    }
    this.#vectors.set(unit, slot * this.dimension)
    this.#metadata[slot] = metadata
  }

  delete(id: string): void {
    const slot = this.#slots.get(id)
    if (slot === undefined) return
    const last = this.#ids.length - 1
    if (slot !== last) {
      const lastId = this.#ids[last] as string
      const d = this.dimension
      this.#vectors.copyWithin(slot * d, last * d, (last + 1) * d)
      this.#ids[slot] = lastId
      this.#metadata[slot] = this.#metadata[last]
      this.#slots.set(lastId, slot)
    }
    this.#ids.pop()
    this.#metadata.pop()
    this.#slots.delete(id)
  }

  /** Ids whose metadata matches, for delete-by-filter. */
  idsWhere(matches: MetadataPredicate): string[] {
    return this.#ids.filter((_, slot) => matches(this.#metadata[slot]))
  }

  search(unitQuery: Float32Array, topK: number, matches?: MetadataPredicate): VectorMatch[] {
    const d = this.dimension
    const vectors = this.#vectors
    const best = new TopK(topK, (slot) => this.#ids[slot] as string)
    for (let slot = 0, base = 0; slot < this.#ids.length; slot++, base += d) {
      if (matches && !matches(this.#metadata[slot])) continue
      best.offer(slot, dot(vectors, base, unitQuery, d))
    }
    return best.sorted().map(({ slot, score }) => {
      const id = this.#ids[slot] as string
      const metadata = this.#metadata[slot]
      return metadata ? { id, score, metadata } : { id, score }
    })
  }

  /** A copy safe to write out while the namespace keeps changing. */
  rows(): NamespaceRows {
    return {
      dimension: this.dimension,
      ids: [...this.#ids],
      metadata: [...this.#metadata],
      vectors: this.#vectors.slice(0, this.#ids.length * this.dimension),
    }
  }

  #grow(rows: number): void {
    const needed = rows * this.dimension
    if (needed <= this.#vectors.length) return
    const grown = new Float32Array(Math.max(needed, this.#vectors.length * 2, 64 * this.dimension))
    grown.set(this.#vectors)
    this.#vectors = grown
  }
}
