// The audit log's filters: an action, an actor (a member) and a range of UTC days.
import type { Schemas } from '@chatter/sdk'
import { Field } from '../../ui'
import type { AuditAction } from './audit-actions'

export interface Filters {
  action: AuditAction | ''
  actorId: string
  /** YYYY-MM-DD, as the date inputs give it. */
  from: string
  to: string
}

/** The filters as the API's query: whole UTC days, both included. */
export function filterQuery(filters: Filters) {
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.from ? { from: `${filters.from}T00:00:00.000Z` } : {}),
    ...(filters.to ? { to: `${filters.to}T23:59:59.999Z` } : {}),
  }
}

export function AuditFilters(props: {
  filters: Filters
  onChange: (filters: Filters) => void
  actions: readonly AuditAction[]
  members: Schemas['Member'][]
}) {
  const { filters } = props
  const set = (change: Partial<Filters>) => props.onChange({ ...filters, ...change })
  const active = Object.values(filters).some(Boolean)
  return (
    <fieldset class="card admin-filters">
      <legend class="visually-hidden">Filter events</legend>
      <Field label="Action">
        {(id) => (
          <select
            id={id}
            value={filters.action}
            onChange={(e) => set({ action: e.currentTarget.value as AuditAction | '' })}
          >
            <option value="">Any action</option>
            {props.actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Actor">
        {(id) => (
          <select
            id={id}
            value={filters.actorId}
            onChange={(e) => set({ actorId: e.currentTarget.value })}
          >
            <option value="">Anyone</option>
            {props.members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name ? `${m.name} (${m.email})` : m.email}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="From">
        {(id) => (
          <input
            id={id}
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field label="To">
        {(id) => (
          <input
            id={id}
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => set({ to: e.currentTarget.value })}
          />
        )}
      </Field>
      {active && (
        <button
          type="button"
          class="button small"
          onClick={() => props.onChange({ action: '', actorId: '', from: '', to: '' })}
        >
          Clear filters
        </button>
      )}
    </fieldset>
  )
}
