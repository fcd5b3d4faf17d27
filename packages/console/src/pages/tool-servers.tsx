import type { Schemas } from '@chatter/sdk'
import { ChevronDown, ChevronRight, Plus, RefreshCw, Wrench } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatCount, formatRelative } from '../format'
import { useSession } from '../session'
import {
  Badge,
  ConfirmButton,
  Empty,
  ErrorNotice,
  LoadMore,
  Modal,
  PageHeader,
  Spinner,
  type Tone,
  usePages,
  useToast,
} from '../ui'
import { ServerTools } from './build/server-tools'
import { ToolServerForm } from './build/tool-server-form'
import './build/build.css'

type ToolServer = Schemas['ToolServer']
type Health = ToolServer['health']

const healthTone: Record<Health['status'], Tone> = {
  healthy: 'good',
  unhealthy: 'bad',
  unknown: 'neutral',
}
const healthLabel: Record<Health['status'], string> = {
  healthy: 'Healthy',
  unhealthy: 'Unhealthy',
  unknown: 'Not checked',
}

/** The workspace's MCP servers: add, check, browse and switch their tools, remove. */
export default function ToolServersPage() {
  const { client, canWrite } = useSession()
  const toast = useToast()
  const list = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/tool-servers', {
          params: { query: { limit: 25, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [client],
  )
  const [adding, setAdding] = useState(false)

  const replace = (server: ToolServer) =>
    list.setItems((all) => {
      const known = all.some((s) => s.id === server.id)
      return known ? all.map((s) => (s.id === server.id ? server : s)) : [server, ...all]
    })

  const added = (server: ToolServer) => {
    replace(server)
    setAdding(false)
    if (server.health.status === 'healthy')
      toast(`Added ${server.name} with ${server.toolCount} tools`)
    else toast(`Added ${server.name}, but it did not answer`, 'warn')
  }

  return (
    <div class="stack build-page">
      <PageHeader
        title="Tool servers"
        description="MCP servers whose tools your agents and chats can call."
        actions={
          canWrite && (
            <button type="button" class="button primary" onClick={() => setAdding(true)}>
              <Plus aria-hidden="true" size={16} />
              Add server
            </button>
          )
        }
      />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.items.length === 0 && list.loading && <Spinner label="Loading tool servers" />}
      {list.items.length === 0 && !list.loading && !list.error && (
        <Empty title="No tool servers yet">
          <p>Add an MCP server by its URL; its tools appear here and become choices for agents.</p>
        </Empty>
      )}
      <div class="stack">
        {list.items.map((server) => (
          <ServerCard
            key={server.id}
            server={server}
            canWrite={canWrite}
            onServer={replace}
            onDeleted={(tools) => {
              list.setItems((all) => all.filter((s) => s.id !== server.id))
              toast(`Deleted ${server.name} and its ${tools} tools`)
            }}
          />
        ))}
      </div>
      {list.items.length > 0 && (
        <LoadMore hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
      )}
      <Modal title="Add a tool server" open={adding} onClose={() => setAdding(false)}>
        <ToolServerForm onSaved={added} />
      </Modal>
    </div>
  )
}

function ServerCard(props: {
  server: ToolServer
  canWrite: boolean
  onServer: (server: ToolServer) => void
  onDeleted: (tools: number) => void
}) {
  const { client } = useSession()
  const toast = useToast()
  const { server } = props
  const [showTools, setShowTools] = useState(false)
  const [checking, setChecking] = useState(false)
  const [error, setError] = useState<unknown>()
  const { health } = server
  const panelId = `server-tools-${server.id}`

  const check = async () => {
    setChecking(true)
    setError(undefined)
    try {
      const result = await client.unwrap(
        client.api.POST('/v1/tool-servers/{id}/check', { params: { path: { id: server.id } } }),
      )
      props.onServer({ ...server, health: result })
      toast(
        result.status === 'healthy'
          ? `${server.name} is healthy (${result.latencyMs ?? 0} ms)`
          : `${server.name} did not answer`,
        result.status === 'healthy' ? 'good' : 'bad',
      )
    } catch (caught) {
      setError(caught)
    } finally {
      setChecking(false)
    }
  }

  const setEnabled = async (enabled: boolean) => {
    setError(undefined)
    try {
      props.onServer(
        await client.unwrap(
          client.api.PATCH('/v1/tool-servers/{id}', {
            params: { path: { id: server.id } },
            body: { enabled },
          }),
        ),
      )
    } catch (caught) {
      setError(caught)
    }
  }

  const remove = async () => {
    const result = await client.unwrap(
      client.api.DELETE('/v1/tool-servers/{id}', { params: { path: { id: server.id } } }),
    )
    props.onDeleted(result.deleted.tools)
  }

  return (
    <article class="card build-server" aria-labelledby={`server-${server.id}`}>
      <div class="build-server-head">
        <div class="build-server-icon" aria-hidden="true">
          <Wrench size={18} />
        </div>
        <div class="grow stack build-tight">
          <div class="row">
            <h2 id={`server-${server.id}`} class="build-card-title">
              {server.name}
            </h2>
            <Badge tone={healthTone[health.status]}>{healthLabel[health.status]}</Badge>
            {!server.enabled && <Badge tone="warn">Disabled</Badge>}
          </div>
          <p class="mono small build-url">{server.url}</p>
          <p class="muted small">
            {server.transport === 'sse' ? 'SSE' : 'Streamable HTTP'} ·{' '}
            {formatCount(server.toolCount, 'tool')}
            {server.headerNames.length > 0 && ` · sends ${server.headerNames.join(', ')}`}
            {health.checkedAt && ` · checked ${formatRelative(health.checkedAt)}`}
            {health.latencyMs !== undefined && ` in ${Math.round(health.latencyMs)} ms`}
          </p>
          {health.status === 'unhealthy' && health.error && (
            <p class="build-health-error small">{health.error}</p>
          )}
        </div>
      </div>
      <ErrorNotice error={error} />
      <div class="row build-server-actions">
        <button
          type="button"
          class="button small"
          aria-label={`${showTools ? 'Hide' : 'Show'} tools of ${server.name}`}
          aria-expanded={showTools}
          aria-controls={panelId}
          onClick={() => setShowTools(!showTools)}
        >
          {showTools ? (
            <ChevronDown aria-hidden="true" size={14} />
          ) : (
            <ChevronRight aria-hidden="true" size={14} />
          )}
          {showTools ? 'Hide tools' : 'Show tools'}
        </button>
        {props.canWrite && (
          <>
            <button
              type="button"
              class="button small"
              aria-label={`Check ${server.name}`}
              disabled={checking}
              onClick={() => void check()}
            >
              <RefreshCw aria-hidden="true" size={14} class={checking ? 'build-spin' : undefined} />
              {checking ? 'Checking…' : 'Check'}
            </button>
            <button
              type="button"
              class="button small"
              onClick={() => void setEnabled(!server.enabled)}
            >
              {server.enabled ? 'Disable' : 'Enable'}
            </button>
            <span class="grow" />
            <ConfirmButton
              label="Delete"
              title={`Delete ${server.name}?`}
              message="Its tools leave every agent that uses them, and its health history goes too."
              onConfirm={remove}
            />
          </>
        )}
      </div>
      {showTools && (
        <div id={panelId} class="build-server-tools">
          <ServerTools server={server} canWrite={props.canWrite} onServer={props.onServer} />
        </div>
      )}
    </article>
  )
}
