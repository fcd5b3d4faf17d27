// Hybrid search (vector + lexical fused by RRF, `searchDocuments` as the API runs it) over 10k
// and 100k chunks in one workspace, against exact vector search alone over the same vectors.
import { searchDocuments } from '@chatter/core'
import { type BenchContext, type BenchSuite, type Figure, figure, percentile } from '../figures'
import { exactTopK } from '../support/exact-search'
import { seeded } from '../support/prose'
import { buildCorpus, queryOf } from '../support/search-corpus'

const topK = 10

const elapsed = async <T>(work: () => Promise<T> | T) => {
  const started = performance.now()
  const result = await work()
  return { ms: performance.now() - started, result }
}

export const searchSuite: BenchSuite = {
  name: 'search',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const figures: Figure[] = []
    for (const [label, count] of [
      ['10k', 10_000],
      ['100k', 100_000],
    ] as const) {
      const built = await elapsed(() => buildCorpus(count))
      const corpus = built.result
      ctx.log(`search ${label}: indexed ${count} chunks in ${(built.ms / 1000).toFixed(1)} s`)
      // Quick: fewer queries at 100k, where one hybrid search takes seconds on a loaded machine.
      const queryCount = ctx.quick ? (count > 10_000 ? 25 : 50) : 200
      const random = seeded(7)
      const queries = Array.from({ length: queryCount }, () => queryOf(random))
      // Warm-up: JIT and the lexical snapshot's first load are not what a search costs.
      for (const query of queries.slice(0, 5))
        await searchDocuments(corpus.ports, corpus.acting, { query, topK, mode: 'hybrid' })

      const hybrid: number[] = []
      const exact: number[] = []
      const vector: number[] = []
      let recalled = 0
      for (const query of queries) {
        hybrid.push(
          (
            await elapsed(() =>
              searchDocuments(corpus.ports, corpus.acting, { query, topK, mode: 'hybrid' }),
            )
          ).ms,
        )
        // The floor embeds the query too: both start from the same text.
        const truth = await elapsed(async () => {
          const [values] = await corpus.embedder.embed([query])
          return exactTopK(corpus.rows, corpus.ids, values as number[], topK)
        })
        exact.push(truth.ms)
        const found = await elapsed(async () => {
          const [values] = await corpus.embedder.embed([query])
          return corpus.vectors.query(corpus.workspaceId, { vector: values as number[], topK })
        })
        vector.push(found.ms)
        const expected = new Set(truth.result)
        recalled += found.result.filter((match) => expected.has(match.id)).length / topK
      }
      const recall = recalled / queries.length
      ctx.log(
        `search ${label}: hybrid p50 ${percentile(hybrid, 50).toFixed(1)} ms, vector p50 ${percentile(vector, 50).toFixed(1)} ms, exact loop p50 ${percentile(exact, 50).toFixed(1)} ms, recall@10 ${recall}`,
      )
      const floor = 'exact vector search alone (plain cosine loop, same topK)'
      const isTarget = label === '100k'
      figures.push(
        figure({
          name: `search.hybrid.${label}.p50`,
          value: percentile(hybrid, 50),
          unit: 'ms',
          baseline: percentile(exact, 50),
          better: 'lower',
          baselineIs: floor,
          ...(isTarget ? { target: '< 50 ms' } : {}),
        }),
        figure({
          name: `search.hybrid.${label}.p99`,
          value: percentile(hybrid, 99),
          unit: 'ms',
          baseline: percentile(exact, 99),
          better: 'lower',
          baselineIs: floor,
        }),
        figure({
          name: `search.vector.${label}.p50`,
          value: percentile(vector, 50),
          unit: 'ms',
          baseline: percentile(exact, 50),
          better: 'lower',
          baselineIs: floor,
          note: 'the local vector index alone',
        }),
        figure({
          name: `search.vector.${label}.recallAt10`,
          value: recall,
          unit: 'ratio',
          baseline: 1,
          better: 'higher',
          baselineIs: 'exact search (recall 1.0)',
          target: '= 1.0',
        }),
      )
    }
    return figures
  },
}
