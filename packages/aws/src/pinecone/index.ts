export * from './clients'
export * from './pinecone-probe'
export * from './pinecone-vector-store'
export type { UpsertBatchLimits } from './upsert-batches'
