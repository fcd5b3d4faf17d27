import { describe, expect, it } from 'vitest'
import { bucketMilliseconds, latencyBucket, percentile } from './histogram'

const histogramOf = (latencies: number[]) => {
  const histogram = new Map<number, number>()
  for (const ms of latencies) {
    const bucket = latencyBucket(ms)
    histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1)
  }
  return histogram
}

describe('latency histograms', () => {
  it('put every latency in a bucket whose value is within 10% of it', () => {
    for (const ms of [1, 3, 17, 150, 999, 1_000, 4_321, 60_000, 1_234_567]) {
      const value = bucketMilliseconds(latencyBucket(ms))
      expect(Math.abs(value - ms) / ms).toBeLessThan(0.1)
    }
    expect(latencyBucket(0)).toBe(0)
    expect(latencyBucket(Number.NaN)).toBe(0)
    expect(latencyBucket(10 ** 12)).toBe(latencyBucket(10 ** 13))
  })

  it('read percentiles by nearest rank, within a bucket of the exact ones', () => {
    const latencies = Array.from({ length: 100 }, (_, i) => (i + 1) * 10) // 10 ms .. 1000 ms
    const histogram = histogramOf(latencies)
    for (const [p, exact] of [
      [0.5, 500],
      [0.95, 950],
      [0.99, 990],
    ] as const) {
      const read = percentile(histogram, p)
      expect(Math.abs((read ?? 0) - exact) / exact).toBeLessThan(0.1)
    }
  })

  it('merge by adding counts: the percentile of two merged days is that of all their latencies', () => {
    const fast = histogramOf(Array.from({ length: 90 }, () => 100))
    const slow = histogramOf(Array.from({ length: 10 }, () => 5_000))
    const merged = new Map(fast)
    for (const [bucket, count] of slow) merged.set(bucket, (merged.get(bucket) ?? 0) + count)
    expect(percentile(merged, 0.5)).toBe(percentile(fast, 0.5))
    expect(percentile(merged, 0.95)).toBe(percentile(slow, 0.5))
    expect(percentile(new Map(), 0.5)).toBeNull()
  })
})
