import type { Acting } from '../../audit/acting'
import { assertPermission } from '../../audit/acting'
import { DomainError } from '../../errors'
import type {
  DocumentRepository,
  DocumentStatus,
  StoredChunk,
} from '../../ports/document-repository'
import { pageSeparator } from '../chunking'
import { getDocument } from './read-documents'

export interface PreviewOptions {
  /** How many pages, from the first (default 2). */
  pages?: number
  /** Characters over all pages (default 20,000). */
  maxChars?: number
}

export interface DocumentPreview {
  documentId: string
  pages: { page: number; text: string }[]
  /** Whether the document has text beyond what the preview shows. */
  truncated: boolean
}

export const previewDefaults = { pages: 2, maxChars: 20_000 } as const

// Overlaps are a tail of the previous chunk (chunking repeats up to ~50 tokens); longer ones
// would be a coincidence, and the cap keeps the search cheap.
const maxOverlap = 1000
const batchSize = 25

const notReady: Record<DocumentStatus, string> = {
  uploading: 'is still uploading',
  processing: 'is still processing',
  ready: 'is ready',
  failed: 'failed to process (reprocess it to try again)',
  duplicate: 'duplicates a document that is not ready',
}

/**
 * The text of a document's first pages (`read`), rebuilt from its stored chunks, so it shows
 * what search reads. Only for a `ready` document (409 naming its status otherwise); a
 * `duplicate` shows the text of the document it duplicates.
 *
 * 1. Read chunks in order, in batches, until past the last page wanted or `maxChars`.
 * 2. Drop the start each chunk repeats of the one before (see `overlapLength`).
 * 3. Group the text by each chunk's page and cut at `maxChars`. Chunks carry no offsets, only
 *    the page they start on, so a chunk that crosses a page break shows on its first page.
 */
export async function previewDocument(
  ports: { documents: Pick<DocumentRepository, 'get' | 'listChunks'> },
  acting: Pick<Acting, 'access'>,
  id: string,
  options: PreviewOptions = {},
): Promise<DocumentPreview> {
  assertPermission(acting.access, 'read')
  const { workspaceId } = acting.access
  const { pages: pageCount, maxChars } = { ...previewDefaults, ...options }
  const document = await getDocument(ports, acting, id)
  const source =
    document.status === 'duplicate' && document.duplicateOf
      ? await ports.documents.get(workspaceId, document.duplicateOf)
      : document
  if (source?.status !== 'ready')
    throw new DomainError(
      'resource.conflict',
      `The document ${notReady[document.status]}: a preview is available once it is ready.`,
      { status: document.status },
    )

  const pages: { page: number; text: string }[] = []
  let written = ''
  let chars = 0
  let truncated = false
  for (let from = 0; ; from += batchSize) {
    const chunks = await ports.documents.listChunks(workspaceId, source.id, {
      fromIndex: from,
      limit: batchSize,
    })
    const stop = appendChunks(chunks)
    if (stop !== undefined) {
      truncated = stop
      break
    }
    if (chunks.length < batchSize) break
  }
  return { documentId: document.id, pages, truncated }

  /** Appends chunks; true or false when the preview is full (whether text was left out). */
  function appendChunks(chunks: StoredChunk[]): boolean | undefined {
    for (const chunk of chunks) {
      if (chars >= maxChars) return true
      let last = pages.at(-1)
      if (!last || last.page !== chunk.page) {
        if (pages.length === pageCount) return true
        last = { page: chunk.page, text: '' }
        pages.push(last)
      }
      const overlap = overlapLength(written, chunk.text)
      let added = chunk.text.slice(overlap)
      if (overlap === 0 && written) added = `${pageSeparator}${added}`
      if (last.text === '') added = added.trimStart()
      written = (written + added).slice(-maxOverlap - 1)
      const room = maxChars - chars
      if (added.length > room) {
        last.text += cutAt(added, room)
        return true
      }
      last.text += added
      chars += added.length
    }
    return undefined
  }
}

/**
 * How many characters at the start of `next` repeat the end of `before`: the longest such
 * stretch (at most 1,000) that starts at a word start in `before` and ends at a word end in
 * `next`, as chunk overlaps do, so a chance match of a few letters is not taken for one.
 */
export function overlapLength(before: string, next: string): number {
  for (let length = Math.min(maxOverlap, before.length, next.length); length > 0; length--) {
    const at = before.length - length
    const startsWord = at === 0 || /\s/.test(before[at - 1] ?? '')
    const endsWord = length === next.length || /\s/.test(next[length] ?? '')
    if (startsWord && endsWord && before.endsWith(next.slice(0, length))) return length
  }
  return 0
}

/** The first `length` UTF-16 units of `text`, backing off so no surrogate pair is split. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length)
}
