import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field } from '../../ui'
import {
  draftsFor,
  draftsOf,
  splitList,
  type VariableDraft,
  type VariableType,
  variablesOf,
} from './prompt-variables'

type Prompt = Schemas['Prompt']

/**
 * Creates a prompt, or saves an edit as its next version. The variables follow the template:
 * each `{{name}}` written gets a row (type and default), so the declared set always matches.
 */
export function PromptForm(props: { prompt?: Prompt; onSaved: (prompt: Prompt) => void }) {
  const { client } = useSession()
  const editing = props.prompt
  const [name, setName] = useState(editing?.name ?? '')
  const [description, setDescription] = useState(editing?.description ?? '')
  const [category, setCategory] = useState(editing?.category ?? '')
  const [tags, setTags] = useState(editing?.tags.join(', ') ?? '')
  const [template, setTemplate] = useState(editing?.template ?? '')
  const [drafts, setDrafts] = useState<VariableDraft[]>(() =>
    draftsFor(editing?.template ?? '', draftsOf(editing)),
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const changeTemplate = (text: string) => {
    setTemplate(text)
    setDrafts((current) => draftsFor(text, current))
  }
  const changeDraft = (index: number, change: Partial<VariableDraft>) =>
    setDrafts((current) => current.map((d, i) => (i === index ? { ...d, ...change } : d)))

  const save = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    const content = {
      name: name.trim(),
      template,
      variables: variablesOf(drafts),
      tags: splitList(tags),
    }
    try {
      const saved = editing
        ? await client.unwrap(
            client.api.PATCH('/v1/prompts/{id}', {
              params: { path: { id: editing.id } },
              body: {
                ...content,
                description: description.trim() || null,
                category: category.trim() || null,
                expectedVersion: editing.version,
              },
            }),
          )
        : await client.unwrap(
            client.api.POST('/v1/prompts', {
              body: {
                ...content,
                ...(description.trim() ? { description: description.trim() } : {}),
                ...(category.trim() ? { category: category.trim() } : {}),
              },
            }),
          )
      props.onSaved(saved)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="stack" onSubmit={save}>
      <div class="build-two">
        <Field label="Name">
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
        <Field label="Category" hint="Optional, e.g. Writing">
          {(id) => (
            <input
              id={id}
              maxLength={50}
              value={category}
              onInput={(e) => setCategory(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Description">
        {(id) => (
          <input
            id={id}
            maxLength={1000}
            value={description}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="Template" hint="Write {{name}} where a value goes; \{{ writes a literal {{.">
        {(id) => (
          <textarea
            id={id}
            required
            rows={7}
            class="build-template"
            value={template}
            onInput={(e) => changeTemplate(e.currentTarget.value)}
          />
        )}
      </Field>
      <VariableRows drafts={drafts} onChange={changeDraft} />
      <Field label="Tags" hint="Separate with commas">
        {(id) => <input id={id} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />}
      </Field>
      <ErrorNotice error={error} />
      <div class="row end">
        <button type="submit" class="button primary" disabled={busy}>
          {editing ? `Save as version ${editing.version + 1}` : 'Create prompt'}
        </button>
      </div>
    </form>
  )
}

const types: VariableType[] = ['string', 'number', 'boolean']

function VariableRows(props: {
  drafts: VariableDraft[]
  onChange: (index: number, change: Partial<VariableDraft>) => void
}) {
  return (
    <fieldset class="build-fieldset">
      <legend>Variables</legend>
      {props.drafts.length === 0 ? (
        <p class="hint">None yet: each {'{{placeholder}}'} in the template becomes a variable.</p>
      ) : (
        <div class="build-variables" aria-live="polite">
          {props.drafts.map((draft, index) => (
            <div class="build-variable" key={draft.name}>
              <code class="build-variable-name">{`{{${draft.name}}}`}</code>
              <select
                aria-label={`Type of ${draft.name}`}
                value={draft.type}
                onChange={(e) =>
                  props.onChange(index, { type: e.currentTarget.value as VariableType })
                }
              >
                {types.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Default of ${draft.name}`}
                placeholder="No default: required"
                value={draft.fallback}
                onInput={(e) => props.onChange(index, { fallback: e.currentTarget.value })}
              />
            </div>
          ))}
        </div>
      )}
    </fieldset>
  )
}
