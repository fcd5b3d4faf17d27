import type { Schemas } from '@chatter/sdk'
import { FileText } from 'lucide-preact'
import { useCallback, useMemo, useState } from 'preact/hooks'
import { useSession } from '../session'
import {
  ConfirmButton,
  ErrorNotice,
  LoadMore,
  PageHeader,
  Spinner,
  useAsync,
  usePages,
  useToast,
} from '../ui'
import { DocumentTable } from './documents/document-table'
import { PreviewModal } from './documents/preview'
import { finalStatuses } from './documents/upload'
import { DropZone, UploadList } from './documents/uploader'
import { useDocumentPolling } from './documents/use-polling'
import { useUploads } from './documents/use-uploads'
import './documents/documents.css'
import { formatCount } from '../format'

type Document = Schemas['Document']
type Status = Document['status']

const statuses: { value: Status; label: string }[] = [
  { value: 'ready', label: 'Ready' },
  { value: 'processing', label: 'Processing' },
  { value: 'uploading', label: 'Uploading' },
  { value: 'failed', label: 'Failed' },
  { value: 'duplicate', label: 'Duplicate' },
]

export default function Page() {
  const { client, canWrite } = useSession()
  const toast = useToast()
  const [status, setStatus] = useState<Status | ''>('')
  const [tag, setTag] = useState('')
  const [preview, setPreview] = useState<Document>()
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const list = usePagesOfDocuments(status, tag)
  const tags = useAsync(() => client.unwrap(client.api.GET('/v1/tags')), [client])
  const { setItems } = list

  const matches = useCallback(
    (doc: Document) => (!status || doc.status === status) && (!tag || doc.tags.includes(tag)),
    [status, tag],
  )
  // A fresher copy of a document: replaces its row, or heads the list when it is new.
  const upsert = useCallback(
    (doc: Document) => {
      setItems((items) => {
        const at = items.findIndex((d) => d.id === doc.id)
        if (at < 0) return matches(doc) ? [doc, ...items] : items
        const copy = items.slice()
        copy[at] = doc
        return copy
      })
    },
    [setItems, matches],
  )
  const uploads = useUploads(client, upsert)
  const onDocument = useCallback(
    (doc: Document) => {
      upsert(doc)
      uploads.track(doc)
      if (finalStatuses.has(doc.status)) void tags.reload()
    },
    [upsert, uploads.track, tags.reload],
  )
  const unsettled = [
    ...list.items.filter(isSettling).map((d) => d.id),
    ...uploads.rows.flatMap((r) =>
      r.phase === 'uploaded' && r.document && !finalStatuses.has(r.document.status)
        ? [r.document.id]
        : [],
    ),
  ]
  useDocumentPolling(client, unsettled, onDocument)

  const forget = (id: string) => {
    setItems((items) => items.filter((d) => d.id !== id))
    setSelected((s) => new Set([...s].filter((x) => x !== id)))
  }
  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) on ? next.add(id) : next.delete(id)
      return next
    })
  const chosen = list.items.filter((d) => selected.has(d.id))
  const deleteChosen = async () => {
    let chunks = 0
    for (const doc of chosen) {
      const result = await client.unwrap(
        client.api.DELETE('/v1/documents/{id}', { params: { path: { id: doc.id } } }),
      )
      chunks += result.deleted.chunks
      forget(doc.id)
    }
    const names =
      chosen.length <= 3 ? chosen.map((d) => d.filename).join(', ') : `${chosen.length} documents`
    toast(`Deleted ${names} (${formatCount(chunks, 'chunk')})`)
    void tags.reload()
  }

  const filtered = status !== '' || tag !== ''
  return (
    <div class="stack docs-page">
      <PageHeader
        title="Documents"
        description="The files your assistants search and cite. Upload them here; each is read, split into passages and indexed."
      />
      {canWrite && <DropZone onFiles={uploads.add} />}
      <UploadList rows={uploads.rows} onClear={uploads.clearFinished} />

      <section class="card docs-list" aria-label="Library">
        <div class="docs-toolbar">
          <h2 class="docs-section-title">Library</h2>
          <span class="grow" />
          {canWrite && chosen.length > 0 && (
            <ConfirmButton
              label={`Delete selected (${chosen.length})`}
              title={`Delete ${chosen.length} documents?`}
              message={
                <>
                  <p>These documents, their chunks and vectors are removed:</p>
                  <ul>
                    {chosen.map((d) => (
                      <li key={d.id}>{d.filename}</li>
                    ))}
                  </ul>
                </>
              }
              onConfirm={deleteChosen}
            />
          )}
          <div class="docs-filter">
            <label for="docs-filter-status">Status</label>
            <select
              id="docs-filter-status"
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as Status | '')}
            >
              <option value="">Any</option>
              {statuses.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div class="docs-filter">
            <label for="docs-filter-tag">Tag</label>
            <select
              id="docs-filter-tag"
              value={tag}
              onChange={(e) => setTag(e.currentTarget.value)}
            >
              <option value="">Any</option>
              {tags.data?.items.map((t) => (
                <option key={t.tag} value={t.tag}>
                  {t.tag} ({t.documents})
                </option>
              ))}
            </select>
          </div>
        </div>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {list.items.length > 0 && (
          <DocumentTable
            documents={list.items}
            canWrite={canWrite}
            selected={selected}
            onSelect={select}
            onChanged={(doc) => {
              onDocument(doc)
              void tags.reload()
            }}
            onDeleted={(id) => {
              forget(id)
              void tags.reload()
            }}
            onPreview={setPreview}
          />
        )}
        {list.items.length === 0 && list.loading && <Spinner label="Loading documents" />}
        {list.items.length === 0 && !list.loading && !list.error && (
          <EmptyLibrary filtered={filtered} />
        )}
        {list.items.length > 0 && (
          <div class="docs-footer">
            <LoadMore hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
          </div>
        )}
      </section>
      <PreviewModal document={preview} onClose={() => setPreview(undefined)} />
    </div>
  )
}

/** An upload abandoned long ago (its tab closed) stays "uploading": not worth polling. */
const stalledAfterMs = 30 * 60_000
function isSettling(doc: Document) {
  if (finalStatuses.has(doc.status)) return false
  return doc.status !== 'uploading' || Date.now() - Date.parse(doc.updatedAt) < stalledAfterMs
}

function usePagesOfDocuments(status: Status | '', tag: string) {
  const { client } = useSession()
  const query = useMemo(
    () => ({ limit: 20, ...(status ? { status } : {}), ...(tag ? { tag } : {}) }),
    [status, tag],
  )
  return usePages(
    (cursor) =>
      client.unwrap(client.api.GET('/v1/documents', { params: { query: { ...query, cursor } } })),
    [client, query],
  )
}

function EmptyLibrary({ filtered }: { filtered: boolean }) {
  if (filtered)
    return (
      <div class="empty">
        <p class="empty-title">No documents match these filters</p>
        <p class="muted">Choose "Any" status and tag to see the whole library.</p>
      </div>
    )
  return (
    <div class="empty docs-empty">
      <FileText size={28} aria-hidden="true" />
      <p class="empty-title">No documents yet</p>
      <p class="muted">
        Upload PDF, Word (DOCX), HTML, Markdown, plain text, CSV, TSV or JSON files. Once a file is
        ready, chat answers and search can quote it.
      </p>
    </div>
  )
}
