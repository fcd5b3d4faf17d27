import type { VectorRecord } from '@chatter/core'

/** Pinecone's per-request limits for `/vectors/upsert`, with headroom under both. */
export interface UpsertBatchLimits {
  /** Records per request; Pinecone takes up to 1000, and 100 is its recommended batch. */
  maxRecords: number
  /** Estimated JSON bytes per request; Pinecone refuses bodies over 2 MB. */
  maxBytes: number
}

export const defaultUpsertBatchLimits: UpsertBatchLimits = {
  maxRecords: 100,
  maxBytes: 1_800_000,
}

/**
 * Splits records into requests Pinecone accepts. Counting alone is not enough: 100 vectors of
 * 1024 dimensions with rich metadata come close to 2 MB, so each record's JSON size counts too.
 * A single record larger than the byte budget still goes alone, and Pinecone's 400 explains it.
 */
export function upsertBatches(
  records: readonly VectorRecord[],
  limits: UpsertBatchLimits = defaultUpsertBatchLimits,
): VectorRecord[][] {
  const batches: VectorRecord[][] = []
  let current: VectorRecord[] = []
  let bytes = 0
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record))
    if (
      current.length > 0 &&
      (current.length >= limits.maxRecords || bytes + size > limits.maxBytes)
    ) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(record)
    bytes += size
  }
  if (current.length > 0) batches.push(current)
  return batches
}

/** Fixed-size slices, for id lists (Pinecone deletes at most 1000 ids per request). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}
