/** One measured figure, beside the baseline measured in the same run (machines are noisy). */
export interface Figure {
  /** Dotted and stable, e.g. `api.listConversations.c16.rps`. */
  name: string
  value: number
  /** `ms`, `req/s`, `MB/s`, `KB`, `chunks/s`, `ratio`... */
  unit: string
  /** The same measure for the floor this figure is compared with (same unit). */
  baseline: number
  /** value / baseline (for throughputs higher is better, for times lower is better: see `better`). */
  ratio: number
  /** Which way is good, so a reader (and the README table) can tell a regression. */
  better: 'higher' | 'lower'
  /** What the baseline is, in a few words. */
  baselineIs: string
  /** The target from DESIGN.md §7, when there is one, e.g. `<= 1.3x`. */
  target?: string
  note?: string
}

export interface BenchContext {
  /** `--quick`: every figure, with fewer sizes and shorter runs (the whole bench < 10 minutes). */
  quick: boolean
  /** Progress lines (stderr), so stdout stays the table. */
  log(line: string): void
  /** A scratch folder of this run (removed at the end). */
  tmpDir: string
}

/** A suite measures one area and returns its figures. */
export interface BenchSuite {
  name: string
  run(ctx: BenchContext): Promise<Figure[]>
}

/** A figure with its ratio computed; rounds to 3 significant digits for reading. */
export function figure(f: Omit<Figure, 'ratio'>): Figure {
  const ratio = f.baseline === 0 ? Number.NaN : f.value / f.baseline
  return { ...f, value: round(f.value), baseline: round(f.baseline), ratio: round(ratio) }
}

export function round(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))))
  return Number(n.toFixed(Math.min(digits, 6)))
}

/** The p-th percentile (0-100) of samples, by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

export const median = (samples: readonly number[]) => percentile(samples, 50)
