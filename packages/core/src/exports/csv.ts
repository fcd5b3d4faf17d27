/**
 * Rows as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma, a
 * quote, CR or LF (quotes doubled). Objects and arrays are written as JSON; missing values empty.
 * @example toCsv([{ id: 'c1', title: 'Hi, "you"' }]) // 'id,title\r\nc1,"Hi, ""you"""\r\n'
 */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: readonly string[]) {
  const header = columns ?? columnsOf(rows)
  const lines = [header.map(csvField), ...rows.map((row) => header.map((c) => csvField(row[c])))]
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('')
}

/** Every key of the rows, in the order first seen. */
function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>()
  for (const row of rows) for (const column of Object.keys(row)) seen.add(column)
  return [...seen]
}

export function csvField(value: unknown): string {
  if (value === undefined || value === null) return ''
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
