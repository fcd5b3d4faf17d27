// The small pieces under a message: the branch switcher, copy, and the numbered sources.
import { ChevronLeft, ChevronRight, Copy, FileText } from 'lucide-preact'
import { useEffect, useState } from 'preact/hooks'
import { useSession } from '../../session'
import { type Citation, documentFilename, type Message } from './thread'

export function BranchNav({
  message,
  siblings,
  onBranch,
}: {
  message: Message
  siblings: Message[]
  onBranch?: (messageId: string) => void
}) {
  const at = siblings.findIndex((s) => s.id === message.id)
  if (siblings.length < 2 || at < 0) return null
  const go = (index: number) => {
    const sibling = siblings[index]
    if (sibling) onBranch?.(sibling.id)
  }
  return (
    <div class="chat-branches">
      <button
        type="button"
        class="chat-action"
        aria-label="Previous version"
        disabled={!onBranch || at === 0}
        onClick={() => go(at - 1)}
      >
        <ChevronLeft aria-hidden="true" size={16} />
      </button>
      <span class="chat-branch-count">
        <span aria-hidden="true">
          {at + 1}/{siblings.length}
        </span>
        <span class="visually-hidden">
          Version {at + 1} of {siblings.length}
        </span>
      </span>
      <button
        type="button"
        class="chat-action"
        aria-label="Next version"
        disabled={!onBranch || at === siblings.length - 1}
        onClick={() => go(at + 1)}
      >
        <ChevronRight aria-hidden="true" size={16} />
      </button>
    </div>
  )
}

export function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      class="chat-action"
      aria-label={copied ? 'Copied' : 'Copy answer'}
      title={copied ? 'Copied' : 'Copy'}
      onClick={async () => {
        await navigator.clipboard.writeText(text).catch(() => {})
        setCopied(true)
        setTimeout(() => setCopied(false), 1500)
      }}
    >
      <Copy aria-hidden="true" size={15} />
    </button>
  )
}

export function Citations({
  citations,
  onCite,
}: {
  citations: Citation[]
  onCite: (citation: Citation, number: number) => void
}) {
  const { client } = useSession()
  const [names, setNames] = useState<Record<string, string>>({})
  const ids = [...new Set(citations.map((c) => c.documentId))].join(' ')
  useEffect(() => {
    let live = true
    for (const id of ids.split(' ').filter(Boolean))
      void documentFilename(client, id).then((name) => {
        if (live && name) setNames((known) => ({ ...known, [id]: name }))
      })
    return () => {
      live = false
    }
  }, [client, ids])
  if (citations.length === 0) return null
  return (
    <div class="chat-sources">
      <span class="chat-sources-title">Sources</span>
      <ul>
        {citations.map((citation, i) => (
          <li key={citation.passageId}>
            <button
              type="button"
              class="chat-source"
              aria-label={`Source ${i + 1}: ${names[citation.documentId] ?? 'a document'}${citation.page ? `, page ${citation.page}` : ''}`}
              onClick={() => onCite(citation, i + 1)}
            >
              <span class="chat-source-number">{i + 1}</span>
              <FileText aria-hidden="true" size={13} />
              <span class="chat-source-name">{names[citation.documentId] ?? 'Document'}</span>
              {citation.page !== undefined && <span class="muted">p. {citation.page}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
