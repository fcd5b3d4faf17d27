import { ChatterApiError, type Schemas } from '@chatter/sdk'
import { SlidersHorizontal } from 'lucide-preact'
import { useEffect, useState } from 'preact/hooks'
import { formatRelative } from '../../format'
import { useSession } from '../../session'
import { ErrorNotice, Spinner, useAsync, useToast } from '../../ui'
import { CardHeader, type FieldErrors, fieldErrorsOf, SettingsField, Toggle } from './form'

type Preferences = Schemas['Preferences']
type Profile = Schemas['Profile']

const languages = [
  'en',
  'en-US',
  'en-GB',
  'fr',
  'fr-CA',
  'de',
  'es',
  'it',
  'pt-BR',
  'ja',
  'zh-Hans',
]

interface Draft {
  language: string
  defaultProfileId: string
  memoryWindow: string
  toolsEnabled: boolean
  streaming: boolean
}

const draftOf = (p: Preferences): Draft => ({
  language: p.language ?? '',
  defaultProfileId: p.defaultProfileId ?? '',
  memoryWindow: p.memoryWindow === null ? '' : String(p.memoryWindow),
  toolsEnabled: p.toolsEnabled,
  streaming: p.streaming,
})

/** Personal preferences (the same in every workspace), saved as a new version each time. */
export function PreferencesCard() {
  const { client, workspaceId, workspace } = useSession()
  const saved = useAsync(() => client.unwrap(client.api.GET('/v1/me/preferences')), [client])
  // The profiles to offer are the current workspace's: the preference applies where it exists.
  const profiles = useAsync(
    () => client.unwrap(client.api.GET('/v1/profiles', { params: { query: { limit: 100 } } })),
    [client, workspaceId],
  )
  return (
    <section class="card settings-card" aria-labelledby="settings-preferences">
      <CardHeader
        id="settings-preferences"
        title="Preferences"
        icon={<SlidersHorizontal size={18} />}
      >
        How answers are made for you, in every workspace.
      </CardHeader>
      <ErrorNotice error={saved.error} onRetry={saved.reload} />
      {saved.loading && !saved.data && (
        <div class="settings-loading">
          <Spinner label="Loading your preferences" />
        </div>
      )}
      {saved.data && (
        <PreferencesForm
          saved={saved.data}
          profiles={profiles.data?.items ?? []}
          profilesError={profiles.error}
          workspaceName={workspace?.name ?? 'this workspace'}
          onSaved={(next) => saved.setData(() => next)}
          onReload={saved.reload}
        />
      )}
    </section>
  )
}

function PreferencesForm(props: {
  saved: Preferences
  profiles: Profile[]
  profilesError: unknown
  workspaceName: string
  onSaved: (preferences: Preferences) => void
  onReload: () => void
}) {
  const { client } = useSession()
  const toast = useToast()
  const [draft, setDraft] = useState(() => draftOf(props.saved))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [error, setError] = useState<unknown>()
  const [conflict, setConflict] = useState(false)
  const [busy, setBusy] = useState(false)
  // A reload after a conflict brings the stored values into the form.
  useEffect(() => setDraft(draftOf(props.saved)), [props.saved.version])
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }))
  const known = props.profiles.some((p) => p.id === draft.defaultProfileId)

  const submit = async (event: Event) => {
    event.preventDefault()
    setErrors({})
    setError(undefined)
    setConflict(false)
    setBusy(true)
    try {
      const next = await client.unwrap(
        client.api.PATCH('/v1/me/preferences', {
          body: {
            language: draft.language.trim() || null,
            defaultProfileId: draft.defaultProfileId || null,
            memoryWindow: draft.memoryWindow === '' ? null : Number(draft.memoryWindow),
            toolsEnabled: draft.toolsEnabled,
            streaming: draft.streaming,
            expectedVersion: props.saved.version,
          },
        }),
      )
      props.onSaved(next)
      toast('Preferences saved')
    } catch (caught) {
      const fields = fieldErrorsOf(caught)
      if (caught instanceof ChatterApiError && caught.status === 409) setConflict(true)
      else if (fields) setErrors(fields)
      else setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="stack settings-form" onSubmit={submit}>
      {conflict && (
        <div class="notice notice-error" role="alert">
          <span>
            Your preferences were changed elsewhere (another tab, device or API key) after this page
            loaded, so nothing was saved. Load the latest, then make your change again.
          </span>
          <button
            type="button"
            class="button small"
            onClick={() => {
              setConflict(false)
              props.onReload()
            }}
          >
            Load latest
          </button>
        </div>
      )}
      <div class="settings-fields">
        <SettingsField
          label="Language"
          hint="A BCP 47 tag such as en or fr-CA. Empty: answers follow the question's language."
          error={errors.language}
        >
          {(control) => (
            <input
              {...control}
              list="settings-languages"
              autocomplete="off"
              spellcheck={false}
              maxLength={35}
              placeholder="e.g. en-GB"
              value={draft.language}
              onInput={(e) => set('language', e.currentTarget.value)}
            />
          )}
        </SettingsField>
        <datalist id="settings-languages">
          {languages.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <SettingsField
          label="Memory window"
          hint="At most this many earlier messages go to the model (1-200). Empty: as many as the chat's budget allows."
          error={errors.memoryWindow}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={200}
              step={1}
              inputMode="numeric"
              placeholder="The chat's budget"
              value={draft.memoryWindow}
              onInput={(e) => set('memoryWindow', e.currentTarget.value)}
            />
          )}
        </SettingsField>
        <SettingsField
          label="Default profile"
          hint={`New conversations in ${props.workspaceName} start with it; elsewhere the workspace's default applies.`}
          error={errors.defaultProfileId}
        >
          {(control) => (
            <select
              {...control}
              value={draft.defaultProfileId}
              onChange={(e) => set('defaultProfileId', e.currentTarget.value)}
            >
              <option value="">None (workspace default)</option>
              {props.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.isDefault ? `${p.name} (workspace default)` : p.name}
                </option>
              ))}
              {draft.defaultProfileId && !known && (
                <option value={draft.defaultProfileId}>
                  A profile of another workspace ({draft.defaultProfileId})
                </option>
              )}
            </select>
          )}
        </SettingsField>
      </div>
      <ErrorNotice error={props.profilesError} />
      <div class="settings-toggles">
        <Toggle
          label="Tools"
          hint="Let answers call the workspace's tools (search, tool servers)."
          checked={draft.toolsEnabled}
          onChange={(checked) => set('toolsEnabled', checked)}
        />
        <Toggle
          label="Streaming"
          hint="Show answers word by word as they are written."
          checked={draft.streaming}
          onChange={(checked) => set('streaming', checked)}
        />
      </div>
      <ErrorNotice error={error} />
      <div class="settings-actions between">
        <span class="muted small">
          {props.saved.updatedAt
            ? `Saved ${formatRelative(props.saved.updatedAt)} (version ${props.saved.version})`
            : 'Never saved: these are the defaults.'}
        </span>
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save preferences'}
        </button>
      </div>
    </form>
  )
}
