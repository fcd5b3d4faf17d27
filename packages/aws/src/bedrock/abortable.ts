/**
 * Iterates `source` until `signal` aborts, then rejects at once with the signal's reason, even
 * while the source is waiting for its next item: a model that goes quiet must not keep a
 * stopped request alive. The source is closed, without waiting for it, when iteration ends.
 */
export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncGenerator<T> {
  signal.throwIfAborted()
  const iterator = source[Symbol.asyncIterator]()
  let onAbort = () => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  aborted.catch(() => {})
  let done = false
  try {
    while (true) {
      const next = await Promise.race([iterator.next(), aborted])
      if (next.done) {
        done = true
        return
      }
      yield next.value
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    if (!done) iterator.return?.()?.catch(() => {})
  }
}
