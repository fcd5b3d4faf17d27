// Where ingestion spends its time: wall time inside chosen methods of the stack's own adapters.

/** Total milliseconds and calls per stage. */
export type StageTimes = Map<string, { ms: number; calls: number }>

/**
 * Wraps `methods` of `target` (an adapter instance the stack wired in) so each call adds its
 * wall time to `stage` in `into`; answers a function that puts the originals back. Concurrent
 * calls overlap, so a stage's total can exceed the elapsed time.
 */
export function timeMethods<T extends object>(
  target: T,
  methods: (keyof T & string)[],
  stage: string,
  into: StageTimes,
): () => void {
  const originals = methods.map(
    (name) => [name, target[name], Object.hasOwn(target, name)] as const,
  )
  for (const [name, original] of originals) {
    const fn = original as unknown as (...args: unknown[]) => Promise<unknown>
    const timed = async (...args: unknown[]) => {
      const started = performance.now()
      try {
        return await fn.apply(target, args)
      } finally {
        const entry = into.get(stage) ?? { ms: 0, calls: 0 }
        entry.ms += performance.now() - started
        entry.calls += 1
        into.set(stage, entry)
      }
    }
    Object.assign(target, { [name]: timed })
  }
  return () => {
    for (const [name, original, own] of originals) {
      if (own) Object.assign(target, { [name]: original })
      else delete (target as Record<string, unknown>)[name]
    }
  }
}

/** `extract 1.2 s, embed 3.4 s (54 calls), ...` for a progress line. */
export const describeStages = (times: StageTimes) =>
  [...times]
    .map(([stage, { ms, calls }]) => `${stage} ${(ms / 1000).toFixed(2)} s (${calls})`)
    .join(', ')
