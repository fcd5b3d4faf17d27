import { csvField } from '../exports/csv'
import { type ReportDocument, reportTables } from './report-tables'

/**
 * The report as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or
 * line break): a title row, then each section as a row naming it, its header row and its rows,
 * sections apart by an empty line. The summary section has one row per day, then the total.
 * Text cells that a spreadsheet would read as a formula are prefixed with a single quote.
 */
export function renderReportCsv(doc: ReportDocument): string {
  const lines: unknown[][] = [
    [doc.report.name, `${doc.period.start}..${doc.period.end}`, `generated ${doc.generatedAt}`],
  ]
  for (const table of reportTables(doc)) {
    lines.push([], [table.title], table.columns, ...table.rows)
  }
  return lines.map((fields) => `${fields.map(cell).join(',')}\r\n`).join('')
}

// Text starting with = + - @ would run as a formula in a spreadsheet: prefix it with a quote.
const cell = (value: unknown) =>
  csvField(typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
