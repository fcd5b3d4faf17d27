import type { ExtractedDocument } from '@chatter/core'
import { normalizeLine, normalizeText } from './normalize-text'

/**
 * Splits delimited text into rows per RFC 4180: quoted fields may hold the delimiter,
 * line breaks and doubled quotes. An unclosed quote runs to the end rather than failing,
 * since a slightly broken export is still worth searching.
 */
export const parseDelimited = (text: string, delimiter: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === delimiter) {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''))
}

/**
 * Reads CSV (or TSV) as one paragraph per row of `column: value` lines, empty cells left out.
 * Rows kept as-is would lose their meaning once a chunker separates them from the header
 * row; labelled rows stay self-explanatory in any chunk, and the blank line between rows
 * gives the chunker a clean place to split.
 */
export const extractCsv = (text: string, delimiter: string): ExtractedDocument => {
  const [header = [], ...records] = parseDelimited(text, delimiter)
  const names = header.map((name, index) => normalizeLine(name) || `column ${index + 1}`)
  const paragraphs = records.map((cells) =>
    cells
      .map((cell, index) => [names[index] ?? `column ${index + 1}`, normalizeLine(cell)] as const)
      .filter(([, value]) => value !== '')
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
  )
  // A header-only file still says something: its column names.
  const body = records.length > 0 ? paragraphs.join('\n\n') : names.join(', ')
  return { format: 'csv', pages: [{ number: 1, text: normalizeText(body) }], sections: [] }
}
