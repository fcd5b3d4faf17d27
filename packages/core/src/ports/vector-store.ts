/** Metadata values the vector store can filter on (Pinecone's types). */
export type VectorMetadataValue = string | number | boolean | string[]
export type VectorMetadata = Record<string, VectorMetadataValue>

export interface VectorRecord {
  id: string
  values: number[]
  metadata?: VectorMetadata
}

/**
 * A filter in Pinecone's dialect: `{ field: value }`, `{ field: { $eq | $ne | $gt | $gte | $lt |
 * $lte | $in | $nin | $exists: ... } }`, `{ $and: [...] }`, `{ $or: [...] }`.
 */
export type VectorFilter = Record<string, unknown>

export interface VectorQuery {
  vector: number[]
  topK: number
  filter?: VectorFilter
  includeMetadata?: boolean
}

export interface VectorMatch {
  id: string
  score: number
  metadata?: VectorMetadata
}

/** Vectors, one namespace per workspace. Implemented by Pinecone in AWS and an exact index locally. */
export interface VectorStore {
  upsert(namespace: string, records: VectorRecord[]): Promise<void>
  query(namespace: string, query: VectorQuery): Promise<VectorMatch[]>
  deleteIds(namespace: string, ids: string[]): Promise<void>
  deleteByFilter(namespace: string, filter: VectorFilter): Promise<void>
  deleteNamespace(namespace: string): Promise<void>
}
