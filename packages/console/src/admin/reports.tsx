import type { Schemas } from '@chatter/sdk'
import { Play } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatRelative } from '../format'
import { describeError, useSession } from '../session'
import {
  Badge,
  ConfirmButton,
  Empty,
  ErrorNotice,
  LoadMore,
  Modal,
  PageHeader,
  usePages,
  useToast,
} from '../ui'
import { cadences, NewReportForm, sections } from './parts/new-report-form'
import { ReportRuns } from './parts/report-runs'
import './parts/admin.css'

type Report = Schemas['Report']

/** "Weekly on Monday at 08:00 (Europe/Paris)" for the presets, else the cron itself. */
function scheduleText(report: Report) {
  const preset = cadences.find((c) => c.cron === report.schedule.cron)
  const zone = report.schedule.timezone || 'UTC'
  return `${preset ? preset.label : `cron ${report.schedule.cron}`} (${zone})`
}

/** Usage reports on a schedule: create one, run it now, download what it made. */
export default function ReportsPage() {
  const { client } = useSession()
  const toast = useToast()
  const [creating, setCreating] = useState(false)
  const reports = usePages(
    (cursor) =>
      client.unwrap(client.api.GET('/v1/reports', { params: { query: { cursor, limit: 20 } } })),
    [client],
  )
  const remove = async (report: Report) => {
    const deleted = await client.unwrap(
      client.api.DELETE('/v1/reports/{id}', { params: { path: { id: report.id } } }),
    )
    reports.setItems((all) => all.filter((r) => r.id !== report.id))
    toast(`Deleted the report ${report.name} and its ${deleted.runs} runs`)
  }

  return (
    <div class="admin-page">
      <PageHeader
        title="Reports"
        description="Usage summaries made on a schedule, as HTML, CSV or JSON files."
        actions={
          <button type="button" class="button primary" onClick={() => setCreating(true)}>
            New report
          </button>
        }
      />
      <div class="stack admin-gap">
        <ErrorNotice error={reports.error} onRetry={reports.reload} />
        {!reports.loading && !reports.error && reports.items.length === 0 && (
          <Empty title="No reports yet">
            A report sums up the workspace's usage every day, week or month.
          </Empty>
        )}
        {reports.items.map((report) => (
          <ReportCard key={report.id} report={report} onDelete={() => remove(report)} />
        ))}
        <LoadMore hasMore={reports.hasMore} loading={reports.loading} onMore={reports.more} />
      </div>
      <Modal title="New report" open={creating} onClose={() => setCreating(false)}>
        <NewReportForm
          onCancel={() => setCreating(false)}
          onCreated={(report) => {
            setCreating(false)
            reports.setItems((all) => [report, ...all])
            toast(`Created the report ${report.name}`)
          }}
        />
      </Modal>
    </div>
  )
}

function ReportCard({ report, onDelete }: { report: Report; onDelete: () => Promise<void> }) {
  const { client } = useSession()
  const toast = useToast()
  const [running, setRunning] = useState(false)
  const runs = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/reports/{id}/runs', {
          params: { path: { id: report.id }, query: { cursor, limit: 5 } },
        }),
      ),
    [client, report.id],
  )
  const runNow = async () => {
    setRunning(true)
    try {
      const run = await client.unwrap(
        client.api.POST('/v1/reports/{id}/run', { params: { path: { id: report.id } } }),
      )
      runs.setItems((all) => [run, ...all.filter((r) => r.id !== run.id)])
      toast(
        run.status === 'failed'
          ? `The run of ${report.name} failed: ${run.error ?? 'no reason given'}`
          : `Ran ${report.name}: the file is ready`,
        run.status === 'failed' ? 'bad' : 'good',
      )
    } catch (caught) {
      toast(`Could not run ${report.name}: ${describeError(caught)}`, 'bad')
    } finally {
      setRunning(false)
    }
  }
  const titleId = `report-${report.id}`
  const sectionNames = report.sections.map(
    (s) => sections.find((known) => known.value === s)?.label ?? s,
  )
  return (
    <section class="card admin-report" aria-labelledby={titleId}>
      <div class="admin-report-head">
        <div>
          <h2 id={titleId}>{report.name}</h2>
          <div class="admin-meta">
            <span>{scheduleText(report)}</span>
            <span>{report.format.toUpperCase()}</span>
            <span>{sectionNames.join(', ')}</span>
            <span>created {formatRelative(report.createdAt)}</span>
          </div>
        </div>
        <div class="row">
          {report.enabled ? <Badge tone="good">Scheduled</Badge> : <Badge>Paused</Badge>}
          <button type="button" class="button small" disabled={running} onClick={runNow}>
            <Play aria-hidden="true" size={14} />
            {running ? 'Running…' : 'Run now'}
          </button>
          <ConfirmButton
            label="Delete"
            title={`Delete ${report.name}?`}
            message="The report stops running and its past runs and files are deleted."
            confirmLabel="Delete report"
            onConfirm={onDelete}
          />
        </div>
      </div>
      <h3 class="visually-hidden">History of {report.name}</h3>
      <ReportRuns
        reportId={report.id}
        runs={runs.items}
        error={runs.error}
        loading={runs.loading}
        hasMore={runs.hasMore}
        onMore={runs.more}
        onRetry={runs.reload}
      />
    </section>
  )
}
