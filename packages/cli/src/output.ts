import Table from 'cli-table3'

/** Machine-readable output: pretty JSON on stdout, one document per command. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** A line for people, on stdout. */
export function say(text = ''): void {
  process.stdout.write(`${text}\n`)
}

/** Progress and notes on stderr, so stdout stays clean for pipes and `--json`. */
export function note(text: string): void {
  process.stderr.write(`${text}\n`)
}

type Cell = string | number | boolean | null | undefined

/**
 * A plain table (no colours, so it reads the same in a terminal, a pipe and a log).
 * @example renderTable(['id', 'name'], [['ws_1', 'Team']])
 */
export function renderTable(head: string[], rows: Cell[][], empty = '(none)'): string {
  if (rows.length === 0) return empty
  const table = new Table({
    head,
    style: { head: [], border: [] },
    // No rules between rows, so long lists stay short; the one under the head is added below
    // (cli-table3 draws both alike).
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  })
  for (const row of rows) table.push(row.map((cell) => (cell == null ? '' : String(cell))))
  const [top = '', header = '', ...body] = table.toString().split('\n')
  const rule = top.replace('┌', '├').replaceAll('┬', '┼').replace('┐', '┤')
  return [top, header, rule, ...body].join('\n')
}

/** Prints `value` as JSON with --json, else the table of its rows. */
export function printList<T>(
  json: boolean | undefined,
  items: T[],
  head: string[],
  row: (item: T) => Cell[],
): void {
  if (json) printJson(items)
  else say(renderTable(head, items.map(row)))
}

/** `text` on one line, cut to `max` characters with an ellipsis. */
export function snippet(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`
}

/** About `max` characters of `text` around offset `at` (a search highlight), on one line. */
export function snippetAround(text: string, at: number, max = 80): string {
  if (text.length <= max || at < max / 3) return snippet(text, max)
  const start = Math.max(0, Math.min(at - Math.floor(max / 3), text.length - max))
  return `…${snippet(text.slice(start), max - 1)}`
}

/** A byte count as people read it: `512 B`, `1.5 kB`, `2.0 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/** An ISO time as `2026-11-21 13:45` (UTC), short enough for a table. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : ''
}
