// Control characters other than tab and newline carry no meaning for search and can break
// JSON, logs and tokenisers downstream; NUL in particular comes out of broken PDFs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g

/**
 * Cleans extracted text: NFC, no control characters, single spaces, no trailing spaces,
 * and at most one blank line in a row, so a paragraph break stays visible to the chunker.
 */
export const normalizeText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(controlCharacters, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/** Collapses a heading or cell to one line. */
export const normalizeLine = (text: string): string => normalizeText(text).replace(/\s+/g, ' ')

/**
 * Decodes text files. UTF-8 is the norm, a BOM can announce UTF-16, and a file that is not
 * valid UTF-8 is almost always Windows-1252 (Excel CSV exports, old notes), so "café" survives
 * instead of turning into replacement characters.
 */
export const decodeText = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
