import type { Schemas } from '@chatter/sdk'
import { Badge, type Tone } from '../../ui'

type Document = Schemas['Document']

const tones: Record<Document['status'], Tone> = {
  uploading: 'info',
  processing: 'info',
  ready: 'good',
  failed: 'bad',
  duplicate: 'warn',
}
const labels: Record<Document['status'], string> = {
  uploading: 'Uploading',
  processing: 'Processing',
  ready: 'Ready',
  failed: 'Failed',
  duplicate: 'Duplicate',
}

export function StatusBadge({ document }: { document: Document }) {
  const { status, progress } = document
  return (
    <span class="docs-status">
      <Badge tone={tones[status]}>
        {(status === 'uploading' || status === 'processing') && (
          <span class="docs-pulse" aria-hidden="true" />
        )}
        {labels[status]}
      </Badge>
      {status === 'processing' && progress.chunksTotal > 0 && (
        <span class="small muted">
          {progress.chunksDone}/{progress.chunksTotal} chunks
        </span>
      )}
    </span>
  )
}

const formats: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word',
  html: 'HTML',
  markdown: 'Markdown',
  text: 'Text',
  csv: 'CSV',
  json: 'JSON',
}

/** A short name of the document's type: its detected format, else its media type. */
export function typeName(document: Pick<Document, 'format' | 'contentType'>) {
  if (document.format) return formats[document.format] ?? document.format
  const sub = document.contentType.split('/').pop() ?? document.contentType
  return sub.replace(/^vnd\.openxmlformats.*wordprocessingml.*$/, 'Word').toUpperCase()
}

const shortTypes: Record<string, string> = { markdown: 'MD', text: 'TXT', docx: 'DOC' }

/** Three or four letters for the file-type tile. */
export function shortType(document: Pick<Document, 'format' | 'contentType'>) {
  if (document.format) return shortTypes[document.format] ?? document.format.toUpperCase()
  return typeName(document).slice(0, 4)
}
