// Renaming and deleting a conversation, from its menu in the list.
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field, Modal } from '../../ui'
import type { Conversation } from './thread'

export function RenameDialog(props: {
  conversation: Conversation
  onClose: () => void
  onDone: () => void
}) {
  const { client } = useSession()
  const [title, setTitle] = useState(props.conversation.title)
  const [error, setError] = useState<unknown>()
  const save = async (event: Event) => {
    event.preventDefault()
    try {
      await client.unwrap(
        client.api.PATCH('/v1/conversations/{id}', {
          params: { path: { id: props.conversation.id } },
          body: { title: title.trim() },
        }),
      )
      props.onDone()
    } catch (caught) {
      setError(caught)
    }
  }
  return (
    <Modal title="Rename conversation" open onClose={props.onClose}>
      <form class="stack" onSubmit={save}>
        <Field label="Title">
          {(id) => (
            <input
              id={id}
              required
              maxLength={200}
              value={title}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          )}
        </Field>
        <ErrorNotice error={error} />
        <div class="row end">
          <button type="button" class="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" class="button primary">
            Save
          </button>
        </div>
      </form>
    </Modal>
  )
}

export function DeleteDialog(props: {
  conversation: Conversation
  onClose: () => void
  onDone: () => void
}) {
  const { client } = useSession()
  const [error, setError] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  const remove = async () => {
    setBusy(true)
    try {
      await client.unwrap(
        client.api.DELETE('/v1/conversations/{id}', {
          params: { path: { id: props.conversation.id } },
        }),
      )
      props.onDone()
    } catch (caught) {
      setError(caught)
      setBusy(false)
    }
  }
  return (
    <Modal title="Delete conversation" open onClose={props.onClose}>
      <div class="stack">
        <p>
          Delete <strong>{props.conversation.title}</strong> and its{' '}
          {props.conversation.messageCount} messages? This cannot be undone.
        </p>
        <ErrorNotice error={error} />
        <div class="row end">
          <button type="button" class="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" class="button danger" disabled={busy} onClick={remove}>
            Delete
          </button>
        </div>
      </div>
    </Modal>
  )
}
