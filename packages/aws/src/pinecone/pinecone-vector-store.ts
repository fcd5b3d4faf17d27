import type {
  VectorFilter,
  VectorMatch,
  VectorQuery,
  VectorRecord,
  VectorStore,
} from '@chatter/core'
import { DomainError } from '@chatter/core'
import type { Index, Pinecone } from '@pinecone-database/pinecone'
import { fromPineconeError, isPineconeNotFound } from './pinecone-errors'
import {
  chunked,
  defaultUpsertBatchLimits,
  type UpsertBatchLimits,
  upsertBatches,
} from './upsert-batches'

/** The client itself, a promise of it, or a function making it on first use (cold start stays light). */
export type PineconeClientSource = Pinecone | Promise<Pinecone> | (() => Promise<Pinecone>)

export interface PineconeVectorStoreOptions {
  /** The index's data-plane host; without it the client asks the control plane once for it. */
  host?: string
  /** Upsert request limits; the defaults keep under Pinecone's 1000 records and 2 MB. */
  batch?: UpsertBatchLimits
}

/** Pinecone deletes at most 1000 ids per request. */
const MAX_DELETE_IDS = 1000

/**
 * The VectorStore on a Pinecone index, one namespace per workspace. Upserts go out in batches
 * Pinecone accepts, one after another so a failure says which records may be missing; deletes
 * of things that are not there succeed, since a namespace Pinecone has never seen answers 404.
 * Pinecone's errors become DomainErrors (see `fromPineconeError`).
 * @example
 * const store = new PineconeVectorStore(() => createPineconeClient({ apiKey }), 'chatter', { host })
 * await store.upsert(workspaceId, [{ id: 'doc-1#0', values, metadata: { documentId: 'doc-1' } }])
 */
export class PineconeVectorStore implements VectorStore {
  #index: Promise<Index> | undefined

  constructor(
    private readonly client: PineconeClientSource,
    private readonly indexName: string,
    private readonly options: PineconeVectorStoreOptions = {},
  ) {}

  async upsert(namespace: string, records: VectorRecord[]): Promise<void> {
    const index = await this.#target()
    for (const batch of upsertBatches(records, this.options.batch ?? defaultUpsertBatchLimits)) {
      await call('upsert', () => index.upsert({ namespace, records: batch }))
    }
  }

  async query(namespace: string, query: VectorQuery): Promise<VectorMatch[]> {
    const index = await this.#target()
    const includeMetadata = query.includeMetadata ?? false
    // The port reads `{}` as "no filter"; the Pinecone client refuses an empty filter object.
    const filter = query.filter && Object.keys(query.filter).length > 0 ? query.filter : undefined
    const response = await call('query', () =>
      index.query({
        namespace,
        vector: query.vector,
        topK: query.topK,
        ...(filter && { filter }),
        includeMetadata,
        includeValues: false,
      }),
    )
    return response.matches.map(({ id, score, metadata }) =>
      includeMetadata && metadata ? { id, score: score ?? 0, metadata } : { id, score: score ?? 0 },
    )
  }

  async deleteIds(namespace: string, ids: string[]): Promise<void> {
    const index = await this.#target()
    for (const slice of chunked(ids, MAX_DELETE_IDS)) {
      await deleting('delete', () => index.deleteMany({ namespace, ids: slice }))
    }
  }

  async deleteByFilter(namespace: string, filter: VectorFilter): Promise<void> {
    // An empty filter would mean "everything": wiping a namespace has its own, explicit call.
    if (Object.keys(filter).length === 0) {
      throw new DomainError('request.invalid', 'A delete filter needs at least one condition')
    }
    const index = await this.#target()
    await deleting('delete', () => index.deleteMany({ namespace, filter }))
  }

  async deleteNamespace(namespace: string): Promise<void> {
    const index = await this.#target()
    await deleting('namespace delete', () => index.deleteAll({ namespace }))
  }

  #target(): Promise<Index> {
    // A failed resolution (say, SSM unreachable) is not cached: the next call tries again.
    this.#index ??= this.#resolve().catch((error: unknown) => {
      this.#index = undefined
      throw error
    })
    return this.#index
  }

  async #resolve(): Promise<Index> {
    const source = this.client
    const pinecone = await (typeof source === 'function' ? source() : source)
    const { host } = this.options
    return pinecone.index({ name: this.indexName, ...(host && { host }) })
  }
}

async function call<T>(action: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    throw fromPineconeError(error, action)
  }
}

async function deleting(action: string, request: () => Promise<void>): Promise<void> {
  try {
    await request()
  } catch (error) {
    if (isPineconeNotFound(error)) return
    throw fromPineconeError(error, action)
  }
}
