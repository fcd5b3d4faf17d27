import type { ExtractedDocument } from '@chatter/core'
import { DomainError } from '@chatter/core'
import mammoth from 'mammoth'
import { assembleBlocks, firstTopHeading } from './blocks'
import { htmlToBlocks } from './extract-html'
import { checkZipLimits, type ZipLimits } from './zip-guard'

// Images are dropped without being read: mammoth would otherwise inflate each one and
// inline it as a base64 data URI, costing memory for text nobody searches.
const skipImages = mammoth.images.imgElement(async () => ({ src: '' }))

const unreadable = (reason: string, cause: string): DomainError =>
  new DomainError('document.unreadable', reason, { format: 'docx', cause })

/**
 * Reads a DOCX with mammoth. It is converted to HTML rather than raw text because mammoth's
 * default style map turns Heading 1-6 into h1-h6, which become sections with
 * their levels; the HTML reader then does the rest, so both formats share one text shape.
 * The ZIP directory is checked first (see `checkZipLimits`) since mammoth has no size limits.
 */
export const extractDocx = async (
  bytes: Uint8Array,
  limits: ZipLimits,
): Promise<ExtractedDocument> => {
  const refused = checkZipLimits(bytes, limits)
  if (refused) throw unreadable(refused, 'zip')
  let html: string
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: skipImages })).value
  } catch (error) {
    // mammoth's own messages ("Could not find main document part...") are readable; JSZip's
    // ("Corrupted zip ?", links to its docs) are not, so those get a plain reason.
    const message = error instanceof Error ? error.message : ''
    const reason = /main document part|word\/document\.xml/i.test(message)
      ? 'The file is a ZIP archive but not a Word document (it has no word/document.xml).'
      : 'The DOCX is damaged and cannot be read (it may be truncated or not a Word file).'
    throw unreadable(reason, error instanceof Error ? error.name : 'unknown')
  }
  const { text, sections } = assembleBlocks(htmlToBlocks(html))
  const title = firstTopHeading(sections)
  return { format: 'docx', ...(title ? { title } : {}), pages: [{ number: 1, text }], sections }
}
