import type { DocumentFormat } from '@chatter/core'
import { DomainError, mediaTypeOf, supportedContentTypes, supportedExtensions } from '@chatter/core'

// One table of what Chatter reads, shared with the upload checks in core, so an upload that is
// accepted is one extraction can read.
const byContentType = supportedContentTypes
const byExtension = supportedExtensions

/** The media type without parameters (`text/csv; charset=utf-8` -> `text/csv`). */
export const mediaType = mediaTypeOf

/** The lower-cased extension of a file name, or '' when it has none. */
export const extensionOf = (filename: string): string => {
  const base = filename.slice(filename.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/**
 * Picks the reader for a file. The declared content type wins when it names a format;
 * otherwise (missing, `application/octet-stream`, anything unknown) the extension decides.
 * `text/plain` is refined by a `.md`, `.csv` or `.json` extension, because many tools label
 * those files plain text and the structure would otherwise be lost.
 */
export const detectFormat = (contentType: string, filename: string): DocumentFormat => {
  const type = mediaType(contentType)
  const fromType = byContentType[type] ?? (type.endsWith('+json') ? 'json' : undefined)
  const fromExtension = byExtension[extensionOf(filename)]
  if (fromType === 'text' && fromExtension && fromExtension !== 'pdf' && fromExtension !== 'docx') {
    return fromExtension
  }
  const format = fromType ?? fromExtension
  if (format) return format
  throw new DomainError(
    'document.unsupportedType',
    `Cannot read "${filename}" (${type || 'no content type'}): supported are PDF, DOCX, HTML, Markdown, plain text, CSV and JSON.`,
    { contentType: type, filename },
  )
}
