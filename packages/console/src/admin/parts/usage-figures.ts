// Turns the usage report's buckets into the labels and series the charts draw.
import type { Schemas } from '@chatter/sdk'
import { formatDuration, formatMoney } from '../../format'

export type UsageReport = Schemas['UsageReport']
export type Bucket = UsageReport['bucket']

const dayFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
})
const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "Nov 21" for a day or a week (its Monday), "Nov 2026" for a month: buckets are UTC days. */
export function bucketLabel(from: string, bucket: Bucket): string {
  const date = new Date(`${from}T00:00:00Z`)
  return bucket === 'month' ? monthFormat.format(date) : dayFormat.format(date)
}

export const bucketNoun = (bucket: Bucket) =>
  ({ day: 'Day', week: 'Week of', month: 'Month' })[bucket]

export interface ModelRow {
  model: string
  messages: number
  input: number
  output: number
  costUsd: number
}

/** The models, busiest first (by tokens). */
export function modelRows(report: UsageReport): ModelRow[] {
  return Object.entries(report.totals.byModel)
    .map(([model, b]) => ({
      model,
      messages: b.messages,
      input: b.tokens.input,
      output: b.tokens.output,
      costUsd: b.costUsd,
    }))
    .sort((a, b) => b.input + b.output - (a.input + a.output))
}

/** Tool calls and errors summed over every tool. */
export function toolTotals(report: UsageReport) {
  let calls = 0
  let errors = 0
  for (const tool of Object.values(report.totals.tools)) {
    calls += tool.calls
    errors += tool.errors
  }
  return { calls, errors }
}

/** Nothing happened in the range: no answers, documents, workflows or tool calls. */
export function isEmpty(report: UsageReport): boolean {
  const t = report.totals
  return (
    t.messages === 0 &&
    t.conversations === 0 &&
    t.documents.ready + t.documents.failed === 0 &&
    t.workflows.succeeded + t.workflows.failed === 0 &&
    toolTotals(report).calls === 0
  )
}

/** A latency in ms, or a dash when there was no completed answer. */
export const latency = (ms: number | null | undefined) => (ms == null ? '–' : formatDuration(ms))

/** Costs below a cent still read as a number, not "$0.00". */
export const money = (usd: number) => (usd === 0 ? '$0' : formatMoney(usd))
