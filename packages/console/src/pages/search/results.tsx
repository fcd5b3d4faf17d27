import type { Schemas } from '@chatter/sdk'
import { Eye, FileText } from 'lucide-preact'
import { formatNumber } from '../../format'
import { Highlighted } from './highlight'

type Result = Schemas['SearchResult']
type Hit = Schemas['SearchHit']

const modeNames: Record<Result['mode'], string> = {
  hybrid: 'hybrid',
  vector: 'semantic',
  lexical: 'keyword',
}

export function SearchResults(props: { result: Result; onOpen: (hit: Hit) => void }) {
  const { result } = props
  if (result.hits.length === 0)
    return (
      <div class="empty search-empty" role="status">
        <p class="empty-title">No passages match “{result.query}”</p>
        <p class="muted">
          Only documents that are Ready are searched. Try other or fewer words, a different mode
          (semantic search finds passages that mean the same in other words), or clear the filters.
        </p>
      </div>
    )
  return (
    <section class="stack search-results" aria-label="Results">
      <p class="small muted" role="status">
        {formatNumber(result.hits.length)} {result.hits.length === 1 ? 'passage' : 'passages'} for “
        {result.query}” · {modeNames[result.mode]} search · {formatNumber(result.tookMs)} ms
      </p>
      <ol class="search-hits">
        {result.hits.map((hit) => (
          <li key={hit.id} class="card search-hit" aria-label={`${hit.filename}, page ${hit.page}`}>
            <header class="search-hit-head">
              <FileText size={16} aria-hidden="true" class="search-hit-icon" />
              <span class="search-hit-file">{hit.filename}</span>
              <span class="small muted">
                Page {hit.page}
                {hit.section ? ` · ${hit.section}` : ''}
              </span>
              <span class="grow" />
              <Score value={hit.score} />
            </header>
            <p class="search-passage">
              <Highlighted text={hit.text} spans={hit.highlights} query={result.query} />
            </p>
            <div class="row end">
              <button type="button" class="button small" onClick={() => props.onOpen(hit)}>
                <Eye size={14} aria-hidden="true" /> Open {hit.filename}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}

function Score({ value }: { value: number }) {
  const percent = Math.round(value * 100)
  return (
    <span class="search-score" title="Relevance, relative to the best passage of this search">
      <span class="search-score-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span class="small mono">{percent}%</span>
      <span class="visually-hidden"> relevance</span>
    </span>
  )
}
