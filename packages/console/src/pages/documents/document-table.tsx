import type { Schemas } from '@chatter/sdk'
import { Download, Eye, RotateCw } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatBytes, formatCount, formatDateTime, formatRelative } from '../../format'
import { describeError, useSession } from '../../session'
import { ConfirmButton, useToast } from '../../ui'
import { StatusBadge, shortType, typeName } from './status'
import { TagsCell } from './tags-editor'

type Document = Schemas['Document']

export interface TableProps {
  documents: Document[]
  canWrite: boolean
  selected: ReadonlySet<string>
  onSelect: (ids: string[], on: boolean) => void
  onChanged: (document: Document) => void
  onDeleted: (id: string) => void
  onPreview: (document: Document) => void
}

export function DocumentTable(props: TableProps) {
  const all = props.documents.map((d) => d.id)
  const allSelected = all.length > 0 && all.every((id) => props.selected.has(id))
  return (
    <div class="table-wrap docs-table">
      <table>
        <thead>
          <tr>
            {props.canWrite && (
              <th class="docs-check">
                <input
                  type="checkbox"
                  aria-label="Select all shown documents"
                  checked={allSelected}
                  onChange={(e) => props.onSelect(all, e.currentTarget.checked)}
                />
              </th>
            )}
            <th>Name</th>
            <th>Status</th>
            <th class="num">Size</th>
            <th>Tags</th>
            <th>Updated</th>
            <th>
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.documents.map((document) => (
            <DocumentRow key={document.id} document={document} {...props} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function DocumentRow(props: TableProps & { document: Document }) {
  const { client } = useSession()
  const toast = useToast()
  const { document: doc } = props
  const [error, setError] = useState<unknown>()
  const act = async (work: () => Promise<void>) => {
    setError(undefined)
    try {
      await work()
    } catch (caught) {
      setError(caught)
    }
  }
  const params = { params: { path: { id: doc.id } } }
  const download = () =>
    act(async () => {
      const link = await client.unwrap(client.api.GET('/v1/documents/{id}/download', params))
      window.open(link.url, '_blank', 'noopener')
    })
  const reprocess = () =>
    act(async () => {
      const again = await client.unwrap(client.api.POST('/v1/documents/{id}/reprocess', params))
      props.onChanged(again)
      toast(`Processing ${doc.filename} again`, 'info')
    })
  const remove = async () => {
    const result = await client.unwrap(client.api.DELETE('/v1/documents/{id}', params))
    props.onDeleted(doc.id)
    const { chunks, vectors } = result.deleted
    toast(
      `Deleted ${doc.filename} (${formatCount(chunks, 'chunk')}, ${formatCount(vectors, 'vector')})`,
    )
  }
  const ready = doc.status === 'ready'
  return (
    <tr aria-label={doc.filename} class={props.selected.has(doc.id) ? 'selected' : undefined}>
      {props.canWrite && (
        <td class="docs-check">
          <input
            type="checkbox"
            aria-label={`Select ${doc.filename}`}
            checked={props.selected.has(doc.id)}
            onChange={(e) => props.onSelect([doc.id], e.currentTarget.checked)}
          />
        </td>
      )}
      <td class="docs-name-cell">
        <div class="docs-name">
          <span class={`docs-type docs-type-${doc.format ?? 'other'}`} aria-hidden="true">
            {shortType(doc)}
          </span>
          <div>
            <div class="docs-filename">{doc.filename}</div>
            <div class="small muted">
              {typeName(doc)}
              {doc.title && doc.title !== doc.filename ? ` · ${doc.title}` : ''}
            </div>
          </div>
        </div>
        {error !== undefined && (
          <p class="docs-inline-error" role="alert">
            {describeError(error)}
          </p>
        )}
      </td>
      <td>
        <StatusBadge document={doc} />
        {doc.status === 'failed' && doc.error && <p class="docs-reason small">{doc.error}</p>}
      </td>
      <td class="num">
        {formatBytes(doc.size)}
        <div class="small muted">{extent(doc)}</div>
      </td>
      <td>
        <TagsCell document={doc} canEdit={props.canWrite} onSaved={props.onChanged} />
      </td>
      <td class="docs-when">
        <time dateTime={doc.updatedAt} title={formatDateTime(doc.updatedAt)}>
          {formatRelative(doc.updatedAt)}
        </time>
      </td>
      <td>
        <div class="docs-actions">
          <button
            type="button"
            class="icon-button"
            aria-label={`Preview ${doc.filename}`}
            title={ready ? 'Preview' : 'The preview is there once the document is ready'}
            disabled={!ready}
            onClick={() => props.onPreview(doc)}
          >
            <Eye size={16} aria-hidden="true" />
          </button>
          {props.canWrite && doc.status === 'failed' && (
            <button type="button" class="button small" onClick={reprocess}>
              <RotateCw size={14} aria-hidden="true" /> Reprocess
            </button>
          )}
          <button
            type="button"
            class="icon-button"
            aria-label={`Download ${doc.filename}`}
            title="Download"
            disabled={doc.status === 'uploading'}
            onClick={download}
          >
            <Download size={16} aria-hidden="true" />
          </button>
          {props.canWrite && (
            <ConfirmButton
              label="Delete"
              title={`Delete ${doc.filename}?`}
              message={
                <p>
                  <strong>{doc.filename}</strong> and its text, chunks and vectors are removed for
                  everyone in the workspace. This cannot be undone.
                </p>
              }
              class="button small docs-delete"
              onConfirm={remove}
            />
          )}
        </div>
      </td>
    </tr>
  )
}

/** "3 pages · 12 chunks", as far as the document is known yet. */
function extent(doc: Document) {
  const parts = []
  if (doc.pageCount !== undefined) parts.push(formatCount(doc.pageCount, 'page'))
  if (doc.chunkCount > 0) parts.push(formatCount(doc.chunkCount, 'chunk'))
  return parts.join(' · ')
}
