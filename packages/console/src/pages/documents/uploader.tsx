import { FileUp } from 'lucide-preact'
import { useRef, useState } from 'preact/hooks'
import { formatBytes } from '../../format'
import { describeError } from '../../session'
import { StatusBadge } from './status'
import { isFinished, type UploadRow } from './use-uploads'

export const acceptedTypes =
  '.pdf,.docx,.html,.htm,.md,.markdown,.txt,.csv,.tsv,.json,application/pdf,text/*,application/json'

/** The drop zone and its "Choose files" button, with a tags field for what is added. */
export function DropZone({ onFiles }: { onFiles: (files: File[], tags: string[]) => void }) {
  const [over, setOver] = useState(false)
  const [tags, setTags] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const take = (list: FileList | null | undefined) => {
    const files = Array.from(list ?? [])
    if (files.length === 0) return
    onFiles(files, parseTags(tags))
  }
  return (
    <section
      class={over ? 'docs-drop over' : 'docs-drop'}
      aria-label="Upload documents"
      onDragEnter={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragOver={(e) => {
        e.preventDefault()
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
        setOver(true)
      }}
      onDragLeave={(e) => {
        // Leaving for a child of the zone is not leaving the zone.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false)
      }}
      onDrop={(e) => {
        e.preventDefault()
        setOver(false)
        take(e.dataTransfer?.files)
      }}
    >
      <div class="docs-drop-icon" aria-hidden="true">
        <FileUp size={22} />
      </div>
      <div class="docs-drop-text">
        <p class="docs-drop-title">Drop files here to add them to the workspace</p>
        <p class="small muted">
          PDF, Word (DOCX), HTML, Markdown, plain text, CSV/TSV and JSON. Several at once is fine.
        </p>
      </div>
      <div class="docs-drop-actions">
        <input
          ref={input}
          id="docs-file-input"
          class="visually-hidden docs-file-input"
          type="file"
          multiple
          accept={acceptedTypes}
          onChange={(e) => {
            take(e.currentTarget.files)
            // The same file chosen again should upload again.
            e.currentTarget.value = ''
          }}
        />
        <label for="docs-file-input" class="button primary">
          Choose files
        </label>
        <label class="docs-tags-field">
          <span class="visually-hidden">Tags for new uploads</span>
          <input
            value={tags}
            placeholder="Tags for uploads, e.g. finance, q3"
            onInput={(e) => setTags(e.currentTarget.value)}
          />
        </label>
      </div>
    </section>
  )
}

export const parseTags = (text: string) =>
  [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ].slice(0, 20)

/** The files being uploaded: progress, then the document's ingestion until it settles. */
export function UploadList(props: { rows: UploadRow[]; onClear: () => void }) {
  if (props.rows.length === 0) return null
  const finished = props.rows.filter(isFinished).length
  return (
    <section class="card docs-uploads" aria-label="Uploads">
      <header class="row between">
        <h2 class="docs-section-title">
          Uploads{' '}
          <span class="muted small">
            {finished} of {props.rows.length} done
          </span>
        </h2>
        {finished > 0 && (
          <button type="button" class="button small" onClick={props.onClear}>
            Clear finished
          </button>
        )}
      </header>
      <ul class="docs-upload-rows">
        {props.rows.map((row) => (
          <UploadItem key={row.key} row={row} />
        ))}
      </ul>
    </section>
  )
}

function UploadItem({ row }: { row: UploadRow }) {
  const percent = row.size === 0 ? 100 : Math.min(100, Math.round((row.sent / row.size) * 100))
  const progressId = `docs-upload-${row.key}`
  const failedDocument = row.document?.status === 'failed'
  const state =
    row.phase === 'failed' || failedDocument ? 'failed' : isFinished(row) ? 'done' : 'busy'
  return (
    <li class={`docs-upload ${state}`} aria-label={row.name}>
      <div class="docs-upload-head">
        <label for={progressId} class="docs-upload-name">
          {row.name}
        </label>
        <span class="small muted">{formatBytes(row.size)}</span>
        <span class="grow" />
        <UploadState row={row} />
      </div>
      {row.phase !== 'failed' && (
        <div class="docs-upload-bar">
          <progress id={progressId} max={100} value={percent} />
          <span class="small mono docs-upload-percent">{percent}%</span>
        </div>
      )}
      {row.phase === 'failed' && (
        <p class="docs-upload-problem" role="alert">
          {describeError(row.error)}
        </p>
      )}
      {failedDocument && row.document?.error && (
        <p class="docs-upload-problem" role="alert">
          {row.document.error}
        </p>
      )}
    </li>
  )
}

function UploadState({ row }: { row: UploadRow }) {
  if (row.phase === 'waiting') return <span class="small muted">Waiting</span>
  if (row.phase === 'failed') return <span class="badge badge-bad">Refused</span>
  if (row.phase === 'uploading') return <span class="small muted">Uploading</span>
  return row.document ? <StatusBadge document={row.document} /> : null
}
