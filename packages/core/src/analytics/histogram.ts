/**
 * Latencies are counted in fixed log-scale buckets (four per doubling, so a bucket is ~19% wide
 * and a percentile read from it is within ~10% of the true value), because counts per bucket add
 * up exactly across events, days and workspaces where stored percentiles could not be merged.
 * Bucket `b` holds [2^(b/4), 2^((b+1)/4)) ms; bucket 0 also holds anything under 1 ms.
 */
const perDoubling = 4
/** 2^25 ms is over 9 hours: anything slower is counted in the last bucket. */
export const lastLatencyBucket = 25 * perDoubling

/** The bucket a latency in milliseconds is counted in. */
export function latencyBucket(ms: number): number {
  if (!(ms >= 1)) return 0
  return Math.min(lastLatencyBucket, Math.floor(Math.log2(ms) * perDoubling))
}

/** What a bucket reports: the geometric middle of its bounds, in whole milliseconds. */
export function bucketMilliseconds(bucket: number): number {
  return Math.max(1, Math.round(2 ** ((bucket + 0.5) / perDoubling)))
}

/** Counts by bucket. */
export type Histogram = ReadonlyMap<number, number>

/**
 * The `p`-th percentile (0 < p <= 1) of a histogram: the value of the bucket where the running
 * count first reaches p of the total (nearest rank); null when nothing was counted.
 */
export function percentile(histogram: Histogram, p: number): number | null {
  const buckets = [...histogram].filter(([, count]) => count > 0).sort(([a], [b]) => a - b)
  const total = buckets.reduce((sum, [, count]) => sum + count, 0)
  if (total === 0) return null
  const rank = Math.max(1, Math.ceil(p * total))
  let seen = 0
  for (const [bucket, count] of buckets) {
    seen += count
    if (seen >= rank) return bucketMilliseconds(bucket)
  }
  return bucketMilliseconds(buckets[buckets.length - 1]?.[0] ?? 0)
}
