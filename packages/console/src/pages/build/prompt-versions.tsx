import type { Schemas } from '@chatter/sdk'
import { History } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatRelative } from '../../format'
import { useSession } from '../../session'
import { Badge, ErrorNotice, LoadMore, usePages, useToast } from '../../ui'

type Prompt = Schemas['Prompt']

/** A prompt's history, newest first; a rollback brings an old version back as a new one. */
export function PromptVersions(props: {
  prompt: Prompt
  canWrite: boolean
  onChanged: (prompt: Prompt) => void
}) {
  const { client } = useSession()
  const toast = useToast()
  const { prompt } = props
  const versions = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/prompts/{id}/versions', {
          params: { path: { id: prompt.id }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [client, prompt.id, prompt.version],
  )
  const [busy, setBusy] = useState<number>()
  const [error, setError] = useState<unknown>()

  const rollback = async (version: number) => {
    setBusy(version)
    setError(undefined)
    try {
      const next = await client.unwrap(
        client.api.POST('/v1/prompts/{id}/rollback', {
          params: { path: { id: prompt.id } },
          body: { version, expectedVersion: prompt.version },
        }),
      )
      toast(`Brought back version ${version} as version ${next.version}`)
      props.onChanged(next)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <section class="stack" aria-labelledby="prompt-versions-title">
      <h3 id="prompt-versions-title">Versions</h3>
      <ErrorNotice error={versions.error} onRetry={versions.reload} />
      <ErrorNotice error={error} />
      <ol class="build-versions">
        {versions.items.map((v) => (
          <li key={v.version} class="build-version">
            <div class="row between">
              <div class="row">
                <strong>Version {v.version}</strong>
                {v.version === prompt.version && <Badge tone="good">Current</Badge>}
                <span class="muted small">{formatRelative(v.createdAt)}</span>
              </div>
              {props.canWrite && v.version !== prompt.version && (
                <button
                  type="button"
                  class="button small"
                  aria-label={`Roll back to version ${v.version}`}
                  disabled={busy !== undefined}
                  onClick={() => void rollback(v.version)}
                >
                  <History aria-hidden="true" size={14} />
                  Roll back
                </button>
              )}
            </div>
            <pre class="build-version-template">{v.template}</pre>
          </li>
        ))}
      </ol>
      <LoadMore hasMore={versions.hasMore} loading={versions.loading} onMore={versions.more} />
    </section>
  )
}
