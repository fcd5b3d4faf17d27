import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { useSession } from '../../session'
import { ErrorNotice, Field, Spinner, useAsync } from '../../ui'
import { type AgentChoices, loadAgentChoices, type ToolGroup } from './agent-choices'
import { splitList } from './prompt-variables'

type Agent = Schemas['Agent']

/** Creates an agent or changes one: what it is for, how it answers, its tools and knowledge. */
export function AgentForm(props: { agent?: Agent; onSaved: (agent: Agent) => void }) {
  const { client } = useSession()
  const choices = useAsync(() => loadAgentChoices(client), [client])
  if (choices.error) return <ErrorNotice error={choices.error} onRetry={choices.reload} />
  if (!choices.data) return <Spinner label="Loading profiles, prompts and tools" />
  return <AgentFields agent={props.agent} choices={choices.data} onSaved={props.onSaved} />
}

function AgentFields(props: {
  agent?: Agent
  choices: AgentChoices
  onSaved: (agent: Agent) => void
}) {
  const { client } = useSession()
  const { agent, choices } = props
  const [name, setName] = useState(agent?.name ?? '')
  const [description, setDescription] = useState(agent?.description ?? '')
  const [systemPrompt, setSystemPrompt] = useState(agent?.systemPrompt ?? '')
  const [promptId, setPromptId] = useState(agent?.promptId ?? '')
  const [promptValues, setPromptValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      Object.entries(agent?.promptVariables ?? {}).map(([k, v]) => [k, String(v)]),
    ),
  )
  const [profileId, setProfileId] = useState(agent?.profileId ?? '')
  const [tools, setTools] = useState<string[]>(agent?.tools ?? [])
  const [retrieval, setRetrieval] = useState(agent?.knowledge?.enabled ?? false)
  const [tags, setTags] = useState(agent?.knowledge?.tags?.join(', ') ?? '')
  const [topK, setTopK] = useState(agent?.knowledge?.topK ? String(agent.knowledge.topK) : '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const template = choices.prompts.find((p) => p.id === promptId)

  // Tools the agent has that no group offers now (a removed server): still shown, to untick.
  const offered = new Set(choices.toolGroups.flatMap((g) => g.tools.map((t) => t.name)))
  const orphans = tools.filter((t) => !offered.has(t))
  const groups: ToolGroup[] = orphans.length
    ? [
        ...choices.toolGroups,
        { title: 'No longer offered', tools: orphans.map((n) => ({ name: n, description: '' })) },
      ]
    : choices.toolGroups

  const toggleTool = (toolName: string, on: boolean) =>
    setTools((all) => (on ? [...all, toolName] : all.filter((t) => t !== toolName)))

  const save = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    const variables = template
      ? Object.fromEntries(
          template.variables
            .filter((v) => promptValues[v.name])
            .map((v) => [v.name, promptValues[v.name] ?? '']),
        )
      : undefined
    const knowledge = retrieval
      ? {
          enabled: true,
          ...(splitList(tags).length ? { tags: splitList(tags) } : {}),
          ...(topK ? { topK: Number(topK) } : {}),
        }
      : undefined
    const settings = {
      name: name.trim(),
      description: description.trim(),
      systemPrompt,
      tools,
    }
    try {
      const saved = agent
        ? await client.unwrap(
            client.api.PATCH('/v1/agents/{id}', {
              params: { path: { id: agent.id } },
              body: {
                ...settings,
                promptId: promptId || null,
                promptVariables: variables ?? null,
                profileId: profileId || null,
                // The SDK types AgentPatch.knowledge as an impossible intersection (an
                // openapi-typescript quirk with a nullable $ref); the API takes this shape.
                knowledge: (knowledge ?? { enabled: false }) as never,
              },
            }),
          )
        : await client.unwrap(
            client.api.POST('/v1/agents', {
              body: {
                ...settings,
                ...(promptId ? { promptId, promptVariables: variables } : {}),
                ...(profileId ? { profileId } : {}),
                ...(knowledge ? { knowledge } : {}),
              },
            }),
          )
      props.onSaved(saved)
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="stack" onSubmit={save}>
      <Field label="Name">
        {(id) => (
          <input
            id={id}
            required
            maxLength={100}
            placeholder="Billing helper"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label="Description" hint="What the agent is for: routing matches messages against it">
        {(id) => (
          <textarea
            id={id}
            required
            rows={2}
            maxLength={2000}
            value={description}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="build-two">
        <Field label="Profile" hint="The model and its settings">
          {(id) => (
            <select id={id} value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)}>
              <option value="">The workspace default</option>
              {choices.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {p.modelId}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Prompt template"
          hint="Rendered as its instructions, instead of the text below"
        >
          {(id) => (
            <select id={id} value={promptId} onChange={(e) => setPromptId(e.currentTarget.value)}>
              <option value="">None: write instructions</option>
              {choices.prompts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {template ? (
        template.variables.length > 0 && (
          <div class="build-two">
            {template.variables.map((v) => (
              <Field key={v.name} label={`Template value: ${v.name}`} hint={v.type}>
                {(id) => (
                  <input
                    id={id}
                    value={promptValues[v.name] ?? ''}
                    onInput={(e) => {
                      const value = e.currentTarget.value
                      setPromptValues((all) => ({ ...all, [v.name]: value }))
                    }}
                  />
                )}
              </Field>
            ))}
          </div>
        )
      ) : (
        <Field label="Instructions" hint="The system prompt: how the agent should answer">
          {(id) => (
            <textarea
              id={id}
              rows={4}
              value={systemPrompt}
              onInput={(e) => setSystemPrompt(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <fieldset class="build-fieldset">
        <legend>Tools</legend>
        <div class="build-tool-groups">
          {groups.map((group) => (
            <div key={group.title} class="build-tool-group">
              <p class="build-group-title">{group.title}</p>
              {group.note && <p class="hint">{group.note}</p>}
              {group.tools.map((tool) => (
                <label key={tool.name} class="build-check">
                  <input
                    type="checkbox"
                    checked={tools.includes(tool.name)}
                    onChange={(e) => toggleTool(tool.name, e.currentTarget.checked)}
                  />
                  <span>
                    <span class="mono">{tool.name}</span>
                    {tool.description && (
                      <span class="muted small build-check-hint">{tool.description}</span>
                    )}
                  </span>
                </label>
              ))}
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset class="build-fieldset">
        <legend>Knowledge</legend>
        <label class="build-check">
          <input
            type="checkbox"
            checked={retrieval}
            onChange={(e) => setRetrieval(e.currentTarget.checked)}
          />
          <span>Search the workspace's documents for each answer</span>
        </label>
        {retrieval && (
          <div class="build-two">
            <Field label="Only documents tagged" hint="Separate with commas; empty: every document">
              {(id) => (
                <input id={id} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
              )}
            </Field>
            <Field label="Passages per answer" hint="Empty: the profile's setting">
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={1}
                  value={topK}
                  onInput={(e) => setTopK(e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
        )}
      </fieldset>
      <ErrorNotice error={error} />
      <div class="row end">
        <button type="submit" class="button primary" disabled={busy}>
          {agent ? 'Save agent' : 'Create agent'}
        </button>
      </div>
    </form>
  )
}
