import type { Schemas } from '@chatter/sdk'
import { Archive } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatRelative } from '../../format'
import { useSession } from '../../session'
import { ConfirmButton, ErrorNotice, Spinner, useAsync, useToast } from '../../ui'
import { CardHeader, type FieldErrors, fieldErrorsOf, SettingsField } from './form'

type Policy = Schemas['RetentionPolicy']
type Rule = 'conversationsDays' | 'documentsDays' | 'auditDays'

const rules: { field: Rule; label: string; hint: string }[] = [
  { field: 'conversationsDays', label: 'Conversations', hint: 'Counted from the last message.' },
  { field: 'documentsDays', label: 'Documents', hint: 'Counted from the upload.' },
  { field: 'auditDays', label: 'Audit events', hint: 'Counted from the event.' },
]

type Draft = Record<Rule, string>
const draftOf = (p: Policy): Draft => ({
  conversationsDays: p.conversationsDays === null ? '' : String(p.conversationsDays),
  documentsDays: p.documentsDays === null ? '' : String(p.documentsDays),
  auditDays: p.auditDays === null ? '' : String(p.auditDays),
})
const daysOf = (value: string) => (value.trim() === '' ? null : Number(value))

/**
 * How long the workspace keeps its data (owners and admins only: the API refuses others). A
 * daily job purges what is older; "Purge now" runs it at once.
 */
export function RetentionCard() {
  const { client, workspaceId, workspace } = useSession()
  const policy = useAsync(
    () =>
      client.unwrap(
        client.api.GET('/v1/workspaces/{id}/retention', { params: { path: { id: workspaceId } } }),
      ),
    [client, workspaceId],
  )
  return (
    <section class="card settings-card" aria-labelledby="settings-retention">
      <CardHeader id="settings-retention" title="Data retention" icon={<Archive size={18} />}>
        How long {workspace?.name ?? 'this workspace'} keeps its data. Older data is deleted every
        day; an empty field keeps it forever.
      </CardHeader>
      <ErrorNotice error={policy.error} onRetry={policy.reload} />
      {policy.loading && !policy.data && (
        <div class="settings-loading">
          <Spinner label="Loading the retention policy" />
        </div>
      )}
      {policy.data && (
        <RetentionForm
          key={workspaceId}
          policy={policy.data}
          onSaved={(next) => policy.setData(() => next)}
        />
      )}
    </section>
  )
}

function RetentionForm(props: { policy: Policy; onSaved: (policy: Policy) => void }) {
  const { client, workspaceId } = useSession()
  const toast = useToast()
  const [draft, setDraft] = useState(() => draftOf(props.policy))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  const submit = async (event: Event) => {
    event.preventDefault()
    setErrors({})
    setError(undefined)
    setBusy(true)
    try {
      const next = await client.unwrap(
        client.api.PUT('/v1/workspaces/{id}/retention', {
          params: { path: { id: workspaceId } },
          body: {
            conversationsDays: daysOf(draft.conversationsDays),
            documentsDays: daysOf(draft.documentsDays),
            auditDays: daysOf(draft.auditDays),
          },
        }),
      )
      props.onSaved(next)
      setDraft(draftOf(next))
      toast('Retention policy saved')
    } catch (caught) {
      const fields = fieldErrorsOf(caught)
      if (fields) setErrors(fields)
      else setError(caught)
    } finally {
      setBusy(false)
    }
  }
  const purge = async () => {
    const done = await client.unwrap(
      client.api.POST('/v1/workspaces/{id}/retention/run', {
        params: { path: { id: workspaceId } },
      }),
    )
    const what = `${done.conversations} conversations (${done.messages} messages), ${done.documents} documents and ${done.auditEvents} audit events`
    toast(
      done.complete ? `Purged ${what}` : `Purged ${what} so far; the daily purge removes the rest`,
    )
  }
  const anyRule = Object.values(props.policy).some((v) => typeof v === 'number')

  return (
    <form class="stack settings-form" onSubmit={submit}>
      <div class="settings-fields settings-fields-3">
        {rules.map((rule) => (
          <SettingsField
            key={rule.field}
            label={`${rule.label} (days)`}
            hint={rule.hint}
            error={errors[rule.field]}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                max={3650}
                step={1}
                inputMode="numeric"
                placeholder="Forever"
                value={draft[rule.field]}
                onInput={(e) => {
                  const value = e.currentTarget.value
                  setDraft((d) => ({ ...d, [rule.field]: value }))
                }}
              />
            )}
          </SettingsField>
        ))}
      </div>
      <ErrorNotice error={error} />
      <div class="settings-actions between">
        <span class="muted small">
          {props.policy.updatedAt
            ? `Changed ${formatRelative(props.policy.updatedAt)}`
            : 'No policy yet: everything is kept.'}
        </span>
        <div class="row">
          {anyRule && (
            <ConfirmButton
              class="button"
              label="Purge now"
              title="Purge old data now?"
              message="Everything older than the saved policy allows is deleted now rather than at the next daily run. This cannot be undone."
              confirmLabel="Purge"
              onConfirm={purge}
            />
          )}
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save retention'}
          </button>
        </div>
      </div>
    </form>
  )
}
