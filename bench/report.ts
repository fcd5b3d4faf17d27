import type { Figure } from './figures'

const columns = ['figure', 'value', 'baseline', 'ratio', 'target'] as const

function cells(f: Figure): string[] {
  const arrow = f.better === 'higher' ? '↑' : '↓'
  return [
    f.name,
    `${f.value} ${f.unit}`,
    `${f.baseline} ${f.unit} (${f.baselineIs})`,
    `${f.ratio}x ${arrow}`,
    f.target ?? '',
  ]
}

/** The figures as an aligned text table for the terminal. */
export function textTable(figures: readonly Figure[]): string {
  const rows = [Array.from(columns), ...figures.map(cells)]
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** Figures the README shows besides those with a target (the JSON has them all). */
const readmeNames = new Set([
  'cold-start.api.init.ms',
  'cold-start.ingest.init.ms',
  'api.listConversations.c1.p50',
  'api.answer.c1.p50',
  'streaming.perToken.s32.p50',
  'streaming.tail.s32.p50',
  'ingestion.pdf.5MB.mbps',
  'ingestion.docx.1MB.mbps',
  'ingestion.html.1MB.mbps',
  'search.hybrid.10k.p50',
])

/**
 * The README's short Markdown table (the figures with a target and a few headline ones), with
 * where and how they were measured.
 */
export function markdownTable(
  figures: readonly Figure[],
  run: { startedAt: string; quick: boolean; machine: { cpus: number; cpu: string; node: string } },
): string {
  const escapePipes = (cell: string) => cell.replaceAll('|', '\\|')
  const lines = [
    `Measured ${run.startedAt.slice(0, 10)} by \`npm run bench${run.quick ? ' -- --quick' : ''}\` on ${run.machine.cpus} cores (${run.machine.cpu}), Node ${run.machine.node}. ↑ higher is better, ↓ lower is better.`,
    '',
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...figures
      .filter((f) => f.target || readmeNames.has(f.name))
      .map((f) => `| ${cells(f).map(escapePipes).join(' | ')} |`),
    '',
    `All ${figures.length} figures of that run are in \`bench/results/latest.json\`.`,
  ]
  return lines.join('\n')
}
