// The floor of vector search: cosine similarity of the query with every row, in a plain loop.

/**
 * The `topK` ids of highest cosine similarity to `query` over `rows` (`ids.length` rows of
 * `query.length` floats), best first; equal scores by ascending id, as the local index orders.
 */
export function exactTopK(
  rows: Float32Array,
  ids: readonly string[],
  query: readonly number[],
  topK: number,
): string[] {
  const d = query.length
  let queryNorm = 0
  for (let j = 0; j < d; j++) queryNorm += (query[j] as number) ** 2
  queryNorm = Math.sqrt(queryNorm)
  const best: { slot: number; score: number }[] = []
  for (let slot = 0; slot < ids.length; slot++) {
    let dot = 0
    let norm = 0
    for (let j = 0, o = slot * d; j < d; j++, o++) {
      const value = rows[o] as number
      dot += value * (query[j] as number)
      norm += value * value
    }
    const score = dot / (queryNorm * Math.sqrt(norm))
    const worst = best[best.length - 1]
    if (best.length === topK && worst && !ranksAbove(score, slot, worst, ids)) continue
    // Insertion into a short sorted list: topK is small.
    let at = best.length
    while (at > 0 && ranksAbove(score, slot, best[at - 1] as { slot: number; score: number }, ids))
      at--
    best.splice(at, 0, { slot, score })
    if (best.length > topK) best.pop()
  }
  return best.map(({ slot }) => ids[slot] as string)
}

function ranksAbove(
  score: number,
  slot: number,
  other: { slot: number; score: number },
  ids: readonly string[],
): boolean {
  return (
    score > other.score ||
    (score === other.score && (ids[slot] as string) < (ids[other.slot] as string))
  )
}
