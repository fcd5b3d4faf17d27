import type { Schemas } from '@chatter/sdk'
import { History, Search as SearchIcon, X } from 'lucide-preact'
import { useEffect, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { describeError, useSession } from '../session'
import { ErrorNotice, PageHeader, Spinner, useAsync, useToast } from '../ui'
import { PreviewModal } from './documents/preview'
import { SearchResults } from './search/results'
import './search/search.css'
import { formatCount } from '../format'

type Mode = Schemas['SearchResult']['mode']
type Hit = Schemas['SearchHit']
interface Request {
  q: string
  mode: Mode
  tag: string
  documentId: string
}

const modes: { value: Mode; label: string }[] = [
  { value: 'hybrid', label: 'Hybrid' },
  { value: 'vector', label: 'Semantic' },
  { value: 'lexical', label: 'Keyword' },
]
const isMode = (value: unknown): value is Mode => modes.some((m) => m.value === value)

export default function Page() {
  const { client } = useSession()
  const toast = useToast()
  const location = useLocation()
  // The URL holds the search, so a search can be linked and survives a reload.
  const fromUrl = (): Request => ({
    q: location.query.q ?? '',
    mode: isMode(location.query.mode) ? location.query.mode : 'hybrid',
    tag: location.query.tag ?? '',
    documentId: location.query.document ?? '',
  })
  const [form, setForm] = useState<Request>(fromUrl)
  const [request, setRequest] = useState<{ at: number } & Request>(() => ({ at: 0, ...fromUrl() }))
  const [opened, setOpened] = useState<Hit>()

  const history = useAsync(
    () => client.unwrap(client.api.GET('/v1/search/history', { params: { query: { limit: 12 } } })),
    [client],
  )
  const tags = useAsync(() => client.unwrap(client.api.GET('/v1/tags')), [client])
  const documents = useAsync(
    () =>
      client.unwrap(
        client.api.GET('/v1/documents', { params: { query: { status: 'ready', limit: 100 } } }),
      ),
    [client],
  )
  const result = useAsync(async () => {
    if (!request.q.trim()) return undefined
    const filter = {
      ...(request.tag ? { tags: [request.tag] } : {}),
      ...(request.documentId ? { documentIds: [request.documentId] } : {}),
    }
    return client.unwrap(
      client.api.POST('/v1/search', {
        body: {
          query: request.q.trim(),
          mode: request.mode,
          topK: 10,
          ...(Object.keys(filter).length ? { filter } : {}),
        },
      }),
    )
  }, [client, request])
  useEffect(() => {
    if (result.data) void history.reload()
  }, [result.data])

  const search = (next: Request) => {
    if (!next.q.trim()) return
    setForm(next)
    setRequest({ at: Date.now(), ...next })
    const params = new URLSearchParams({ q: next.q.trim() })
    if (next.mode !== 'hybrid') params.set('mode', next.mode)
    if (next.tag) params.set('tag', next.tag)
    if (next.documentId) params.set('document', next.documentId)
    location.route(`/search?${params}`, true)
  }
  const clearHistory = async () => {
    try {
      const { deleted } = await client.unwrap(client.api.DELETE('/v1/search/history'))
      history.setData(() => ({ items: [], nextCursor: null }))
      toast(`Cleared ${formatCount(deleted, 'search', 'searches')} from your history`)
    } catch (error) {
      toast(`The history could not be cleared: ${describeError(error)}`, 'bad')
    }
  }
  const recent = [...new Map((history.data?.items ?? []).map((h) => [h.query, h])).values()]

  return (
    <div class="stack search-page">
      <PageHeader
        title="Search"
        description="Find passages across the workspace's documents, by meaning and by words."
      />
      <search class="card search-form">
        <form
          onSubmit={(e) => {
            e.preventDefault()
            search(form)
          }}
        >
          <div class="search-box">
            <label for="search-query" class="visually-hidden">
              Search documents
            </label>
            <SearchIcon size={18} aria-hidden="true" class="search-box-icon" />
            <input
              id="search-query"
              type="search"
              value={form.q}
              placeholder="Search documents, e.g. travel budget for Q3"
              onInput={(e) => setForm({ ...form, q: e.currentTarget.value })}
            />
            <button type="submit" class="button primary" disabled={!form.q.trim()}>
              Search
            </button>
          </div>
          <div class="search-options">
            <fieldset class="search-modes">
              <legend class="visually-hidden">Mode</legend>
              {modes.map((m) => (
                <label key={m.value} class={form.mode === m.value ? 'checked' : undefined}>
                  <input
                    type="radio"
                    name="search-mode"
                    value={m.value}
                    checked={form.mode === m.value}
                    onChange={() => setForm({ ...form, mode: m.value })}
                  />
                  {m.label}
                </label>
              ))}
            </fieldset>
            <div class="search-filter">
              <label for="search-filter-tag">Tag</label>
              <select
                id="search-filter-tag"
                value={form.tag}
                onChange={(e) => setForm({ ...form, tag: e.currentTarget.value })}
              >
                <option value="">Any</option>
                {tags.data?.items.map((t) => (
                  <option key={t.tag} value={t.tag}>
                    {t.tag}
                  </option>
                ))}
              </select>
            </div>
            <div class="search-filter">
              <label for="search-filter-document">Document</label>
              <select
                id="search-filter-document"
                value={form.documentId}
                onChange={(e) => setForm({ ...form, documentId: e.currentTarget.value })}
              >
                <option value="">All documents</option>
                {documents.data?.items.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.filename}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </form>
      </search>

      {recent.length > 0 && (
        <section class="search-recent" aria-label="Recent searches">
          <History size={16} aria-hidden="true" class="muted" />
          <ul>
            {recent.map((h) => (
              <li key={h.id}>
                <button
                  type="button"
                  class="search-chip"
                  onClick={() => search({ ...form, q: h.query, mode: h.mode })}
                >
                  {h.query}
                  <span class="muted small" title={`${h.hits} passages found`}>
                    {' '}
                    · {h.hits}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="link-button small search-clear" onClick={clearHistory}>
            <X size={14} aria-hidden="true" /> Clear history
          </button>
        </section>
      )}

      <ErrorNotice error={result.error} onRetry={result.reload} />
      {result.loading && request.q && <Spinner label="Searching" />}
      {!result.loading && result.data && <SearchResults result={result.data} onOpen={setOpened} />}
      {!request.q && (
        <div class="empty">
          <p class="empty-title">Search your documents</p>
          <p class="muted">
            Hybrid search ranks passages by meaning and by the words they share with your query;
            choose Semantic or Keyword to use one alone.
          </p>
        </div>
      )}
      <PreviewModal
        document={opened ? { id: opened.documentId, filename: opened.filename } : undefined}
        page={opened?.page}
        onClose={() => setOpened(undefined)}
      />
    </div>
  )
}
