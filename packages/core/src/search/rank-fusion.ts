/** One ranked hit from a retriever; only its position in the list counts for fusion. */
export interface RankedHit {
  id: string
  score: number
}

/** A hit after fusion: the fused score and its 1-based rank in each input list (if present). */
export interface FusedHit {
  id: string
  score: number
  ranks: (number | undefined)[]
}

export interface RankFusionOptions {
  /**
   * Damps the head of each list: a hit at rank r contributes `weight / (k + r)`. 60 is the value
   * of the original paper (Cormack et al., 2009) and works without tuning.
   */
  k?: number
  /** One weight per list, in the order of `lists`; missing weights count as 1. */
  weights?: number[]
}

/**
 * Reciprocal Rank Fusion: merges ranked lists whose scores are not comparable (BM25 and cosine
 * similarity) by rank alone. Each list must be ordered best first; an id repeated in a list counts
 * at its best rank. Ties on the fused score go to the hit found by more lists, then to the one
 * with the better best rank, then to the smaller id, so the order never depends on input quirks.
 * @example
 * fuseByRank([vectorHits, lexicalHits], { weights: [1, 0.5] }).slice(0, 10)
 */
export function fuseByRank(lists: RankedHit[][], options: RankFusionOptions = {}): FusedHit[] {
  const { k = 60, weights = [] } = options
  if (!(k >= 0 && Number.isFinite(k)))
    throw new RangeError(`k must be a finite number >= 0, got ${k}`)
  const fused = new Map<string, FusedHit>()
  lists.forEach((list, l) => {
    const weight = weights[l] ?? 1
    list.forEach((hit, position) => {
      let entry = fused.get(hit.id)
      if (!entry) {
        entry = {
          id: hit.id,
          score: 0,
          ranks: new Array<number | undefined>(lists.length).fill(undefined),
        }
        fused.set(hit.id, entry)
      }
      if (entry.ranks[l] !== undefined) return
      entry.ranks[l] = position + 1
      entry.score += weight / (k + position + 1)
    })
  })
  return [...fused.values()].sort(byFusedRank)
}

const listsFound = (hit: FusedHit): number => hit.ranks.filter((r) => r !== undefined).length
const bestRank = (hit: FusedHit): number =>
  Math.min(...hit.ranks.map((r) => r ?? Number.POSITIVE_INFINITY))

function byFusedRank(a: FusedHit, b: FusedHit): number {
  return (
    b.score - a.score ||
    listsFound(b) - listsFound(a) ||
    bestRank(a) - bestRank(b) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}
