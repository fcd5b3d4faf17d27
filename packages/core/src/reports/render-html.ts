import { type ReportDocument, type ReportTable, reportTables } from './report-tables'
import { barChart, escapeHtml } from './svg-bar-chart'

const style = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;margin:2rem auto;max-width:960px;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.1rem;margin-top:2rem}
.period{color:#555;margin-top:0}.figures{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.figure{border:1px solid #ddd;border-radius:6px;padding:.5rem .9rem;min-width:8rem}
.figure strong{display:block;font-size:1.3rem}.figure span{color:#666;font-size:.8rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f6f7f9}figure{margin:1rem 0}
footer{color:#888;font-size:.8rem;margin-top:2rem}`

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 })
const dollars = (value: number) =>
  `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })}`

/**
 * The report as one self-contained HTML page (inline CSS and SVG, no script, no external
 * asset): title, period, the summary figures, then a table per section, with bar charts of
 * messages and tokens per day (summary) and cost by model (models). Every text is escaped.
 */
export function renderReportHtml(doc: ReportDocument): string {
  const { report, period, usage } = doc
  const title = escapeHtml(report.name)
  const tables = reportTables(doc)
  const body = tables.map(
    (table) =>
      `<section><h2>${escapeHtml(table.title)}</h2>${charts(doc, table)}${tableHtml(table)}</section>`,
  )
  const t = usage.totals
  const figures: [string, string][] = [
    ['messages', number(t.messages)],
    ['conversations', number(t.conversations)],
    ['active users (daily sum)', number(t.activeUsers)],
    ['tokens in / out', `${number(t.tokens.input)} / ${number(t.tokens.output)}`],
    ['cost', dollars(t.costUsd)],
  ]
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} (${escapeHtml(period.start)} to ${escapeHtml(period.end)})</title><style>${style}</style></head>
<body><h1>${title}</h1>
<p class="period">${cadence[report.period]} report, ${escapeHtml(period.start)} to ${escapeHtml(period.end)} (UTC days)</p>
<div class="figures">${figures.map(([label, value]) => `<div class="figure"><strong>${escapeHtml(value)}</strong><span>${escapeHtml(label)}</span></div>`).join('')}</div>
${body.join('\n')}
<footer>Generated ${escapeHtml(doc.generatedAt)}.</footer>
</body></html>
`
}

function charts(doc: ReportDocument, table: ReportTable): string {
  const { buckets, totals } = doc.usage
  const day = (from: string) => from.slice(5)
  const figure = (svg: string) => `<figure>${svg}</figure>`
  if (table.section === 'summary')
    return [
      barChart({
        title: 'Messages per day',
        bars: buckets.map((b) => ({ label: day(b.from), value: b.messages })),
      }),
      barChart({
        title: 'Tokens per day (in + out)',
        bars: buckets.map((b) => ({ label: day(b.from), value: b.tokens.input + b.tokens.output })),
      }),
    ]
      .map(figure)
      .join('')
  if (table.section === 'models')
    return figure(
      barChart({
        title: 'Cost by model (USD)',
        bars: Object.entries(totals.byModel).map(([model, b]) => ({
          label: model,
          value: b.costUsd,
        })),
        format: dollars,
      }),
    )
  return ''
}

function tableHtml(table: ReportTable): string {
  if (table.rows.length === 0) return '<p>None in this period.</p>'
  const head = table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell) => `<td>${escapeHtml(cell === null ? '-' : typeof cell === 'number' ? number(cell) : cell)}</td>`).join('')}</tr>`,
    )
    .join('')
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
}

const cadence = { day: 'Daily', week: 'Weekly', month: 'Monthly' } as const
