import type { Schemas } from '@chatter/sdk'

type Span = Schemas['SearchHit']['highlights'][number]

/**
 * The passage with its matches in <mark>: the API's highlight offsets, or, when it gives none,
 * the query's words. Text stays text (Preact escapes it), so a passage can never inject markup.
 */
export function Highlighted({
  text,
  spans,
  query,
}: {
  text: string
  spans: Span[]
  query: string
}) {
  const ranges = merge(spans.length > 0 ? spans : wordSpans(text, query), text.length)
  const parts = []
  let at = 0
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}

function merge(spans: Span[], length: number): Span[] {
  const sorted = spans
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(length, end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start)
  const out: Span[] = []
  for (const span of sorted) {
    const last = out[out.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else out.push({ ...span })
  }
  return out
}

function wordSpans(text: string, query: string): Span[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
  if (words.length === 0) return []
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu')
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }))
}
