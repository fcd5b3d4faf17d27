import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Spinner, useAsync } from '../../ui'

type ServerTool = Schemas['ServerTool']
type ToolServer = Schemas['ToolServer']

interface PropertySchema {
  type?: string | string[]
}

/** "city: string*, days: number" from a JSON schema (* required). */
export function inputSummary(schema: Record<string, unknown>): string {
  const properties = (schema.properties ?? {}) as Record<string, PropertySchema>
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : []
  const parts = Object.entries(properties).map(([name, property]) => {
    const type = Array.isArray(property.type) ? property.type.join(' | ') : (property.type ?? 'any')
    return `${name}: ${type}${required.includes(name) ? '*' : ''}`
  })
  return parts.length ? parts.join(', ') : 'No inputs'
}

/** A server's tools, discovered now; writers switch each on or off for the workspace. */
export function ServerTools(props: {
  server: ToolServer
  canWrite: boolean
  onServer: (server: ToolServer) => void
}) {
  const { client } = useSession()
  const { server } = props
  const tools = useAsync(
    () =>
      client.unwrap(
        client.api.GET('/v1/tool-servers/{id}/tools', { params: { path: { id: server.id } } }),
      ),
    [client, server.id],
  )
  const [error, setError] = useState<unknown>()

  const toggle = async (tool: ServerTool, enabled: boolean) => {
    setError(undefined)
    try {
      const next = await client.unwrap(
        client.api.PUT('/v1/tool-servers/{id}/tools/{name}', {
          params: { path: { id: server.id, name: tool.name } },
          body: { enabled },
        }),
      )
      tools.setData(
        (data) =>
          data && {
            ...data,
            items: data.items.map((t) => (t.name === tool.name ? { ...t, enabled } : t)),
          },
      )
      props.onServer(next)
    } catch (caught) {
      setError(caught)
    }
  }

  if (tools.loading && !tools.data) return <Spinner label={`Loading the tools of ${server.name}`} />
  return (
    <div class="stack">
      <ErrorNotice error={tools.error} onRetry={tools.reload} />
      <ErrorNotice error={error} />
      {tools.data?.health.status === 'unhealthy' && (
        <p class="notice notice-info">
          The server did not answer; these are the tools it offered last time.
        </p>
      )}
      {tools.data && tools.data.items.length === 0 && (
        <p class="muted">This server offers no tools.</p>
      )}
      {tools.data && tools.data.items.length > 0 && (
        <ul class="build-tools" aria-label={`Tools of ${server.name}`}>
          {tools.data.items.map((tool) => (
            <li key={tool.name} class={tool.enabled ? 'build-tool' : 'build-tool off'}>
              <div class="grow">
                <strong class="build-tool-name">{tool.name}</strong>
                <p class="build-tool-description">{tool.description || 'No description.'}</p>
                <p class="muted small mono">{inputSummary(tool.inputSchema)}</p>
                <p class="muted small">
                  Agents call it <code class="build-chip">{tool.modelName}</code>
                </p>
              </div>
              <label class="build-switch">
                <input
                  type="checkbox"
                  checked={tool.enabled}
                  disabled={!props.canWrite}
                  aria-label={`Enable ${tool.name}`}
                  onChange={(e) => void toggle(tool, e.currentTarget.checked)}
                />
                <span aria-hidden="true">{tool.enabled ? 'On' : 'Off'}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
