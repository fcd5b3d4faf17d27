import type { UsageBreakdown, UsageFigures, UsageReport } from '@chatter/core'
import { z } from '@hono/zod-openapi'

export const UsageQuery = z.object({
  range: z
    .string()
    .regex(/^(\d{1,3}d|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$/, {
      message: 'Give 7d, 30d, 90d or <from>..<to> as YYYY-MM-DD..YYYY-MM-DD.',
    })
    .optional()
    .openapi({
      description:
        '`7d`, `30d`, `90d` (today, UTC, and the days before) or `<from>..<to>` (UTC days, both included, at most 366); default `7d`',
      example: '30d',
    }),
  bucket: z
    .enum(['day', 'week', 'month'])
    .optional()
    .openapi({ description: 'Default `day`; weeks start on Monday (ISO)' }),
})

const Tokens = z.object({ input: z.number().int(), output: z.number().int() })

const Breakdown = z
  .object({ messages: z.number().int(), tokens: Tokens, costUsd: z.number() })
  .openapi('UsageBreakdown')

const Percentiles = (names: readonly string[]) =>
  z.object(Object.fromEntries(names.map((name) => [name, z.number().int().nullable()])))

export const UsageFiguresView = z
  .object({
    from: z.string().openapi({ description: 'First day (UTC), included' }),
    to: z.string().openapi({ description: 'Last day (UTC), included' }),
    conversations: z.number().int(),
    messages: z
      .number()
      .int()
      .openapi({ description: 'Answers given (complete, failed or stopped)' }),
    activeUsers: z.number().int().openapi({
      description:
        'The sum of each day’s distinct active users: a user active on three days of a week counts three times in that week',
    }),
    tokens: Tokens,
    costUsd: z.number().openapi({ description: 'Of answers whose model has a known price' }),
    byModel: z.record(z.string(), Breakdown),
    byProfile: z
      .record(z.string(), Breakdown)
      .openapi({ description: 'By profile id; empty platform-wide' }),
    byAgent: z
      .record(z.string(), Breakdown)
      .openapi({ description: 'By agent id; empty platform-wide' }),
    latency: Percentiles(['p50', 'p95', 'p99']).openapi({
      description:
        'Of completed answers, in ms, read from log-scale histograms (within ~10%); null without any',
    }),
    timeToFirstToken: Percentiles(['p50', 'p95']).openapi({
      description: 'Of completed answers, in ms; null without any',
    }),
    tools: z.record(z.string(), z.object({ calls: z.number().int(), errors: z.number().int() })),
    documents: z.object({ ready: z.number().int(), failed: z.number().int() }),
    workflows: z.object({ succeeded: z.number().int(), failed: z.number().int() }),
  })
  .openapi('UsageFigures')

export const UsageReportView = z
  .object({
    range: z.object({ from: z.string(), to: z.string() }),
    bucket: z.enum(['day', 'week', 'month']),
    buckets: z.array(UsageFiguresView).openapi({
      description: 'Every bucket of the range, oldest first, days without activity as zeros',
    }),
    totals: UsageFiguresView,
  })
  .openapi('UsageReport')

const breakdownView = (all: Record<string, UsageBreakdown>) =>
  Object.fromEntries(
    Object.entries(all).map(([id, { messages, tokens, costUsd }]) => [
      id,
      { messages, tokens: { input: tokens.input, output: tokens.output }, costUsd },
    ]),
  )

export const usageFiguresView = (figures: UsageFigures) => ({
  from: figures.from,
  to: figures.to,
  conversations: figures.conversations,
  messages: figures.messages,
  activeUsers: figures.activeUsers,
  tokens: { input: figures.tokens.input, output: figures.tokens.output },
  costUsd: figures.costUsd,
  byModel: breakdownView(figures.byModel),
  byProfile: breakdownView(figures.byProfile),
  byAgent: breakdownView(figures.byAgent),
  latency: {
    p50: figures.latency.p50,
    p95: figures.latency.p95,
    p99: figures.latency.p99,
  },
  timeToFirstToken: { p50: figures.timeToFirstToken.p50, p95: figures.timeToFirstToken.p95 },
  tools: Object.fromEntries(
    Object.entries(figures.tools).map(([name, { calls, errors }]) => [name, { calls, errors }]),
  ),
  documents: { ready: figures.documents.ready, failed: figures.documents.failed },
  workflows: { succeeded: figures.workflows.succeeded, failed: figures.workflows.failed },
})

export const usageReportView = (report: UsageReport) => ({
  range: { from: report.range.from, to: report.range.to },
  bucket: report.bucket,
  buckets: report.buckets.map(usageFiguresView),
  totals: usageFiguresView(report.totals),
})
