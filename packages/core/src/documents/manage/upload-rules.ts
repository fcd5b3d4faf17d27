import { DomainError } from '../../errors'
import { hasHiddenCharacters } from '../../workspaces/display-name'
import type { DocumentFormat } from '../extracted-document'

/**
 * The media types an upload may declare, each with the format extraction reads it as. The
 * extraction package reads these same tables (`detectFormat`), so an upload accepted here is one
 * extraction can read.
 */
export const supportedContentTypes: Readonly<Record<string, DocumentFormat>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/json': 'json',
  'text/json': 'json',
}

/**
 * File extensions extraction recognises, which decide the format when the declared type is
 * `application/octet-stream`: what browsers send for a `.md` or `.csv` they do not know.
 */
export const supportedExtensions: Readonly<Record<string, DocumentFormat>> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  csv: 'csv',
  tsv: 'csv',
  json: 'json',
}

/** The media type without parameters, lower case (`Text/CSV; charset=utf-8` -> `text/csv`). */
export const mediaTypeOf = (contentType: string): string =>
  (contentType.split(';')[0] ?? '').trim().toLowerCase()

const extensionOf = (filename: string): string => {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : ''
}

/**
 * The format extraction will read a file as, or undefined when it cannot read it: the declared
 * type decides (`+json` types are JSON); `application/octet-stream` defers to the extension.
 */
export function uploadFormatOf(contentType: string, filename: string): DocumentFormat | undefined {
  const type = mediaTypeOf(contentType)
  const format = supportedContentTypes[type] ?? (type.endsWith('+json') ? 'json' : undefined)
  if (format) return format
  return type === 'application/octet-stream'
    ? supportedExtensions[extensionOf(filename)]
    : undefined
}

/** The 415 for a file extraction cannot read, naming what it can. */
export const unsupportedType = (contentType: string, filename: string) =>
  new DomainError(
    'document.unsupportedType',
    `Cannot read "${filename}" (${mediaTypeOf(contentType) || 'no content type'}): supported are PDF, DOCX, HTML, Markdown, plain text, CSV, TSV and JSON.`,
    { contentType: mediaTypeOf(contentType), supported: Object.keys(supportedContentTypes) },
  )

/** The bounds of a file name: characters, and UTF-8 bytes so the S3 key stays under 1 KiB. */
export const filenameLimits = { length: 255, bytes: 765 } as const

/** The stored form of a file name: NFC, without surrounding whitespace. */
export const cleanFilename = (raw: string): string => raw.normalize('NFC').trim()

/**
 * Why `raw` cannot name an uploaded file, or undefined when it can. Any script and emoji are
 * fine; path separators, `.`/`..`, control characters and invisible formatting characters
 * (bidi overrides that make `exe.txt` read as `txt.exe`) are not, since the name becomes part
 * of an object key and is shown to other members.
 */
export function filenameProblem(raw: string): string | undefined {
  const name = cleanFilename(raw)
  if (name.length === 0) return 'Give a file name of at least one visible character.'
  if ([...name].length > filenameLimits.length)
    return `Keep the file name to ${filenameLimits.length} characters.`
  if (new TextEncoder().encode(name).length > filenameLimits.bytes)
    return `Keep the file name to ${filenameLimits.bytes} bytes in UTF-8.`
  if (/[/\\]/.test(name)) return 'Give a file name without "/" or "\\": folders are not kept.'
  if (name === '.' || name === '..') return 'Give a file name, not "." or "..".'
  if (hasHiddenCharacters(name))
    return 'The file name contains control or invisible formatting characters (such as bidi overrides or zero-width spaces).'
  return undefined
}

/** The file name as stored, or a 422 naming the field. */
export function checkedFilename(raw: string, path = 'filename'): string {
  const message = filenameProblem(raw)
  if (message) throw new DomainError('request.invalid', message, { errors: [{ path, message }] })
  return cleanFilename(raw)
}
