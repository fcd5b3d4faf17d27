import type { Schemas } from '@chatter/sdk'
import { ChevronDown, ChevronRight, Download } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatDateTime, formatRelative } from '../format'
import { describeError, useSession } from '../session'
import {
  Badge,
  Empty,
  ErrorNotice,
  LoadMore,
  PageHeader,
  useAsync,
  usePages,
  useToast,
} from '../ui'
import { type AuditAction, auditActions } from './parts/audit-actions'
import { AuditFilters, type Filters, filterQuery } from './parts/audit-filters'
import { filenameOf, saveBlob } from './parts/download'
import './parts/admin.css'

type AuditEvent = Schemas['AuditEvent']

type Member = Schemas['Member']

const actorKinds: Record<AuditEvent['actor']['type'], string> = {
  user: 'person',
  apiKey: 'API key',
  anonymous: 'not signed in',
  system: 'Chatter',
}

/** A member by name (the event holds their email at the time), anyone else by label or id. */
function Actor({ actor, members }: { actor: AuditEvent['actor']; members: Map<string, Member> }) {
  const member = actor.type === 'user' && actor.id ? members.get(actor.id) : undefined
  const name = member?.name ?? actor.label ?? member?.email ?? actor.id ?? actorKinds[actor.type]
  const second = member?.name ? member.email : actorKinds[actor.type]
  return (
    <span class="admin-who">
      <span>{name}</span>
      {second !== name && <span class="muted small">{second}</span>}
    </span>
  )
}

/** The workspace's audit log: who did what, when; filtered, paged and exportable. */
export default function AuditPage() {
  const { client, workspaceId } = useSession()
  const toast = useToast()
  const [filters, setFilters] = useState<Filters>({ action: '', actorId: '', from: '', to: '' })
  const [exporting, setExporting] = useState(false)
  const query = filterQuery(filters)
  const members = useAsync(
    () =>
      client.unwrap(
        client.api.GET('/v1/workspaces/{id}/members', {
          params: { path: { id: workspaceId }, query: { limit: 100 } },
        }),
      ),
    [client, workspaceId],
  )
  const events = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/audit-events', {
          params: { query: { ...query, cursor, limit: 25 } },
        }),
      ),
    [client, JSON.stringify(query)],
  )

  const memberIndex = new Map((members.data?.items ?? []).map((m) => [m.userId, m]))

  const exportCsv = async () => {
    setExporting(true)
    try {
      const { data, error, response } = await client.api.GET('/v1/audit-events/export', {
        params: { query: { ...query, format: 'csv' } },
        parseAs: 'blob',
      })
      if (!response.ok || !data) await client.unwrap(Promise.resolve({ error, response }))
      else {
        saveBlob(data, filenameOf(response, 'audit.csv'))
        const truncated = response.headers.get('x-export-truncated') === 'true'
        toast(
          truncated
            ? 'Exported the newest events; narrow the dates to export the rest'
            : 'Exported the audit log as CSV',
          truncated ? 'warn' : 'good',
        )
      }
    } catch (caught) {
      toast(`Export failed: ${describeError(caught)}`, 'bad')
    } finally {
      setExporting(false)
    }
  }

  return (
    <div class="admin-page">
      <PageHeader
        title="Audit log"
        description="Sign-ins, keys, members and changes in this workspace, newest first."
        actions={
          <button type="button" class="button" disabled={exporting} onClick={exportCsv}>
            <Download aria-hidden="true" size={16} />
            {exporting ? 'Exporting…' : 'Export CSV'}
          </button>
        }
      />
      <div class="stack admin-gap">
        <AuditFilters
          filters={filters}
          onChange={setFilters}
          actions={auditActions as readonly AuditAction[]}
          members={members.data?.items ?? []}
        />
        <ErrorNotice error={events.error} onRetry={events.reload} />
        {!events.loading && !events.error && events.items.length === 0 ? (
          <Empty title="No events match">Try a wider date range or another action.</Empty>
        ) : (
          events.items.length > 0 && (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Audit events</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Actor</th>
                    <th scope="col">Action</th>
                    <th scope="col">Target</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {events.items.map((event) => (
                    <EventRow key={event.id} event={event} members={memberIndex} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        )}
        <LoadMore hasMore={events.hasMore} loading={events.loading} onMore={events.more} />
      </div>
    </div>
  )
}

/** "apiKey" reads "API key", "toolServer" "tool server". */
const kindOf = (type: string) =>
  type === 'apiKey' ? 'API key' : type.replace(/([A-Z])/g, ' $1').toLowerCase()

/** One event; its details (what changed, from where) open in a full-width row beneath. */
function EventRow({ event, members }: { event: AuditEvent; members: Map<string, Member> }) {
  const [open, setOpen] = useState(false)
  const details = {
    ...event.details,
    ...(event.ip ? { ip: event.ip } : {}),
    ...(event.userAgent ? { userAgent: event.userAgent } : {}),
  }
  const hasDetails = Object.keys(details).length > 0
  const detailsId = `details-${event.id}`
  return (
    <>
      <tr class={open ? 'admin-open' : undefined}>
        <td class="admin-nowrap" title={formatDateTime(event.at)}>
          {formatRelative(event.at)}
        </td>
        <td>
          <Actor actor={event.actor} members={members} />
        </td>
        <td>
          <span class="admin-code">{event.action}</span>{' '}
          {event.outcome === 'failure' && <Badge tone="bad">failed</Badge>}
        </td>
        <td>
          {event.target ? (
            <span class="admin-target">
              <span>{event.target.label ?? event.target.id}</span>
              <span class="muted small">{kindOf(event.target.type)}</span>
            </span>
          ) : (
            <span class="muted">–</span>
          )}
        </td>
        <td>
          {hasDetails ? (
            <button
              type="button"
              class="link-button admin-details-toggle"
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen(!open)}
            >
              {open ? (
                <ChevronDown aria-hidden="true" size={14} />
              ) : (
                <ChevronRight aria-hidden="true" size={14} />
              )}
              Details
            </button>
          ) : (
            <span class="muted">–</span>
          )}
        </td>
      </tr>
      {open && (
        <tr id={detailsId} class="admin-details-row">
          <td colSpan={5}>
            <pre class="admin-details">{JSON.stringify(details, null, 2)}</pre>
          </td>
        </tr>
      )}
    </>
  )
}
