import { describe, expect, it } from 'vitest'
import { chunked, upsertBatches } from './upsert-batches'

/** Embedding-like values: full-precision floats, about 20 characters each in JSON. */
const record = (i: number, dimension = 4) => ({
  id: `r${i}`,
  values: Array.from({ length: dimension }, (_, d) => Math.sin(i * dimension + d + 1)),
})

describe('upsertBatches', () => {
  it('splits by count, keeping every record once and in order', () => {
    const records = Array.from({ length: 250 }, (_, i) => record(i))
    const batches = upsertBatches(records)
    expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50])
    expect(batches.flat()).toEqual(records)
  })

  it('starts a new request before the body would pass the byte budget', () => {
    // 1024-dimension vectors are ~20 KB of JSON each: 100 of them come to more than 2 MB.
    const records = Array.from({ length: 100 }, (_, i) => record(i, 1024))
    expect(Buffer.byteLength(JSON.stringify(records))).toBeGreaterThan(2_000_000)
    const batches = upsertBatches(records)
    expect(batches.length).toBeGreaterThan(1)
    for (const batch of batches) {
      expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThan(2_000_000)
    }
    expect(batches.flat()).toEqual(records)
  })

  it('sends a record larger than the budget on its own rather than dropping it', () => {
    const batches = upsertBatches([record(1), record(2), record(3)], {
      maxRecords: 10,
      maxBytes: 1,
    })
    expect(batches).toEqual([[record(1)], [record(2)], [record(3)]])
  })

  it('makes no request for no records', () => {
    expect(upsertBatches([])).toEqual([])
    expect(chunked([], 1000)).toEqual([])
  })

  it('slices id lists to the delete limit', () => {
    const ids = Array.from({ length: 2500 }, (_, i) => `id-${i}`)
    expect(chunked(ids, 1000).map((slice) => slice.length)).toEqual([1000, 1000, 500])
  })
})
