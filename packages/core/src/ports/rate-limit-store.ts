/**
 * The outcome of one conditional write to a bucket: whether it applied, and the bucket's
 * theoretical arrival time after it (applied) or as stored (refused; undefined: no bucket).
 */
export interface BucketWrite {
  applied: boolean
  tat: number | undefined
}

/**
 * Token buckets shared by every Lambda instance (DynamoDB in AWS and locally), stored as one
 * number per bucket: its theoretical arrival time (`tat`, epoch milliseconds; GCRA), the moment
 * the bucket would be full again. The algorithm lives in core; each method is one conditional
 * write that also reports the stored value when its condition fails, so a take costs one round
 * trip and concurrent takes add up instead of overwriting each other. `expiresAt` (epoch seconds)
 * lets TTL clean up idle buckets.
 */
export interface RateLimitStore {
  /**
   * Adds `amount` (negative: subtracts) to an existing bucket's `tat` if it lies within
   * `[atLeast, atMost]` (either bound optional).
   */
  increment(
    key: string,
    amount: number,
    bounds: { atLeast?: number; atMost?: number },
    expiresAt: number,
  ): Promise<BucketWrite>
  /** Sets `tat` if the bucket is missing or its `tat` is before `before` (a full bucket). */
  reset(key: string, tat: number, before: number, expiresAt: number): Promise<BucketWrite>
}
