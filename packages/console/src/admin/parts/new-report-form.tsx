// The form that schedules a usage report: a name, how often, which sections, which format.
import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field } from '../../ui'

type Report = Schemas['Report']
type Section = Report['sections'][number]

/** How often, as a cron and the period each run covers (the last full one). */
export const cadences = [
  { value: 'daily', label: 'Daily at 08:00', cron: '0 8 * * *', period: 'day' },
  { value: 'weekly', label: 'Weekly on Monday at 08:00', cron: '0 8 * * 1', period: 'week' },
  { value: 'monthly', label: 'Monthly on the 1st at 08:00', cron: '0 8 1 * *', period: 'month' },
] as const

export const sections: { value: Section; label: string }[] = [
  { value: 'summary', label: 'Summary' },
  { value: 'models', label: 'Models' },
  { value: 'latency', label: 'Latency' },
  { value: 'tools', label: 'Tools' },
  { value: 'documents', label: 'Documents' },
  { value: 'workflows', label: 'Workflows' },
]

const formats: { value: Report['format']; label: string }[] = [
  { value: 'html', label: 'HTML (readable page)' },
  { value: 'csv', label: 'CSV (spreadsheets)' },
  { value: 'json', label: 'JSON (programs)' },
]

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

export function NewReportForm(props: {
  onCreated: (report: Report) => void
  onCancel: () => void
}) {
  const { client } = useSession()
  const [name, setName] = useState('')
  const [cadence, setCadence] = useState<(typeof cadences)[number]['value']>('weekly')
  const [timezone, setTimezone] = useState(browserZone)
  const [chosen, setChosen] = useState<Section[]>(['summary', 'models', 'latency'])
  const [format, setFormat] = useState<Report['format']>('html')
  const [enabled, setEnabled] = useState(true)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const submit = async (event: Event) => {
    event.preventDefault()
    const plan = cadences.find((c) => c.value === cadence) ?? cadences[1]
    setBusy(true)
    setError(undefined)
    try {
      const report = await client.unwrap(
        client.api.POST('/v1/reports', {
          body: {
            name: name.trim(),
            schedule: { cron: plan.cron, timezone: timezone.trim() || 'UTC' },
            period: plan.period,
            sections: sections.filter((s) => chosen.includes(s.value)).map((s) => s.value),
            format,
            enabled,
          },
        }),
      )
      props.onCreated(report)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="stack" onSubmit={submit}>
      <Field label="Name">
        {(id) => (
          <input
            id={id}
            required
            maxLength={100}
            placeholder="Weekly usage"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="Schedule" hint="Each run covers the last full day, week or month.">
        {(id) => (
          <select
            id={id}
            value={cadence}
            onChange={(e) => setCadence(e.currentTarget.value as typeof cadence)}
          >
            {cadences.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Time zone" hint="IANA name, e.g. Europe/Paris.">
        {(id) => (
          <input id={id} value={timezone} onInput={(e) => setTimezone(e.currentTarget.value)} />
        )}
      </Field>
      <fieldset class="admin-checks">
        <legend>Sections</legend>
        {sections.map((s) => (
          <label key={s.value}>
            <input
              type="checkbox"
              checked={chosen.includes(s.value)}
              onChange={(e) => {
                const on = e.currentTarget.checked
                setChosen((all) => (on ? [...all, s.value] : all.filter((v) => v !== s.value)))
              }}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <Field label="Format">
        {(id) => (
          <select
            id={id}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as Report['format'])}
          >
            {formats.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label class="row">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        Run on schedule (otherwise only when you press Run now)
      </label>
      <ErrorNotice error={error} />
      <div class="row end">
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="button primary" disabled={busy || chosen.length === 0}>
          Create report
        </button>
      </div>
    </form>
  )
}
