import type { UsageFigures, UsageReport } from '../analytics/usage-report'
import type { Report, ReportSection } from '../ports/report-repository'
import type { ReportPeriodDays } from './report-period'

/** What a run renders: the report, its period and the usage read for it. */
export interface ReportDocument {
  report: Pick<Report, 'id' | 'name' | 'period' | 'sections' | 'format'>
  period: ReportPeriodDays
  usage: UsageReport
  /** ISO 8601. */
  generatedAt: string
}

export type Cell = string | number | null

/** One table of a report: CSV writes it as a section, HTML as a `<table>`. */
export interface ReportTable {
  section: ReportSection
  title: string
  columns: string[]
  rows: Cell[][]
}

const usd = (value: number) => Math.round(value * 1_000_000) / 1_000_000

const dailyRow = (label: string, f: UsageFigures): Cell[] => [
  label,
  f.conversations,
  f.messages,
  f.activeUsers,
  f.tokens.input,
  f.tokens.output,
  usd(f.costUsd),
]

/** The tables of the report's sections, in the order of `reportSections`' meaning. */
export function reportTables(doc: ReportDocument): ReportTable[] {
  const { totals, buckets } = doc.usage
  const tables: Record<ReportSection, () => ReportTable> = {
    summary: () => ({
      section: 'summary',
      title: 'Usage by day',
      columns: [
        'day',
        'conversations',
        'messages',
        'activeUsers',
        'tokensIn',
        'tokensOut',
        'costUsd',
      ],
      rows: [...buckets.map((b) => dailyRow(b.from, b)), dailyRow('total', totals)],
    }),
    models: () => ({
      section: 'models',
      title: 'By model',
      columns: ['model', 'messages', 'tokensIn', 'tokensOut', 'costUsd'],
      rows: Object.entries(totals.byModel)
        .sort(([, a], [, b]) => b.costUsd - a.costUsd || b.messages - a.messages)
        .map(([model, b]) => [model, b.messages, b.tokens.input, b.tokens.output, usd(b.costUsd)]),
    }),
    latency: () => ({
      section: 'latency',
      title: 'Latency (ms)',
      columns: ['measure', 'p50', 'p95', 'p99'],
      rows: [
        ['answer', totals.latency.p50, totals.latency.p95, totals.latency.p99],
        ['first token', totals.timeToFirstToken.p50, totals.timeToFirstToken.p95, null],
      ],
    }),
    tools: () => ({
      section: 'tools',
      title: 'Tool calls',
      columns: ['tool', 'calls', 'errors'],
      rows: Object.entries(totals.tools)
        .sort(([, a], [, b]) => b.calls - a.calls)
        .map(([tool, t]) => [tool, t.calls, t.errors]),
    }),
    documents: () => ({
      section: 'documents',
      title: 'Documents',
      columns: ['ready', 'failed'],
      rows: [[totals.documents.ready, totals.documents.failed]],
    }),
    workflows: () => ({
      section: 'workflows',
      title: 'Workflow runs',
      columns: ['succeeded', 'failed'],
      rows: [[totals.workflows.succeeded, totals.workflows.failed]],
    }),
  }
  return doc.report.sections.map((section) => tables[section]())
}
