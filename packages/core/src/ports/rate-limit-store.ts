/** A token bucket's state as stored, with a version for compare-and-set. */
export interface BucketState {
  tokens: number
  /** Epoch milliseconds of the last refill. */
  updatedAt: number
  version: number
}

/**
 * Token buckets shared by every Lambda instance (DynamoDB in AWS and locally). The algorithm
 * lives in core; the store only reads and conditionally writes.
 */
export interface RateLimitStore {
  get(key: string): Promise<BucketState | undefined>
  /**
   * Writes `next` if the stored version is still `expectedVersion` (undefined: no item yet).
   * Resolves false when someone else wrote first. `expiresAt` (epoch seconds) lets TTL clean up.
   */
  put(
    key: string,
    next: BucketState,
    expectedVersion: number | undefined,
    expiresAt: number,
  ): Promise<boolean>
}
