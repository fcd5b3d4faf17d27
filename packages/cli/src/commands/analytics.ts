import type { Schemas } from '@chatter/sdk'
import type { Command } from 'commander'
import { action } from '../action'
import { clientOf } from '../context'
import { UsageError } from '../errors'
import { printJson, renderTable, say } from '../output'

type Figures = Schemas['UsageFigures']
const buckets = ['day', 'week', 'month'] as const
const breakdowns = { model: 'byModel', profile: 'byProfile', agent: 'byAgent' } as const
const day = /^\d{4}-\d{2}-\d{2}$/

/** The API's `range`: `--from`/`--to` as `<from>..<to>` (UTC days, both included), else `--range`. */
export function rangeOf(
  options: { range?: string; from?: string; to?: string },
  today = new Date(),
): string {
  if (!options.from && !options.to) return options.range ?? '7d'
  if (options.range) throw new UsageError('Pass either --range or --from/--to, not both.')
  const to = options.to ?? today.toISOString().slice(0, 10)
  const from = options.from ?? to
  for (const [flag, value] of [
    ['--from', from],
    ['--to', to],
  ] as const)
    if (!day.test(value))
      throw new UsageError(`${flag} must be a day, YYYY-MM-DD (got "${value}").`)
  return `${from}..${to}`
}

const money = (usd: number) => `$${usd.toFixed(usd < 1 ? 4 : 2)}`
const row = (label: string, figures: Figures) => [
  label,
  figures.conversations,
  figures.messages,
  figures.activeUsers,
  figures.tokens.input,
  figures.tokens.output,
  money(figures.costUsd),
  figures.latency.p50 ?? '',
]

export function registerAnalyticsCommands(program: Command): void {
  program
    .command('analytics')
    .description('Usage of the workspace (or the platform)')
    .command('usage')
    .description('Conversations, messages, tokens and cost by day, week or month')
    .option('--range <range>', '7d | 30d | 90d (default 7d)')
    .option('--from <day>', 'first day, YYYY-MM-DD (UTC)')
    .option('--to <day>', 'last day, YYYY-MM-DD (UTC), default today')
    .option('--bucket <bucket>', buckets.join(' | '), 'day')
    .option('--by <what>', 'totals by model | profile | agent instead of by period')
    .option('--platform', 'the whole platform (platform admins)')
    .action(
      action(async (context) => {
        const options = context.options as {
          range?: string
          from?: string
          to?: string
          bucket: string
          by?: string
          platform?: boolean
          json?: boolean
        }
        if (!buckets.includes(options.bucket as (typeof buckets)[number]))
          throw new UsageError(`--bucket must be one of ${buckets.join(', ')}.`)
        if (options.by && !(options.by in breakdowns))
          throw new UsageError(`--by must be one of ${Object.keys(breakdowns).join(', ')}.`)
        const query = {
          range: rangeOf(options),
          bucket: options.bucket as (typeof buckets)[number],
        }
        const client = await clientOf(context)
        const report = await client.unwrap(
          options.platform
            ? client.api.GET('/v1/admin/analytics/usage', { params: { query } })
            : client.api.GET('/v1/analytics/usage', { params: { query } }),
        )
        if (options.json) return printJson(report)
        say(
          `Usage ${report.range.from} to ${report.range.to}${options.platform ? ', platform-wide' : ''}`,
        )
        if (options.by) {
          const breakdown = report.totals[breakdowns[options.by as keyof typeof breakdowns]]
          const rows = Object.entries(breakdown).map(([name, figures]) => [
            name,
            figures.messages,
            figures.tokens.input,
            figures.tokens.output,
            money(figures.costUsd),
          ])
          return say(
            renderTable(
              [options.by, 'messages', 'tokens in', 'tokens out', 'cost'],
              rows,
              'No answers in this range.',
            ),
          )
        }
        const head = [
          options.bucket,
          'conversations',
          'messages',
          'active users',
          'tokens in',
          'tokens out',
          'cost',
          'p50 ms',
        ]
        say(
          renderTable(head, [
            ...report.buckets.map((figures) => row(figures.from, figures)),
            row('total', report.totals),
          ]),
        )
      }),
    )
}
