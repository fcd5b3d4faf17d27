import type { ExtractedDocument } from '@chatter/core'
import { assembleBlocks, type Block, firstTopHeading } from './blocks'

const atxHeading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * Reads Markdown: ATX headings (`#` to `######`) become sections; everything else is kept
 * as written, syntax included, since `**bold**` or a table still reads fine in a citation.
 * Lines inside fenced code blocks are never headings (a `# comment` in a shell snippet).
 * Setext headings (underlined with `===`) are left as text: rare in practice.
 */
export const extractMarkdown = (markdown: string): ExtractedDocument => {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let openFence: string | undefined
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'text', text: paragraph.join('\n') })
    paragraph = []
  }
  for (const line of markdown.split(/\r\n?|\n/)) {
    const fenceMarker = fence.exec(line)?.[1]
    if (fenceMarker && (!openFence || fenceMarker.startsWith(openFence))) {
      openFence = openFence ? undefined : fenceMarker
    }
    const heading = openFence ? null : atxHeading.exec(line)
    if (heading) {
      flush()
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: heading[2] ?? '' })
    } else {
      paragraph.push(line)
    }
  }
  flush()
  const { text, sections } = assembleBlocks(blocks)
  const title = firstTopHeading(sections)
  return { format: 'markdown', ...(title ? { title } : {}), pages: [{ number: 1, text }], sections }
}
