import type { ChunkableDocument, PageSpan, Region } from './chunking-outline'
import { documentText, layOutPages, outline } from './chunking-outline'
import type { Span } from './chunking-spans'
import { overlapStart, packingUnits } from './chunking-spans'
import { charsForTokens, estimateChunkTokens } from './tokens'

export type { ChunkableDocument } from './chunking-outline'
export { documentText, pageSeparator } from './chunking-outline'
export { charsForTokens, charsPerToken, estimateChunkTokens } from './tokens'

/** Chunk sizes in estimated tokens (see `tokens.ts`). */
export interface ChunkingOptions {
  /** What a chunk's own text aims for, before overlap. Default 300. */
  targetTokens?: number
  /** How much of the previous chunk's tail is repeated at the start of the next. Default 50. */
  overlapTokens?: number
  /** Hard ceiling, overlap included. Default 400. */
  maxTokens?: number
}

/** A passage of a document, sized for embedding and carrying where it came from. */
export interface DocumentChunk {
  /** 0-based position in the document. */
  index: number
  text: string
  /** The first page the chunk touches. */
  page: number
  /** Every non-blank page the chunk touches, in order. */
  pages: number[]
  /** The heading path over the chunk ("Setup > Install"); absent before the first heading. */
  section?: string
  tokenCount: number
  /** Character offsets into `documentText(doc)`: `text === documentText(doc).slice(start, end)`. */
  start: number
  end: number
}

/**
 * Cuts a document into overlapping, token-sized chunks that follow its structure. The rules:
 * 1. Every heading and every page starts a new chunk; a chunk never spans two sections (a heading
 *    with no body joins the section under it) nor two pages, so a citation names the page its
 *    passage is on.
 * 2. Within a section, whole paragraphs are packed up to `targetTokens`; a paragraph too big for
 *    a chunk is packed by sentences, a sentence too big by words. Cuts fall on whitespace only,
 *    except inside a single "word" longer than `targetTokens`.
 * 3. Each chunk after the first of a section starts by repeating up to `overlapTokens` of the
 *    previous chunk's tail, from a sentence start if one is in reach, else a word start.
 * 4. No chunk exceeds `maxTokens`; blank pages yield nothing. Same input, same chunks.
 * @example chunkDocument(extracted, { targetTokens: 200 }).map((c) => [c.page, c.section, c.text])
 */
export function chunkDocument(
  doc: ChunkableDocument,
  options: ChunkingOptions = {},
): DocumentChunk[] {
  const { targetTokens = 300, overlapTokens = 50, maxTokens = 400 } = options
  if (!(targetTokens >= 1 && maxTokens >= targetTokens && overlapTokens >= 0))
    throw new RangeError('chunking needs 1 <= targetTokens <= maxTokens and overlapTokens >= 0')
  const targetChars = charsForTokens(targetTokens)
  const overlapChars = Math.min(charsForTokens(overlapTokens), targetChars - 1)
  const maxChars = charsForTokens(maxTokens)

  const text = documentText(doc)
  const { starts, spans: pageSpans } = layOutPages(doc, text)
  const chunks: DocumentChunk[] = []
  for (const region of splitAtPages(outline(doc, text, starts), pageSpans)) {
    const units = packingUnits(text, region, targetChars)
    let previous: Span | undefined
    for (let i = 0; i < units.length; ) {
      const contentStart = units[i]?.start ?? 0
      let end = units[i]?.end ?? 0
      for (i++; i < units.length && (units[i]?.end ?? 0) - contentStart <= targetChars; i++)
        end = units[i]?.end ?? end
      const from = previous && overlapStart(text, previous, end, overlapChars, maxChars)
      const start = from ?? contentStart
      const chunkText = text.slice(start, end)
      const pages = pageSpans.filter((p) => p.start < end && p.end > start).map((p) => p.number)
      chunks.push({
        index: chunks.length,
        text: chunkText,
        page: pages[0] ?? doc.pages[0]?.number ?? 1,
        pages,
        ...(region.section ? { section: region.section } : {}),
        tokenCount: estimateChunkTokens(chunkText),
        start,
        end,
      })
      previous = { start, end }
    }
  }
  return chunks
}

/** Cuts regions where a (non-blank) page starts inside them, keeping their section. */
function splitAtPages(regions: Region[], pages: PageSpan[]): Region[] {
  return regions.flatMap((region) => {
    const cuts = pages.map((p) => p.start).filter((at) => at > region.start && at < region.end)
    const bounds = [region.start, ...cuts, region.end]
    return cuts.length === 0
      ? [region]
      : bounds.slice(1).map((end, i) => ({ ...region, start: bounds[i] as number, end }))
  })
}
