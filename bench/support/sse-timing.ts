/** When each part of one streamed answer arrived, in ms after the request was sent. */
export interface StreamTiming {
  /** The response's status line and headers. */
  headers: number
  /** The first chunk of the body (the `message.start` event). */
  firstByte: number
  /** Every `delta` event, in order. */
  deltas: number[]
  /** The `message.end` event; NaN when the stream ended without one. */
  end: number
}

/**
 * Sends one request that answers SSE and times its events as a client sees them: by the chunk
 * they arrived in (`performance.now()` when the chunk was read). Throws on a non-2xx answer.
 */
export async function timeStream(url: string, init: RequestInit): Promise<StreamTiming> {
  const sent = performance.now()
  const response = await fetch(url, init)
  const headers = performance.now() - sent
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`)
  const timing: StreamTiming = { headers, firstByte: Number.NaN, deltas: [], end: Number.NaN }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    const at = performance.now() - sent
    if (Number.isNaN(timing.firstByte)) timing.firstByte = at
    buffer += value
    // Complete frames only; a frame cut between two chunks is read with the next one.
    for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
      const event = /^event: ?(.*)$/m.exec(buffer.slice(0, cut))?.[1]
      buffer = buffer.slice(cut + 2)
      if (event === 'delta') timing.deltas.push(at)
      if (event === 'message.end') timing.end = at
    }
  }
  return timing
}

/** Mean time between consecutive deltas of one stream (NaN with fewer than two). */
export function meanInterval(times: readonly number[]): number {
  if (times.length < 2) return Number.NaN
  return (times.at(-1)! - times[0]!) / (times.length - 1)
}
