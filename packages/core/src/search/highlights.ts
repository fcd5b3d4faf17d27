/** A stretch of a hit's text to highlight: UTF-16 offsets, `end` exclusive (`text.slice(start, end)`). */
export interface Highlight {
  start: number
  end: number
}

const wordPattern = /[\p{L}\p{N}]+/gu

/** The words of a query, lower-cased, as highlights look for them. */
export const queryWords = (query: string): string[] => [
  ...new Set(query.toLowerCase().match(wordPattern) ?? []),
]

/**
 * Where the text holds a matched term: every word of `text` equal to one of `terms` (the words
 * the lexical index matched, typos and prefixes expanded), or starting with one of
 * `prefixes` of 3+ letters (the query's own words, so "instal" marks "installing"; shorter
 * ones must match whole). Case-insensitive; in order, never overlapping.
 * @example highlightsOf('Refunds take 30 days.', ['refunds'], ['refund']) // [{ start: 0, end: 7 }]
 */
export function highlightsOf(
  text: string,
  terms: readonly string[],
  prefixes: readonly string[] = [],
): Highlight[] {
  const whole = new Set([...terms, ...prefixes].map((term) => term.toLowerCase()))
  const starts = prefixes.map((p) => p.toLowerCase()).filter((p) => p.length >= 3)
  if (whole.size === 0) return []
  const out: Highlight[] = []
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].toLowerCase()
    if (whole.has(word) || starts.some((prefix) => word.startsWith(prefix)))
      out.push({ start: match.index, end: match.index + match[0].length })
  }
  return out
}
