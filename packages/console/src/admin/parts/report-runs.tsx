// A report's history: each run's status and period, and its file to download.
import type { Schemas } from '@chatter/sdk'
import { Download } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatBytes, formatDateTime, formatRelative } from '../../format'
import { describeError, useSession } from '../../session'
import { Badge, ErrorNotice, LoadMore, type PageOf, type Tone, useToast } from '../../ui'
import { filenameOf, saveBlob } from './download'

type Run = Schemas['ReportRun']

const statusTone: Record<Run['status'], Tone> = {
  running: 'info',
  succeeded: 'good',
  failed: 'bad',
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
/** The period a run covers, as UTC days (the end is exclusive when it falls on midnight). */
function periodOf(run: Run) {
  const start = new Date(run.periodStart)
  const end = new Date(new Date(run.periodEnd).getTime() - 1)
  const a = day.format(start)
  const b = day.format(end)
  return a === b ? a : `${a} – ${b}`
}

export function ReportRuns(props: {
  reportId: string
  runs: Run[]
  error: unknown
  loading: boolean
  hasMore: boolean
  onMore: () => void
  onRetry: () => void
}) {
  const { client } = useSession()
  const toast = useToast()
  const [downloading, setDownloading] = useState<string>()

  const download = async (run: Run) => {
    setDownloading(run.id)
    try {
      const { data, error, response } = await client.api.GET(
        '/v1/reports/{id}/runs/{runId}/download',
        { params: { path: { id: props.reportId, runId: run.id } }, parseAs: 'blob' },
      )
      if (!response.ok || !data) await client.unwrap(Promise.resolve({ error, response }))
      else saveBlob(data, filenameOf(response, `report-${run.id}`))
    } catch (caught) {
      toast(`Download failed: ${describeError(caught)}`, 'bad')
    } finally {
      setDownloading(undefined)
    }
  }

  return (
    <div class="stack">
      <ErrorNotice error={props.error} onRetry={props.onRetry} />
      {props.runs.length === 0 && !props.loading && !props.error ? (
        <p class="muted small">No runs yet. Press Run now to make the first one.</p>
      ) : (
        props.runs.length > 0 && (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">Runs</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col">Period</th>
                  <th scope="col">Started</th>
                  <th scope="col">Trigger</th>
                  <th scope="col" class="num">
                    Size
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">File</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.runs.map((run) => (
                  <tr key={run.id}>
                    <td>
                      <Badge tone={statusTone[run.status]}>{run.status}</Badge>
                      {run.error && <div class="small muted">{run.error}</div>}
                    </td>
                    <td class="admin-nowrap">{periodOf(run)}</td>
                    <td class="admin-nowrap" title={formatDateTime(run.startedAt)}>
                      {formatRelative(run.startedAt)}
                    </td>
                    <td>{run.trigger === 'manual' ? 'Run now' : 'Schedule'}</td>
                    <td class="num">{run.bytes != null ? formatBytes(run.bytes) : '–'}</td>
                    <td>
                      <div class="admin-actions">
                        {run.download && (
                          <button
                            type="button"
                            class="button small"
                            disabled={downloading === run.id}
                            onClick={() => void download(run)}
                            aria-label={`Download the run of ${periodOf(run)}`}
                          >
                            <Download aria-hidden="true" size={14} />
                            Download
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
      <LoadMore hasMore={props.hasMore} loading={props.loading} onMore={props.onMore} />
    </div>
  )
}

export type RunsPage = PageOf<Run>
