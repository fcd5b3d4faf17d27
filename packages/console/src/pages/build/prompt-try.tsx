import type { Schemas } from '@chatter/sdk'
import { Play } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field } from '../../ui'

type Prompt = Schemas['Prompt']

/** Fills the prompt's variables and shows the text the API renders (each render counts a use). */
export function PromptTry({ prompt }: { prompt: Prompt }) {
  const { client } = useSession()
  const [values, setValues] = useState<Record<string, string>>({})
  const [rendered, setRendered] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()

  const render = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    // An empty input takes the default (null), so optional variables can be left blank.
    const variables = Object.fromEntries(
      prompt.variables.map((v) => [v.name, values[v.name] || null]),
    )
    try {
      const result = await client.unwrap(
        client.api.POST('/v1/prompts/{id}/render', {
          params: { path: { id: prompt.id } },
          body: { variables },
        }),
      )
      setRendered(result.text)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="stack" aria-labelledby="prompt-try-title">
      <h3 id="prompt-try-title">Try it</h3>
      <form class="stack" onSubmit={render}>
        {prompt.variables.length === 0 && (
          <p class="muted small">This prompt has no variables: it renders as written.</p>
        )}
        <div class="build-two">
          {prompt.variables.map((variable) => (
            <Field
              key={variable.name}
              label={variable.name}
              hint={
                variable.default !== undefined
                  ? `${variable.type}, default ${String(variable.default)}`
                  : `${variable.type}${variable.required ? ', required' : ''}`
              }
            >
              {(id) => (
                <input
                  id={id}
                  value={values[variable.name] ?? ''}
                  onInput={(e) => {
                    const value = e.currentTarget.value
                    setValues((all) => ({ ...all, [variable.name]: value }))
                  }}
                />
              )}
            </Field>
          ))}
        </div>
        <ErrorNotice error={error} />
        <div class="row">
          <button type="submit" class="button primary" disabled={busy}>
            <Play aria-hidden="true" size={16} />
            Render
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {rendered !== undefined && (
          <figure class="build-rendered">
            <figcaption class="muted small">Rendered text</figcaption>
            <pre>{rendered}</pre>
          </figure>
        )}
      </div>
    </section>
  )
}
