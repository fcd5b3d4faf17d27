import type { DocumentFormat, ExtractedDocument } from '@chatter/core'
import { DomainError, isDomainError } from '@chatter/core'
import { detectFormat, extensionOf, mediaType } from './detect-format'
import { extractCsv } from './extract-csv'
import { extractDocx } from './extract-docx'
import { extractHtml } from './extract-html'
import { extractJson } from './extract-json'
import { extractMarkdown } from './extract-markdown'
import { extractPdf } from './extract-pdf'
import { decodeText, normalizeText } from './normalize-text'
import { formatBytes } from './zip-guard'

/** A file to read, as it was uploaded or dropped. */
export interface ExtractionInput {
  bytes: Uint8Array
  contentType: string
  filename: string
}

/** Guards against inputs that would exhaust a Lambda's memory. */
export interface ExtractionOptions {
  /** Largest file accepted; default 50 MB. */
  maxBytes?: number
  /** Largest total a DOCX may unpack to, images excluded; default 200 MB. */
  maxUnpackedBytes?: number
  /** Most parts a DOCX may hold; default 10,000. */
  maxZipEntries?: number
}

const megabyte = 1024 * 1024

const isTabSeparated = (input: ExtractionInput): boolean =>
  mediaType(input.contentType) === 'text/tab-separated-values' ||
  extensionOf(input.filename) === 'tsv'

const read = async (format: DocumentFormat, input: ExtractionInput, options: ExtractionOptions) => {
  switch (format) {
    case 'pdf':
      return extractPdf(input.bytes)
    case 'docx':
      return extractDocx(input.bytes, {
        maxUnpackedBytes: options.maxUnpackedBytes ?? 200 * megabyte,
        maxEntries: options.maxZipEntries ?? 10_000,
      })
    case 'html':
      return extractHtml(decodeText(input.bytes))
    case 'markdown':
      return extractMarkdown(decodeText(input.bytes))
    case 'csv':
      return extractCsv(decodeText(input.bytes), isTabSeparated(input) ? '\t' : ',')
    case 'json':
      return extractJson(decodeText(input.bytes))
    case 'text':
      return {
        format,
        pages: [{ number: 1, text: normalizeText(decodeText(input.bytes)) }],
        sections: [],
      }
  }
}

/**
 * Turns an uploaded file into normalised text with its pages and headings, for chunking.
 * The format comes from the content type, else from the file name's extension. Every
 * failure is a `DomainError`: `document.unsupportedType` for a format it cannot read,
 * `document.unreadable` with a reason a user can act on for a corrupt, encrypted, empty,
 * textless or oversized file, so a document ends `failed` with that reason.
 *
 * @example
 * const doc = await extractText({ bytes, contentType: 'application/pdf', filename: 'q3.pdf' })
 * doc.pages[1]?.text // the text of page 2
 */
export const extractText = async (
  input: ExtractionInput,
  options: ExtractionOptions = {},
): Promise<ExtractedDocument> => {
  const format = detectFormat(input.contentType, input.filename)
  const maxBytes = options.maxBytes ?? 50 * megabyte
  const unreadable = (reason: string, details?: Record<string, unknown>) =>
    new DomainError('document.unreadable', reason, { format, ...details })
  if (input.bytes.byteLength === 0) throw unreadable('The file is empty.')
  if (input.bytes.byteLength > maxBytes) {
    throw unreadable(
      `The file is ${formatBytes(input.bytes.byteLength)}; the limit is ${formatBytes(maxBytes)}.`,
    )
  }
  let document: ExtractedDocument
  try {
    document = await read(format, input, options)
  } catch (error) {
    if (isDomainError(error)) throw error
    // Whatever a library threw, the caller sees a reason, never its stack.
    const cause = error instanceof Error ? error.name : 'unknown'
    throw unreadable(`The ${format.toUpperCase()} file could not be read.`, { cause })
  }
  if (document.pages.every((page) => page.text === '')) {
    const hint = format === 'pdf' ? ' (it may be a scanned image without a text layer)' : ''
    throw unreadable(`The file contains no text that can be extracted${hint}.`)
  }
  return document
}
