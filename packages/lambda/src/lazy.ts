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

/**
 * Like `lazy`, for a value whose module is imported on first use (`await import(...)`: a chunk of
 * its own in the bundle, loaded after the cold start). A failed load is tried again next time.
 */
export function lazyAsync<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => {
    value ??= make().catch((error: unknown) => {
      value = undefined
      throw error
    })
    return value
  }
}

/** Every method of a port whose methods all answer with a promise. */
type AsyncMethods<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => Promise<unknown> ? true : never
}

/**
 * A port whose adapter (with its SDK client) loads on the first call. Every method of the port
 * returns a promise, so callers cannot tell; `methods` lists them all (tsc checks the list).
 * @example const blobs = deferred<BlobStore>(async () => new (await import('@chatter/aws/s3')).S3BlobStore(...), { put: true, ... })
 */
export function deferred<T extends object>(load: () => Promise<T>, methods: AsyncMethods<T>): T {
  const adapter = lazyAsync(load)
  const port: Record<string, unknown> = {}
  for (const name of Object.keys(methods))
    port[name] = async (...args: unknown[]) => {
      const target = (await adapter()) as Record<string, (...a: unknown[]) => Promise<unknown>>
      return target[name]!(...args)
    }
  return port as T
}

/** A probe whose client is built (and its module loaded) on the first readiness check. */
export function lazyProbe(
  name: DependencyProbe['name'],
  make: () => DependencyProbe | Promise<DependencyProbe>,
): DependencyProbe {
  const probe = lazyAsync(async () => make())
  return { name, check: async (signal) => (await probe()).check(signal) }
}
