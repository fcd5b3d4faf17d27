import type { DependencyProbe } from '@chatter/core'

/** Builds a value on first use, so a cold start pays only for the clients its function touches. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined
  let made = false
  return () => {
    if (!made) {
      value = make()
      made = true
    }
    return value as T
  }
}

/** A probe whose client is built on the first readiness check, not at cold start. */
export function lazyProbe(
  name: DependencyProbe['name'],
  make: () => DependencyProbe,
): DependencyProbe {
  const probe = lazy(make)
  return { name, check: (signal) => probe().check(signal) }
}
