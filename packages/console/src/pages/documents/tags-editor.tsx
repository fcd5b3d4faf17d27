import type { Schemas } from '@chatter/sdk'
import { Pencil } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { describeError, useSession } from '../../session'
import { parseTags } from './uploader'

type Document = Schemas['Document']

/** A document's tags, with a small inline editor that replaces them all. */
export function TagsCell(props: {
  document: Document
  canEdit: boolean
  onSaved: (document: Document) => void
}) {
  const { client } = useSession()
  const { document } = props
  const [editing, setEditing] = useState(false)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const open = () => {
    setText(document.tags.join(', '))
    setError(undefined)
    setEditing(true)
  }
  const save = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const saved = await client.unwrap(
        client.api.PATCH('/v1/documents/{id}', {
          params: { path: { id: document.id } },
          body: { tags: parseTags(text) },
        }),
      )
      props.onSaved(saved)
      setEditing(false)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }
  if (editing)
    return (
      <form class="docs-tags-form" onSubmit={save}>
        <input
          aria-label={`Tags of ${document.filename}`}
          value={text}
          placeholder="finance, q3"
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false)
          }}
          // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this field
          autoFocus
        />
        <button type="submit" class="button small primary" disabled={busy}>
          Save
        </button>
        <button type="button" class="button small" onClick={() => setEditing(false)}>
          Cancel
        </button>
        {!!error && (
          <p class="docs-inline-error" role="alert">
            {describeError(error)}
          </p>
        )}
      </form>
    )
  return (
    <div class="docs-tags">
      {document.tags.map((tag) => (
        <span key={tag} class="docs-tag">
          {tag}
        </span>
      ))}
      {document.tags.length === 0 && <span class="muted small">No tags</span>}
      {props.canEdit && (
        <button
          type="button"
          class="icon-button docs-tag-edit"
          aria-label={`Edit tags of ${document.filename}`}
          title="Edit tags"
          onClick={open}
        >
          <Pencil size={14} aria-hidden="true" />
        </button>
      )}
    </div>
  )
}
