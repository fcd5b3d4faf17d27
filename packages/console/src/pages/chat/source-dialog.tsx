import { useSession } from '../../session'
import { ErrorNotice, Modal, Spinner, useAsync } from '../../ui'
import { type Citation, loadSource } from './thread'

/** The passage a citation points at: the document's name and page, and the text quoted. */
export function SourceDialog(props: { citation: Citation; number: number; onClose: () => void }) {
  const { client } = useSession()
  const source = useAsync(() => loadSource(client, props.citation), [props.citation])
  const data = source.data
  return (
    <Modal title={`Source ${props.number}`} open onClose={props.onClose} wide>
      {source.loading && <Spinner label="Loading the source" />}
      <ErrorNotice error={source.error} onRetry={source.reload} />
      {data?.kind === 'passage' && (
        <div class="stack">
          <p class="chat-source-where">
            <strong>{data.passage.filename}</strong>
            {data.passage.page !== undefined && (
              <span class="muted"> · page {data.passage.page}</span>
            )}
          </p>
          <blockquote class="chat-passage">{data.passage.text}</blockquote>
        </div>
      )}
      {data?.kind === 'preview' && (
        <div class="stack">
          <p class="chat-source-where">
            <strong>{data.filename}</strong>
            {props.citation.page !== undefined && (
              <span class="muted"> · cited page {props.citation.page}</span>
            )}
          </p>
          <p class="notice notice-info">
            The exact passage could not be found (the document may have been changed or
            reprocessed), so here are its first pages instead.
          </p>
          {data.pages.map((page) => (
            <section key={page.page} class="chat-preview-page">
              <h3 class="small muted">Page {page.page}</h3>
              <p class="chat-passage">{page.text}</p>
            </section>
          ))}
        </div>
      )}
    </Modal>
  )
}
