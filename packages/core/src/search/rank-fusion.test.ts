import { describe, expect, it } from 'vitest'
import { fuseByRank } from './rank-fusion'

const hits = (...ids: string[]) => ids.map((id, i) => ({ id, score: 10 - i }))

describe('fuseByRank', () => {
  it('sums 1/(k + rank) over the lists, hand-computed with k = 60', () => {
    const fused = fuseByRank([hits('a', 'b', 'c'), hits('b', 'd')])
    expect(fused.map((h) => h.id)).toEqual(['b', 'a', 'd', 'c'])
    // b: 1/62 + 1/61; a: 1/61; d: 1/62; c: 1/63
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61, 12)
    expect(fused[1]?.score).toBeCloseTo(1 / 61, 12)
    expect(fused[2]?.score).toBeCloseTo(1 / 62, 12)
    expect(fused[3]?.score).toBeCloseTo(1 / 63, 12)
    expect(fused.map((h) => h.ranks)).toEqual([
      [2, 1],
      [1, undefined],
      [undefined, 2],
      [3, undefined],
    ])
  })

  it('ignores the input scores: only positions count', () => {
    const lexical = [
      { id: 'x', score: 0.1 },
      { id: 'y', score: 99 },
    ]
    expect(fuseByRank([lexical]).map((h) => h.id)).toEqual(['x', 'y'])
  })

  it('applies weights per list and a custom k', () => {
    // k = 1: a = 2/(1+1) = 1; b = 2/(1+2) + 1/(1+1) = 7/6; c = 1/(1+2) = 1/3
    const fused = fuseByRank([hits('a', 'b'), hits('b', 'c')], { k: 1, weights: [2, 1] })
    expect(fused.map((h) => h.id)).toEqual(['b', 'a', 'c'])
    expect(fused[0]?.score).toBeCloseTo(7 / 6, 12)
    expect(fused[1]?.score).toBeCloseTo(1, 12)
    expect(fused[2]?.score).toBeCloseTo(1 / 3, 12)
  })

  it('counts an id repeated within one list at its best rank', () => {
    const [only] = fuseByRank([hits('a', 'a', 'a')])
    expect(only).toEqual({ id: 'a', score: 1 / 61, ranks: [1] })
  })

  it('breaks score ties by lists found, then best rank, then id', () => {
    // k = 0: p = 1/1 (rank 1 in one list), q = 1/2 + 1/2 (rank 2 in both): equal scores, q in more lists
    expect(fuseByRank([hits('p', 'q'), hits('r', 'q')], { k: 0 }).map((h) => h.id)).toEqual([
      'q',
      'p',
      'r',
    ])
    // Same score, same lists, same best rank: by id, whatever the input order.
    expect(fuseByRank([hits('z'), hits('m')]).map((h) => h.id)).toEqual(['m', 'z'])
    expect(fuseByRank([hits('m'), hits('z')]).map((h) => h.id)).toEqual(['m', 'z'])
  })

  it('handles no lists and empty lists, and refuses a negative k', () => {
    expect(fuseByRank([])).toEqual([])
    expect(fuseByRank([[], hits('a')])).toEqual([{ id: 'a', score: 1 / 61, ranks: [undefined, 1] }])
    expect(() => fuseByRank([hits('a')], { k: -1 })).toThrow(RangeError)
  })
})
