import type { ExtractedDocument } from '@chatter/core'
import { convert, type FormatCallback, type HtmlToTextOptions } from 'html-to-text'
import { assembleBlocks, type Block, firstTopHeading } from './blocks'
import { normalizeLine } from './normalize-text'

// Headings are written between two control characters that cannot survive in the input
// (it is stripped of them first), so they can be cut back out of html-to-text's plain output.
const open = '\u0001'
const close = '\u0002'
// biome-ignore lint/suspicious/noControlCharactersInRegex: the markers are control characters
const marked = /\u0001(\d)([\s\S]*?)\u0002/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips any marker look-alikes
const markerLike = /[\u0001\u0002]/g

const heading: FormatCallback = (elem, walk, builder, options) => {
  builder.openBlock({ leadingLineBreaks: 2 })
  builder.addLiteral(`${open}${options.level}`)
  walk(elem.children, builder)
  builder.addLiteral(close)
  builder.closeBlock({ trailingLineBreaks: 2 })
}

const options: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { heading },
  // Our own maxBytes bounds the input; html-to-text would otherwise cut it at 16 M characters.
  limits: { maxInputLength: Number.MAX_SAFE_INTEGER },
  selectors: [
    ...[1, 2, 3, 4, 5, 6].map((level) => ({
      selector: `h${level}`,
      format: 'heading',
      options: { level },
    })),
    // Link targets and image placeholders are noise for search; the link text stays.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    // Without a <body> html-to-text reads the whole document, <head> (and <title>) included.
    { selector: 'head', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'template', format: 'skip' },
    { selector: 'table', format: 'dataTable' },
  ],
}

/** Turns HTML into heading and text blocks; also used for DOCX, which mammoth renders as HTML. */
export const htmlToBlocks = (html: string): Block[] => {
  const text = convert(html.replace(markerLike, ''), options)
  const blocks: Block[] = []
  let last = 0
  for (const match of text.matchAll(marked)) {
    blocks.push({ kind: 'text', text: text.slice(last, match.index) })
    blocks.push({ kind: 'heading', level: Number(match[1]), text: match[2] ?? '' })
    last = match.index + match[0].length
  }
  blocks.push({ kind: 'text', text: text.slice(last) })
  return blocks
}

const titleOf = (html: string): string => {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)
  return match?.[1] ? normalizeLine(convert(match[1], { wordwrap: false })) : ''
}

/** Reads an HTML page: visible text only, h1-h6 as sections, `<title>` as the title. */
export const extractHtml = (html: string): ExtractedDocument => {
  const { text, sections } = assembleBlocks(htmlToBlocks(html))
  const title = titleOf(html) || firstTopHeading(sections)
  return { format: 'html', ...(title ? { title } : {}), pages: [{ number: 1, text }], sections }
}
