import type { ExtractedDocument } from '../documents/extracted-document'

/**
 * Reads a file into text with its pages and headings (`@chatter/extraction`'s `extractText`).
 * Throws `document.unsupportedType` or `document.unreadable` with a reason a user can act on.
 */
export type ExtractDocument = (input: {
  bytes: Uint8Array
  contentType: string
  filename: string
}) => Promise<ExtractedDocument>
