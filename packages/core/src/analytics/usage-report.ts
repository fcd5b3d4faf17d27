import { type Acting, assertPermission } from '../audit/acting'
import { platformScope, type UsageCounters } from '../ports/usage-counters'
import { type Histogram, percentile } from './histogram'
import { type BreakdownDimension, type BreakdownMeasure, counterNames } from './usage-counter'
import { bucketsOf, parseUsageRange, type UsageBucketSize } from './usage-range'

export interface UsageBreakdown {
  messages: number
  tokens: { input: number; output: number }
  costUsd: number
}

/** Usage over some days: a bucket of a report, or its totals. */
export interface UsageFigures {
  /** First and last day (YYYY-MM-DD, UTC), both included. */
  from: string
  to: string
  conversations: number
  messages: number
  /**
   * The sum of each day's distinct active users: a user active on three days of a week counts
   * three times in that week (true distinct users per week or month are not counted).
   */
  activeUsers: number
  tokens: { input: number; output: number }
  costUsd: number
  byModel: Record<string, UsageBreakdown>
  byProfile: Record<string, UsageBreakdown>
  byAgent: Record<string, UsageBreakdown>
  /** Of completed answers, in ms; null without any. */
  latency: { p50: number | null; p95: number | null; p99: number | null }
  timeToFirstToken: { p50: number | null; p95: number | null }
  tools: Record<string, { calls: number; errors: number }>
  documents: { ready: number; failed: number }
  workflows: { succeeded: number; failed: number }
}

export interface UsageReport {
  range: { from: string; to: string }
  bucket: UsageBucketSize
  /** Every bucket of the range, days without activity included (as zeros). */
  buckets: UsageFigures[]
  totals: UsageFigures
}

export interface UsageQuery {
  /** `7d`, `30d`, `90d` or `<from>..<to>` (UTC days); default `7d`. */
  range?: string
  /** default `day` */
  bucket?: UsageBucketSize
}

/** A workspace's usage by day, week or month (`seeAnalytics`), from its daily counters. */
export async function workspaceUsage(
  ports: { usage: UsageCounters },
  acting: Pick<Acting, 'access' | 'now'>,
  query: UsageQuery,
): Promise<UsageReport> {
  assertPermission(acting.access, 'seeAnalytics')
  return usageReport(ports.usage, acting.access.workspaceId, query, acting.now)
}

/** The whole platform's usage (platform admins; the route checks who calls). */
export async function platformUsage(
  ports: { usage: UsageCounters },
  query: UsageQuery,
  now: Date,
): Promise<UsageReport> {
  return usageReport(ports.usage, platformScope, query, now)
}

/**
 * One query for the range's days, then each bucket's counters summed and turned into figures;
 * percentiles come from the bucket's merged histograms.
 */
export async function usageReport(
  usage: UsageCounters,
  scope: string,
  query: UsageQuery,
  now: Date,
): Promise<UsageReport> {
  const range = parseUsageRange(query.range ?? '7d', now)
  const bucket = query.bucket ?? 'day'
  const byDay = new Map(
    (await usage.days(scope, range.from, range.to)).map(({ day, counts }) => [day, counts]),
  )
  const buckets = bucketsOf(range, bucket).map(({ from, to, days }) =>
    figuresOf(from, to, sumCounts(days.map((day) => byDay.get(day) ?? {}))),
  )
  const totals = figuresOf(range.from, range.to, sumCounts([...byDay.values()]))
  return { range, bucket, buckets, totals }
}

function sumCounts(days: readonly Record<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>()
  for (const counts of days)
    for (const [name, value] of Object.entries(counts)) sum.set(name, (sum.get(name) ?? 0) + value)
  return sum
}

const usd = (micros: number) => micros / 1_000_000

function figuresOf(from: string, to: string, counts: Map<string, number>): UsageFigures {
  const count = (name: string) => counts.get(name) ?? 0
  const latency = new Map<number, number>()
  const firstToken = new Map<number, number>()
  // Maps, not objects: ids and tool names are the users' own and may be `__proto__`.
  const breakdowns = new Map<string, Map<string, Breakdown>>(
    dimensions.map((dimension) => [dimension, new Map()]),
  )
  const tools = new Map<string, { calls: number; errors: number }>()
  for (const [name, value] of counts) {
    const parts = name.split('#')
    const [kind] = parts
    const last = parts[parts.length - 1]
    const id = parts.slice(1, -1).join('#')
    const dimension = kind === undefined ? undefined : breakdowns.get(kind)
    if (kind === 'lat' || kind === 'ttft') {
      const histogram = kind === 'lat' ? latency : firstToken
      histogram.set(Number(parts[1]), value)
    } else if (kind === 'tool' && parts.length >= 3) {
      const tool = tools.get(id) ?? { calls: 0, errors: 0 }
      tools.set(id, tool)
      tool[last === 'errors' ? 'errors' : 'calls'] += value
    } else if (dimension && parts.length >= 3 && isMeasure(last)) {
      const breakdown = dimension.get(id) ?? {
        messages: 0,
        tokensIn: 0,
        tokensOut: 0,
        costMicros: 0,
      }
      dimension.set(id, breakdown)
      breakdown[last] += value
    }
  }
  return {
    from,
    to,
    conversations: count(counterNames.conversations),
    messages: count(counterNames.messages),
    activeUsers: count(counterNames.activeUsers),
    tokens: { input: count(counterNames.tokensIn), output: count(counterNames.tokensOut) },
    costUsd: usd(count(counterNames.costMicros)),
    byModel: breakdownView(breakdowns.get('model')),
    byProfile: breakdownView(breakdowns.get('profile')),
    byAgent: breakdownView(breakdowns.get('agent')),
    latency: percentiles(latency, { p50: 0.5, p95: 0.95, p99: 0.99 }),
    timeToFirstToken: percentiles(firstToken, { p50: 0.5, p95: 0.95 }),
    tools: Object.fromEntries(tools),
    documents: {
      ready: count(counterNames.documentsReady),
      failed: count(counterNames.documentsFailed),
    },
    workflows: {
      succeeded: count(counterNames.workflowsSucceeded),
      failed: count(counterNames.workflowsFailed),
    },
  }
}

type Breakdown = Record<BreakdownMeasure, number>
const dimensions: readonly BreakdownDimension[] = ['model', 'profile', 'agent']
const measures: readonly string[] = ['messages', 'tokensIn', 'tokensOut', 'costMicros']
const isMeasure = (name: string | undefined): name is BreakdownMeasure =>
  name !== undefined && measures.includes(name)

function breakdownView(counts = new Map<string, Breakdown>()): Record<string, UsageBreakdown> {
  return Object.fromEntries(
    [...counts].map(([id, { messages, tokensIn, tokensOut, costMicros }]) => [
      id,
      { messages, tokens: { input: tokensIn, output: tokensOut }, costUsd: usd(costMicros) },
    ]),
  )
}

function percentiles<K extends string>(
  histogram: Histogram,
  at: Record<K, number>,
): Record<K, number | null> {
  const result = {} as Record<K, number | null>
  for (const [name, p] of Object.entries(at) as [K, number][])
    result[name] = percentile(histogram, p)
  return result
}
