/** How much is handed to `fetch` at a time: small enough for a smooth progress bar. */
const chunkBytes = 64 * 1024

/**
 * A request body of `bytes` that calls `onSent` as fetch pulls each chunk: fetch pulls as the
 * socket drains, so the count follows the bytes going out (within the socket's buffer).
 */
export function countingStream(
  bytes: Uint8Array,
  onSent: (bytes: number) => void,
): ReadableStream<Uint8Array> {
  let offset = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.byteLength) return controller.close()
        const end = Math.min(offset + chunkBytes, bytes.byteLength)
        controller.enqueue(bytes.subarray(offset, end))
        onSent(end - offset)
        offset = end
      },
    },
    { highWaterMark: 0 },
  )
}

/**
 * Reads a stream in exact slices (the parts of a multipart upload), holding one slice in memory
 * at a time, never the whole file.
 */
export function sliceReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader()
  let pending: Uint8Array = new Uint8Array(0)
  return {
    /** The next `size` bytes; fewer only when the stream ends first. */
    async read(size: number): Promise<Uint8Array> {
      const slice = new Uint8Array(size)
      let filled = 0
      while (filled < size) {
        if (pending.byteLength === 0) {
          const { value, done } = await reader.read()
          if (done) return slice.subarray(0, filled)
          pending = value
        }
        const take = Math.min(size - filled, pending.byteLength)
        slice.set(pending.subarray(0, take), filled)
        pending = pending.subarray(take)
        filled += take
      }
      return slice
    },
    /** Stops reading (the upload failed or is done). */
    async cancel() {
      await reader.cancel().catch(() => {})
    },
  }
}

/** Adds up the bytes sent and reports the running total. */
export function progressCounter(
  total: number,
  onProgress: ((sentBytes: number, totalBytes: number) => void) | undefined,
) {
  let sent = 0
  return (bytes: number) => {
    sent += bytes
    onProgress?.(sent, total)
  }
}
