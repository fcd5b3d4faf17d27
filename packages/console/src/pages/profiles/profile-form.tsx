import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field } from '../../ui'
import {
  draftOf,
  firstModel,
  isSuggestion,
  newProfileBody,
  type ProfileDraft,
  type Provider,
  profilePatchBody,
  providers,
  suggestedModels,
} from './profile-draft'
import { Slider } from './slider'

type Profile = Schemas['Profile']
type Prompt = Schemas['Prompt']

/**
 * Creates a profile or changes one. The browser's own checks are off (`noValidate`) so every
 * problem comes back from the API as one sentence per field, with all the values kept.
 */
export function ProfileForm(props: {
  profile?: Profile
  profiles: Profile[]
  prompts: Prompt[]
  promptsError?: unknown
  onSaved: (profile: Profile) => void
}) {
  const { client } = useSession()
  const { profile, prompts } = props
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(profile))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const set = (change: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...change }))
  const template = prompts.find((p) => p.id === draft.promptId)
  const listId = `profile-models-${profile?.id ?? 'new'}`

  const chooseProvider = (provider: Provider) =>
    // A model id the form filled in belongs to the old provider: swap it; a typed one stays.
    set({
      provider,
      ...(isSuggestion(draft.provider, draft.modelId) ? { modelId: firstModel(provider) } : {}),
    })

  const save = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const saved = profile
        ? await client.unwrap(
            client.api.PATCH('/v1/profiles/{id}', {
              params: { path: { id: profile.id } },
              body: profilePatchBody(draft, template),
            }),
          )
        : await client.unwrap(
            client.api.POST('/v1/profiles', { body: newProfileBody(draft, template) }),
          )
      props.onSaved(saved)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="stack profiles-form" noValidate onSubmit={save}>
      <fieldset class="profiles-fieldset">
        <legend>Basics</legend>
        <Field label="Name" hint="How people pick it in chat, e.g. “Careful” or “Fast drafts”">
          {(id) => (
            <input
              id={id}
              required
              maxLength={100}
              placeholder="Careful"
              value={draft.name}
              onInput={(e) => set({ name: e.currentTarget.value })}
            />
          )}
        </Field>
        <div class="profiles-two">
          <Field label="Provider">
            {(id) => (
              <select
                id={id}
                value={draft.provider}
                onChange={(e) => chooseProvider(e.currentTarget.value as Provider)}
              >
                {providers.map((p) => (
                  <option key={p.value} value={p.value}>
                    {p.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Model" hint="Pick a suggestion or type any model id">
            {(id) => (
              <>
                <input
                  id={id}
                  class="mono"
                  required
                  list={listId}
                  autoComplete="off"
                  spellcheck={false}
                  value={draft.modelId}
                  onInput={(e) => set({ modelId: e.currentTarget.value })}
                />
                <datalist id={listId}>
                  {suggestedModels(draft.provider, props.profiles).map((m) => (
                    <option key={m} value={m} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset class="profiles-fieldset">
        <legend>Behaviour</legend>
        <Field
          label="Instructions from"
          hint="A prompt template is rendered as the system prompt each time the profile answers"
        >
          {(id) => (
            <select
              id={id}
              value={draft.promptId}
              onChange={(e) => set({ promptId: e.currentTarget.value })}
            >
              <option value="">A system prompt written here</option>
              {prompts.map((p) => (
                <option key={p.id} value={p.id}>
                  Template: {p.name}
                </option>
              ))}
              {draft.promptId && !template && (
                <option value={draft.promptId}>A template that is not listed</option>
              )}
            </select>
          )}
        </Field>
        {Boolean(props.promptsError) && (
          <p class="hint">Prompt templates could not be loaded; a written prompt still works.</p>
        )}
        {draft.promptId ? (
          template &&
          template.variables.length > 0 && (
            <div class="profiles-two">
              {template.variables.map((v) => (
                <Field
                  key={v.name}
                  label={`Value of ${v.name}`}
                  hint={
                    v.default === undefined
                      ? (v.description ?? v.type ?? 'string')
                      : `Empty: ${String(v.default)}`
                  }
                >
                  {(id) => (
                    <input
                      id={id}
                      value={draft.promptValues[v.name] ?? ''}
                      onInput={(e) => {
                        const value = e.currentTarget.value
                        setDraft((d) => ({
                          ...d,
                          promptValues: { ...d.promptValues, [v.name]: value },
                        }))
                      }}
                    />
                  )}
                </Field>
              ))}
            </div>
          )
        ) : (
          <Field label="System prompt" hint="How the model should answer; empty: its own manner">
            {(id) => (
              <textarea
                id={id}
                rows={4}
                placeholder="You are careful and concise. Say when you are not sure."
                value={draft.systemPrompt}
                onInput={(e) => set({ systemPrompt: e.currentTarget.value })}
              />
            )}
          </Field>
        )}
        <div class="profiles-three">
          <Slider
            label="Temperature"
            hint="Low: focused and repeatable. High: varied."
            value={draft.temperature}
            onValue={(temperature) => set({ temperature })}
          />
          <Slider
            label="Top P"
            hint="The share of likely words considered"
            value={draft.topP}
            onValue={(topP) => set({ topP })}
          />
          <Field label="Max tokens" hint="The longest answer, 1 to 200,000">
            {(id) => (
              <input
                id={id}
                type="number"
                min={1}
                max={200000}
                step={1}
                value={draft.maxTokens}
                onInput={(e) => set({ maxTokens: e.currentTarget.value })}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset class="profiles-fieldset">
        <legend>Retrieval</legend>
        <label class="profiles-check">
          <input
            type="checkbox"
            checked={draft.retrieval}
            onChange={(e) => set({ retrieval: e.currentTarget.checked })}
          />
          <span>
            Search the workspace’s documents for each answer
            <span class="hint profiles-check-hint">
              The best passages are given to the model and cited in the answer.
            </span>
          </span>
        </label>
        {draft.retrieval && (
          <div class="profiles-two">
            <Field label="Passages per answer" hint="Top K, 1 to 50">
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={1}
                  max={50}
                  value={draft.topK}
                  onInput={(e) => set({ topK: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field label="Minimum score" hint="0 to 1; empty: no minimum">
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  max={1}
                  step={0.05}
                  value={draft.minScore}
                  onInput={(e) => set({ minScore: e.currentTarget.value })}
                />
              )}
            </Field>
          </div>
        )}
      </fieldset>

      <fieldset class="profiles-fieldset">
        <legend>Fallback models</legend>
        <Field
          label="Fallback model ids"
          hint="Tried in order when the model fails; separate with commas, at most 5"
        >
          {(id) => (
            <input
              id={id}
              class="mono"
              placeholder="gpt-4o-mini, local"
              value={draft.fallbacks}
              onInput={(e) => set({ fallbacks: e.currentTarget.value })}
            />
          )}
        </Field>
      </fieldset>

      <ErrorNotice error={error} />
      <div class="row end">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Saving…' : profile ? 'Save profile' : 'Create profile'}
        </button>
      </div>
    </form>
  )
}
