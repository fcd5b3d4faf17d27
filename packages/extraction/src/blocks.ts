import type { ExtractedSection } from '@chatter/core'
import { normalizeLine, normalizeText } from './normalize-text'

/** The shape every non-PDF reader produces: headings and the text between them, in order. */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'text'; text: string }

/** A page's text with the headings found in it. */
export interface AssembledPage {
  text: string
  sections: ExtractedSection[]
}

/**
 * Joins blocks into one page of normalised text, a blank line between blocks, and records
 * each heading's offset in the final text: offsets taken before normalising would drift.
 */
export const assembleBlocks = (blocks: readonly Block[]): AssembledPage => {
  let text = ''
  const sections: ExtractedSection[] = []
  for (const block of blocks) {
    const content = block.kind === 'heading' ? normalizeLine(block.text) : normalizeText(block.text)
    if (content === '') continue
    if (text !== '') text += '\n\n'
    if (block.kind === 'heading') {
      sections.push({ heading: content, level: block.level, offset: text.length })
    }
    text += content
  }
  return { text, sections }
}

/** The fallback title when a file has no metadata title: its first level-1 heading. */
export const firstTopHeading = (sections: readonly ExtractedSection[]): string | undefined =>
  sections.find((section) => section.level === 1)?.heading
