import type { Schemas } from '@chatter/sdk'
import { Bot, Pencil, Plus } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatCompact, formatRelative } from '../format'
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
  useAsync,
  usePages,
  useToast,
} from '../ui'
import { AgentForm } from './build/agent-form'
import './build/build.css'

type Agent = Schemas['Agent']
type Editing = { mode: 'new' } | { mode: 'edit'; agent: Agent }

/** The workspace's agents: each a purpose, instructions, a model, tools and a knowledge scope. */
export default function AgentsPage() {
  const { client, canWrite } = useSession()
  const toast = useToast()
  const list = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/agents', {
          params: { query: { limit: 24, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [client],
  )
  // Names for the cards: which profile and template an agent uses.
  const names = useAsync(async () => {
    const [profiles, prompts] = await Promise.all([
      client.unwrap(client.api.GET('/v1/profiles', { params: { query: { limit: 100 } } })),
      client.unwrap(client.api.GET('/v1/prompts', { params: { query: { limit: 100 } } })),
    ])
    return new Map<string, string>([
      ...profiles.items.map((p) => [p.id, `${p.name} · ${p.modelId}`] as const),
      ...prompts.items.map((p) => [p.id, p.name] as const),
    ])
  }, [client])
  const [editing, setEditing] = useState<Editing>()

  const saved = (agent: Agent) => {
    const created = editing?.mode === 'new'
    list.setItems((all) =>
      created ? [agent, ...all] : all.map((a) => (a.id === agent.id ? agent : a)),
    )
    setEditing(undefined)
    toast(created ? `Created agent ${agent.name}` : `Saved ${agent.name}`)
  }

  const remove = async (agent: Agent) => {
    await client.unwrap(
      client.api.DELETE('/v1/agents/{id}', { params: { path: { id: agent.id } } }),
    )
    list.setItems((all) => all.filter((a) => a.id !== agent.id))
    toast(`Deleted agent ${agent.name}`)
  }

  return (
    <div class="stack build-page">
      <PageHeader
        title="Agents"
        description="Assistants with a purpose: their own instructions, model, tools and documents."
        actions={
          canWrite && (
            <button
              type="button"
              class="button primary"
              onClick={() => setEditing({ mode: 'new' })}
            >
              <Plus aria-hidden="true" size={16} />
              New agent
            </button>
          )
        }
      />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.items.length === 0 && list.loading && <Spinner label="Loading agents" />}
      {list.items.length === 0 && !list.loading && !list.error && (
        <Empty title="No agents yet">
          <p>
            An agent answers with its own instructions, tools and knowledge; start a chat with it.
          </p>
        </Empty>
      )}
      {list.items.length > 0 && (
        <ul class="build-cards">
          {list.items.map((agent) => (
            <li key={agent.id} class="card build-agent">
              <AgentCard
                agent={agent}
                names={names.data}
                canWrite={canWrite}
                onEdit={() => setEditing({ mode: 'edit', agent })}
                onDelete={() => remove(agent)}
              />
            </li>
          ))}
        </ul>
      )}
      {list.items.length > 0 && (
        <LoadMore hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
      )}
      <Modal
        title={editing?.mode === 'edit' ? `Edit ${editing.agent.name}` : 'New agent'}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        wide
      >
        {editing && (
          <AgentForm
            key={editing.mode === 'edit' ? editing.agent.id : 'new'}
            agent={editing.mode === 'edit' ? editing.agent : undefined}
            onSaved={saved}
          />
        )}
      </Modal>
    </div>
  )
}

function AgentCard(props: {
  agent: Agent
  names: Map<string, string> | undefined
  canWrite: boolean
  onEdit: () => void
  onDelete: () => Promise<void>
}) {
  const { agent, names } = props
  const { knowledge } = agent
  const titleId = `agent-${agent.id}`
  return (
    <article class="stack build-agent-body" aria-labelledby={titleId}>
      <div class="build-server-head">
        <div class="build-server-icon" aria-hidden="true">
          <Bot size={18} />
        </div>
        <div class="grow">
          <h2 id={titleId} class="build-card-title">
            {agent.name}
          </h2>
          <p class="muted small">Updated {formatRelative(agent.updatedAt)}</p>
        </div>
      </div>
      <p class="build-agent-description">{agent.description}</p>
      <dl class="build-facts">
        <dt>Model</dt>
        <dd>
          {agent.profileId ? (names?.get(agent.profileId) ?? 'A profile') : 'Workspace default'}
        </dd>
        <dt>Instructions</dt>
        <dd>
          {agent.promptId
            ? `Template ${names?.get(agent.promptId) ?? ''}`.trim()
            : agent.systemPrompt
              ? 'Its own'
              : 'The profile’s'}
        </dd>
        <dt>Tools</dt>
        <dd>
          {agent.tools.length === 0 ? (
            <span class="muted">None</span>
          ) : (
            <span class="build-chips">
              {agent.tools.map((tool) => (
                <code key={tool} class="build-chip">
                  {tool}
                </code>
              ))}
            </span>
          )}
        </dd>
        <dt>Knowledge</dt>
        <dd>
          {knowledge?.enabled ? (
            <>
              <Badge tone="info">Retrieval on</Badge>{' '}
              {knowledge.tags?.length ? `tagged ${knowledge.tags.join(', ')}` : 'all documents'}
            </>
          ) : (
            <span class="muted">Off</span>
          )}
        </dd>
      </dl>
      <AgentMetrics agentId={agent.id} />
      {props.canWrite && (
        <div class="row build-card-actions">
          <button
            type="button"
            class="button small"
            aria-label={`Edit ${agent.name}`}
            onClick={props.onEdit}
          >
            <Pencil aria-hidden="true" size={14} />
            Edit
          </button>
          <span class="grow" />
          <ConfirmButton
            label="Delete"
            title={`Delete ${agent.name}?`}
            message="The agent and its metrics go; conversations with it go on without it."
            onConfirm={props.onDelete}
          />
        </div>
      )}
    </article>
  )
}

/** One line of use: cheap enough to load per card, and quiet when it fails. */
function AgentMetrics({ agentId }: { agentId: string }) {
  const { client } = useSession()
  const metrics = useAsync(
    () =>
      client.unwrap(
        client.api.GET('/v1/agents/{id}/metrics', { params: { path: { id: agentId } } }),
      ),
    [client, agentId],
  )
  const m = metrics.data
  if (!m) return null
  const satisfaction =
    m.satisfaction === null ? 'no ratings' : `${Math.round(m.satisfaction * 100)}% liked`
  return (
    <p class="build-metrics small">
      <span>
        <strong>{formatCompact(m.conversations)}</strong> conversations
      </span>
      <span>
        <strong>{formatCompact(m.messages)}</strong> answers
      </span>
      <span>
        <strong>{formatCompact(m.toolCalls)}</strong> tool calls
      </span>
      <span>{satisfaction}</span>
    </p>
  )
}
