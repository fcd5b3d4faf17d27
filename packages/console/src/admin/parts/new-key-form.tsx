// The form that creates an API key: a name, its scopes and when it expires.
import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field } from '../../ui'

type Scope = Schemas['ApiKey']['scopes'][number]

const scopes: { value: Scope; hint: string }[] = [
  { value: 'read', hint: 'read only' },
  { value: 'write', hint: 'chat and change content' },
  { value: 'admin', hint: 'manage the workspace' },
]

const expiries = [
  { value: '', label: 'Never' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In a year' },
]

export function NewKeyForm(props: {
  onCreated: (key: Schemas['CreatedApiKey']) => void
  onCancel: () => void
}) {
  const { client } = useSession()
  const [name, setName] = useState('')
  const [chosen, setChosen] = useState<Scope[]>(['read'])
  const [expiry, setExpiry] = useState('90')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const expiresAt = expiry
        ? new Date(Date.now() + Number(expiry) * 86_400_000).toISOString()
        : undefined
      const key = await client.unwrap(
        client.api.POST('/v1/api-keys', {
          body: { name: name.trim(), scopes: chosen, ...(expiresAt ? { expiresAt } : {}) },
        }),
      )
      props.onCreated(key)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  const toggle = (scope: Scope, on: boolean) =>
    setChosen((all) => (on ? [...all, scope] : all.filter((s) => s !== scope)))

  return (
    <form class="stack" onSubmit={submit}>
      <Field label="Name" hint="Say what uses it, e.g. “Nightly export job”.">
        {(id) => (
          <input
            id={id}
            required
            maxLength={100}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <fieldset class="admin-checks">
        <legend>Scopes</legend>
        {scopes.map((scope) => (
          <label key={scope.value}>
            <input
              type="checkbox"
              checked={chosen.includes(scope.value)}
              onChange={(e) => toggle(scope.value, e.currentTarget.checked)}
            />
            <span>
              {scope.value} <span class="admin-check-hint">({scope.hint})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Field label="Expires">
        {(id) => (
          <select id={id} value={expiry} onChange={(e) => setExpiry(e.currentTarget.value)}>
            {expiries.map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorNotice error={error} />
      <div class="row end">
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="button primary" disabled={busy || chosen.length === 0}>
          Create key
        </button>
      </div>
    </form>
  )
}
