import { DomainError } from '../errors'
import type {
  BlobStore,
  PresignedMultipart,
  PresignGetInput,
  PresignMultipartInput,
  PresignPutInput,
} from '../ports/blob-store'
import type { Embedder } from '../ports/embedder'
import type {
  LexicalDocument,
  LexicalFields,
  LexicalHit,
  LexicalQuery,
  SharedLexicalIndex,
} from '../ports/lexical-index'
import type { MessageQueue } from '../ports/message-queue'
import type {
  VectorFilter,
  VectorMatch,
  VectorMetadata,
  VectorQuery,
  VectorRecord,
  VectorStore,
} from '../ports/vector-store'

/** Blobs in a map; presigned URLs are fake `memory://` URLs (tests put bytes with `put`). */
export class InMemoryBlobs implements BlobStore {
  readonly objects = new Map<string, { body: Uint8Array; contentType?: string }>()
  readonly multiparts = new Map<string, PresignMultipartInput>()

  async put(key: string, body: Uint8Array | string, options: { contentType?: string } = {}) {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body.slice()
    this.objects.set(key, { body: bytes, ...options })
  }
  async get(key: string) {
    return this.objects.get(key)?.body.slice()
  }
  async delete(key: string) {
    this.objects.delete(key)
  }
  async exists(key: string) {
    return this.objects.has(key)
  }
  async presignPut(input: PresignPutInput) {
    return {
      url: `memory://put/${encodeURIComponent(input.key)}`,
      method: 'PUT' as const,
      headers: { 'content-type': input.contentType, 'content-length': String(input.contentLength) },
    }
  }
  async presignGet(input: PresignGetInput) {
    return { url: `memory://get/${encodeURIComponent(input.key)}` }
  }
  async presignMultipart(input: PresignMultipartInput): Promise<PresignedMultipart> {
    const uploadId = `upload-${this.multiparts.size + 1}`
    this.multiparts.set(uploadId, input)
    const count = Math.max(1, Math.ceil(input.contentLength / input.partSize))
    return {
      uploadId,
      partSize: input.partSize,
      parts: Array.from({ length: count }, (_, i) => {
        const size = Math.min(input.partSize, input.contentLength - i * input.partSize)
        return {
          partNumber: i + 1,
          url: `memory://part/${uploadId}/${i + 1}`,
          method: 'PUT' as const,
          headers: { 'content-length': String(size) },
        }
      }),
    }
  }
  async completeMultipart(key: string, uploadId: string) {
    const upload = this.multiparts.get(uploadId)
    if (!upload || upload.key !== key)
      throw new DomainError('resource.notFound', 'No such multipart upload.')
    this.multiparts.delete(uploadId)
  }
  async abortMultipart(_key: string, uploadId: string) {
    this.multiparts.delete(uploadId)
  }
}

/** Exact cosine search with the subset of Pinecone's filter dialect the platform uses. */
export class InMemoryVectors implements VectorStore {
  readonly namespaces = new Map<string, Map<string, VectorRecord>>()

  async upsert(namespace: string, records: VectorRecord[]) {
    const space = this.namespaces.get(namespace) ?? new Map<string, VectorRecord>()
    this.namespaces.set(namespace, space)
    for (const record of records) space.set(record.id, structuredClone(record))
  }
  async query(namespace: string, query: VectorQuery): Promise<VectorMatch[]> {
    const space = this.namespaces.get(namespace)
    if (!space) return []
    return [...space.values()]
      .filter((r) => !query.filter || matchesFilter(r.metadata ?? {}, query.filter))
      .map((r) => ({
        id: r.id,
        score: cosine(query.vector, r.values),
        ...(query.includeMetadata && r.metadata ? { metadata: structuredClone(r.metadata) } : {}),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, query.topK)
  }
  async deleteIds(namespace: string, ids: string[]) {
    const space = this.namespaces.get(namespace)
    for (const id of ids) space?.delete(id)
  }
  async deleteByFilter(namespace: string, filter: VectorFilter) {
    const space = this.namespaces.get(namespace)
    for (const [id, r] of space ?? [])
      if (matchesFilter(r.metadata ?? {}, filter)) space?.delete(id)
  }
  async deleteNamespace(namespace: string) {
    this.namespaces.delete(namespace)
  }
  /** The ids stored in a namespace (tests prove deletes with it). */
  ids(namespace: string): string[] {
    return [...(this.namespaces.get(namespace)?.keys() ?? [])]
  }
}

function cosine(a: number[], b: number[]): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    dot += (a[i] ?? 0) * (b[i] ?? 0)
    na += (a[i] ?? 0) ** 2
    nb += (b[i] ?? 0) ** 2
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}

function matchesFilter(metadata: VectorMetadata, filter: VectorFilter): boolean {
  return Object.entries(filter).every(([field, condition]) => {
    if (field === '$and')
      return (condition as VectorFilter[]).every((f) => matchesFilter(metadata, f))
    if (field === '$or')
      return (condition as VectorFilter[]).some((f) => matchesFilter(metadata, f))
    const value = metadata[field]
    const ops =
      typeof condition === 'object' && condition !== null && !Array.isArray(condition)
        ? (condition as Record<string, unknown>)
        : { $eq: condition }
    return Object.entries(ops).every(([op, operand]) => compare(value, op, operand))
  })
}

function compare(value: unknown, op: string, operand: unknown): boolean {
  const values = Array.isArray(value) ? value : [value]
  switch (op) {
    case '$eq':
      return values.includes(operand)
    case '$ne':
      return !values.includes(operand)
    case '$in':
      return values.some((v) => (operand as unknown[]).includes(v))
    case '$nin':
      return !values.some((v) => (operand as unknown[]).includes(v))
    case '$exists':
      return (value !== undefined) === operand
    case '$gt':
      return typeof value === 'number' && value > (operand as number)
    case '$gte':
      return typeof value === 'number' && value >= (operand as number)
    case '$lt':
      return typeof value === 'number' && value < (operand as number)
    case '$lte':
      return typeof value === 'number' && value <= (operand as number)
    default:
      throw new Error(`Unsupported filter operator ${op}`)
  }
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/**
 * A naive shared lexical index: scores a document by how many query words it contains (exact
 * words, no prefixes). Enough for use-case tests; the real one is MiniSearch behind snapshots.
 */
export class InMemoryLexical implements SharedLexicalIndex {
  readonly namespaces = new Map<string, Map<string, LexicalDocument>>()

  async update(namespace: string, change: { add?: LexicalDocument[]; remove?: string[] }) {
    const space = this.namespaces.get(namespace) ?? new Map<string, LexicalDocument>()
    this.namespaces.set(namespace, space)
    for (const id of change.remove ?? []) space.delete(id)
    for (const doc of change.add ?? []) space.set(doc.id, structuredClone(doc))
  }
  async search(namespace: string, query: string, options: LexicalQuery): Promise<LexicalHit[]> {
    const terms = new Set(words(query))
    const hits: LexicalHit[] = []
    for (const doc of this.namespaces.get(namespace)?.values() ?? []) {
      if (options.filter && !options.filter((doc.fields ?? {}) as LexicalFields)) continue
      const matched = [...new Set(words(doc.text))].filter((w) => terms.has(w))
      if (matched.length > 0) hits.push({ id: doc.id, score: matched.length, terms: matched })
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, options.topK)
  }
  async drop(namespace: string) {
    this.namespaces.delete(namespace)
  }
  ids(namespace: string): string[] {
    return [...(this.namespaces.get(namespace)?.keys() ?? [])]
  }
}

/**
 * A deterministic embedder for tests: hashed word counts, L2-normalised, so texts sharing words
 * are close. Counts its calls so tests can check batching.
 */
export class HashingEmbedder implements Embedder {
  readonly modelId = 'test-hashing'
  readonly calls: number[] = []
  constructor(readonly dimensions = 64) {}

  async embed(texts: string[]): Promise<number[][]> {
    this.calls.push(texts.length)
    return texts.map((text) => {
      const vector = new Array<number>(this.dimensions).fill(0)
      for (const word of words(text)) {
        let h = 2166136261
        for (const ch of word) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619)
        const at = Math.abs(h) % this.dimensions
        vector[at] = (vector[at] ?? 0) + 1
      }
      const norm = Math.hypot(...vector) || 1
      return vector.map((v) => v / norm)
    })
  }
}

/** Records what was sent, in order. */
export class InMemoryQueue implements MessageQueue {
  readonly sent: unknown[] = []
  async send(body: unknown) {
    this.sent.push(structuredClone(body))
    return { messageId: `msg-${this.sent.length}` }
  }
}
