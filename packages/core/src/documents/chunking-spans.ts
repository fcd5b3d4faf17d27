/** A half-open character range `[start, end)` of a document's text. */
export interface Span {
  start: number
  end: number
}

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029

/** The span without leading and trailing whitespace; `undefined` when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  let s = start
  let e = end
  while (s < e && isSpace(text.charCodeAt(s))) s++
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  return s < e ? { start: s, end: e } : undefined
}

// Splits `span` at every match of `separator` (which only ever matches whitespace), trimming
// the pieces.
function splitAt(text: string, span: Span, separator: RegExp): Span[] {
  const slice = text.slice(span.start, span.end)
  const pieces: Span[] = []
  let from = 0
  for (const match of slice.matchAll(separator)) {
    const piece = trimSpan(text, span.start + from, span.start + match.index)
    if (piece) pieces.push(piece)
    from = match.index + match[0].length
  }
  const last = trimSpan(text, span.start + from, span.end)
  if (last) pieces.push(last)
  return pieces
}

// A blank line ends a paragraph; a page separator is one too.
const paragraphBreak = /\n[^\S\n]*\n\s*/g
// Whitespace after sentence punctuation (perhaps closed by a quote or bracket), or a line break:
// list items and lines of a table or of code read better as units than glued together.
const sentenceBreak = /(?<=[.!?\u2026]["'\u201d\u2019)\]]*)[^\S\n]+|[^\S\n]*\n\s*/g
const word = /\S+/g

/**
 * Cuts a region into the units chunks are packed from, each at most `limit` characters: whole
 * paragraphs when they fit, else their sentences, else their words. A single "word" longer than
 * `limit` (a URL, a base64 blob) is the one thing cut mid-token, since it can fit nowhere whole.
 */
export function packingUnits(text: string, region: Span, limit: number): Span[] {
  const units: Span[] = []
  for (const paragraph of splitAt(text, region, paragraphBreak)) {
    if (paragraph.end - paragraph.start <= limit) units.push(paragraph)
    else
      for (const sentence of splitAt(text, paragraph, sentenceBreak)) {
        if (sentence.end - sentence.start <= limit) units.push(sentence)
        else for (const w of wordsOf(text, sentence)) cutToLimit(w, limit, units)
      }
  }
  return units
}

function wordsOf(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end)
  return [...slice.matchAll(word)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }))
}

function cutToLimit(span: Span, limit: number, into: Span[]): void {
  for (let s = span.start; s < span.end; s += limit)
    into.push({ start: s, end: Math.min(span.end, s + limit) })
}

/**
 * Where the overlap copied from the previous chunk should start: the earliest sentence start in
 * its last `overlapChars` characters, else the earliest word start, never so early that the new
 * chunk (ending at `end`) would pass `maxChars`. `undefined` when no whole word fits.
 */
export function overlapStart(
  text: string,
  previous: Span,
  end: number,
  overlapChars: number,
  maxChars: number,
): number | undefined {
  const from = Math.max(previous.start + 1, previous.end - overlapChars, end - maxChars)
  let firstWord: number | undefined
  for (let p = from; p < previous.end; p++) {
    if (isSpace(text.charCodeAt(p)) || !isSpace(text.charCodeAt(p - 1))) continue
    if (startsSentence(text, p)) return p
    firstWord ??= p
  }
  return firstWord
}

// A word starts a sentence when the whitespace before it holds a line break or follows
// sentence punctuation (possibly closed by a quote or bracket).
function startsSentence(text: string, p: number): boolean {
  let q = p - 1
  while (q >= 0 && isSpace(text.charCodeAt(q))) {
    if (text[q] === '\n') return true
    q--
  }
  while (q >= 0 && /["'\u201d\u2019)\]]/.test(text[q] ?? '')) q--
  return q < 0 || /[.!?\u2026]/.test(text[q] ?? '')
}
