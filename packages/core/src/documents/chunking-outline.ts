import type { Span } from './chunking-spans'
import { trimSpan } from './chunking-spans'
import type { ExtractedDocument } from './extracted-document'

/** What chunking reads of an extracted document. */
export type ChunkableDocument = Pick<ExtractedDocument, 'pages' | 'sections'>

/**
 * Joins pages in the document text that chunk offsets (`start`, `end`) point into. A blank line,
 * so a page break is also a paragraph break.
 */
export const pageSeparator = '\n\n'

/** The whole text of a document: its pages in order, joined by `pageSeparator`. */
export const documentText = (doc: ChunkableDocument): string =>
  doc.pages.map((page) => page.text).join(pageSeparator)

/** A page's non-blank extent in the document text; blank pages have none. */
export interface PageSpan extends Span {
  number: number
}

/** A stretch of text under one heading path (none before the first heading). */
export interface Region extends Span {
  section?: string
}

/** Where each page starts in the document text, and the non-blank extent of each. */
export function layOutPages(
  doc: ChunkableDocument,
  text: string,
): { starts: Map<number, number>; spans: PageSpan[] } {
  const starts = new Map<number, number>()
  const spans: PageSpan[] = []
  let at = 0
  for (const page of doc.pages) {
    if (!starts.has(page.number)) starts.set(page.number, at)
    const span = trimSpan(text, at, at + page.text.length)
    if (span) spans.push({ number: page.number, ...span })
    at += page.text.length + pageSeparator.length
  }
  return { starts, spans }
}

/**
 * Cuts the text into regions, one per heading, each named by its heading path ("Setup > Install").
 * A heading with no body of its own (a single line before a deeper heading) joins the region of
 * the heading below it, so it is not left as a chunk holding only its title.
 */
export function outline(
  doc: ChunkableDocument,
  text: string,
  pageStarts: Map<number, number>,
): Region[] {
  const firstPage = doc.pages[0]?.number ?? 1
  const headings = doc.sections
    .map((section) => {
      const pageStart = pageStarts.get(section.page ?? firstPage) ?? 0
      const at = Math.min(text.length, pageStart + Math.max(0, section.offset))
      return { ...section, at }
    })
    .sort((a, b) => a.at - b.at) // stable: equal offsets keep reading order

  const regions: Region[] = [{ start: 0, end: headings[0]?.at ?? text.length }]
  const path: { level: number; heading: string }[] = []
  let carried: number | undefined
  headings.forEach((heading, i) => {
    while (path.length > 0 && (path.at(-1)?.level ?? 0) >= heading.level) path.pop()
    path.push({ level: heading.level, heading: heading.heading.trim() })
    const next = headings[i + 1]
    const start = carried ?? heading.at
    const end = next?.at ?? text.length
    const body = trimSpan(text, heading.at, end)
    const headingOnly = !body || !text.slice(body.start, body.end).includes('\n')
    if (next && next.level > heading.level && headingOnly) {
      carried = start
      return
    }
    carried = undefined
    regions.push({ start, end, section: path.map((p) => p.heading).join(' > ') })
  })
  return regions
}
