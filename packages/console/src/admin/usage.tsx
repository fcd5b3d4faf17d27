import { useState } from 'preact/hooks'
import { formatCompact, formatNumber } from '../format'
import { useSession } from '../session'
import { Empty, ErrorNotice, PageHeader, Spinner, useAsync } from '../ui'
import { Segmented } from './parts/segmented'
import { Stat } from './parts/stat'
import { UsageCharts } from './parts/usage-charts'
import {
  type Bucket,
  isEmpty,
  latency,
  money,
  toolTotals,
  type UsageReport,
} from './parts/usage-figures'
import './parts/admin.css'

type Range = '7d' | '30d' | '90d'
type Scope = 'workspace' | 'platform'

const ranges = [
  { value: '7d' as const, label: '7 days' },
  { value: '30d' as const, label: '30 days' },
  { value: '90d' as const, label: '90 days' },
]
const scopes = [
  { value: 'workspace' as const, label: 'This workspace' },
  { value: 'platform' as const, label: 'Whole platform' },
]
const buckets = [
  { value: 'day' as const, label: 'Day' },
  { value: 'week' as const, label: 'Week' },
  { value: 'month' as const, label: 'Month' },
]

/** Which kinds of work failed, or that none did. */
function errorDetail(report: UsageReport): string {
  const t = report.totals
  const parts = [
    [toolTotals(report).errors, 'tool calls'],
    [t.documents.failed, 'documents'],
    [t.workflows.failed, 'workflows'],
  ] as const
  const failed = parts.filter(([n]) => n > 0)
  return failed.length === 0
    ? 'none in tools, documents or workflows'
    : failed.map(([n, what]) => `${formatNumber(n)} ${what}`).join(' · ')
}

/** The workspace's usage as an operator reads it: headline figures, then trends per period. */
export default function UsagePage() {
  const { client, me } = useSession()
  const [range, setRange] = useState<Range>('30d')
  const [bucket, setBucket] = useState<Bucket>('day')
  // Platform administrators may also see every workspace's usage together.
  const [scope, setScope] = useState<Scope>('workspace')
  const usage = useAsync(() => {
    const params = { params: { query: { range, bucket } } }
    return client.unwrap(
      scope === 'platform'
        ? client.api.GET('/v1/admin/analytics/usage', params)
        : client.api.GET('/v1/analytics/usage', params),
    )
  }, [client, range, bucket, scope])
  const report = usage.data

  return (
    <div class="admin-page">
      <PageHeader
        title="Usage"
        description={`Answers, tokens, cost and latency ${scope === 'platform' ? 'across every workspace' : 'in this workspace'} (UTC days).`}
        actions={
          <div class="admin-toolbar">
            {usage.loading && report && <Spinner label="Updating usage" />}
            {me.systemAdmin && (
              <Segmented label="Scope" value={scope} choices={scopes} onChange={setScope} />
            )}
            <Segmented label="Range" value={range} choices={ranges} onChange={setRange} />
            <Segmented label="Group by" value={bucket} choices={buckets} onChange={setBucket} />
          </div>
        }
      />
      <ErrorNotice error={usage.error} onRetry={usage.reload} />
      {!report && usage.loading && (
        <div class="admin-loading">
          <Spinner label="Loading usage" />
        </div>
      )}
      {report && <UsageReportView report={report} range={range} />}
    </div>
  )
}

function UsageReportView({ report, range }: { report: UsageReport; range: Range }) {
  const t = report.totals
  const errors = toolTotals(report).errors + t.documents.failed + t.workflows.failed
  const days = ranges.find((r) => r.value === range)?.label ?? range
  return (
    <div class="stack admin-gap">
      <section aria-label="Totals" class="admin-stats">
        <Stat
          label="Answers"
          value={formatNumber(t.messages)}
          detail={`in ${formatNumber(t.conversations)} conversations`}
        />
        <Stat
          label="Tokens"
          value={formatCompact(t.tokens.input + t.tokens.output)}
          detail={`${formatNumber(t.tokens.input)} in · ${formatNumber(t.tokens.output)} out`}
        />
        <Stat label="Cost" value={money(t.costUsd)} detail="of models with a known price" />
        <Stat
          label="Latency"
          value={latency(t.latency.p50)}
          detail={`median · p95 ${latency(t.latency.p95)}`}
        />
        <Stat
          label="First token"
          value={latency(t.timeToFirstToken.p50)}
          detail={`median · p95 ${latency(t.timeToFirstToken.p95)}`}
        />
        <Stat label="Errors" value={formatNumber(errors)} detail={errorDetail(report)} />
      </section>
      {isEmpty(report) ? (
        <Empty title={`No usage in the last ${days}`}>
          Charts appear here once people chat in this workspace. <a href="/chat">Start a chat</a>
        </Empty>
      ) : (
        <UsageCharts report={report} />
      )}
    </div>
  )
}
