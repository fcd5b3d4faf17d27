import type { Schemas } from '@chatter/sdk'
import { useSession } from '../../session'
import { ErrorNotice, Modal, Spinner, useAsync } from '../../ui'

/** The text of a document's first pages, in a dialog (also used by the search page). */
export function PreviewModal(props: {
  document: Pick<Schemas['Document'], 'id' | 'filename'> | undefined
  /** The page to show first (a search hit's); the pages up to it are loaded. */
  page?: number
  onClose: () => void
}) {
  return (
    <Modal
      title={props.document ? props.document.filename : 'Preview'}
      open={!!props.document}
      onClose={props.onClose}
      wide
    >
      {props.document && <PreviewBody id={props.document.id} page={props.page} />}
    </Modal>
  )
}

function PreviewBody({ id, page }: { id: string; page?: number }) {
  const { client } = useSession()
  const pages = Math.min(20, Math.max(3, page ?? 0))
  const preview = useAsync(
    () =>
      client.unwrap(
        client.api.GET('/v1/documents/{id}/preview', {
          params: { path: { id }, query: { pages } },
        }),
      ),
    [client, id, pages],
  )
  if (preview.loading) return <Spinner label="Loading the preview" />
  if (preview.error) return <ErrorNotice error={preview.error} onRetry={preview.reload} />
  const data = preview.data
  if (!data || data.pages.length === 0)
    return <p class="muted">This document has no text to show.</p>
  return (
    <div class="docs-preview">
      {data.pages.map((p) => (
        <section key={p.page} class="docs-preview-page" aria-label={`Page ${p.page}`}>
          <h3 class="small muted">Page {p.page}</h3>
          <p class={page === p.page ? 'docs-preview-text current' : 'docs-preview-text'}>
            {p.text}
          </p>
        </section>
      ))}
      {data.truncated && (
        <p class="small muted">The preview shows the first pages only; download for the rest.</p>
      )}
    </div>
  )
}
