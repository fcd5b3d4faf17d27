import type { Schemas } from '@chatter/sdk'
import { Copy, Pencil, Plus } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatCount, formatNumber, formatRelative } from '../format'
import { useSession } from '../session'
import {
  ConfirmButton,
  Empty,
  ErrorNotice,
  LoadMore,
  Modal,
  PageHeader,
  Spinner,
  usePages,
  useToast,
} from '../ui'
import { PromptForm } from './build/prompt-form'
import { PromptTry } from './build/prompt-try'
import { PromptVersions } from './build/prompt-versions'
import './build/build.css'

type Prompt = Schemas['Prompt']
type Editing = { mode: 'new' } | { mode: 'edit'; prompt: Prompt }

/** The workspace's prompt templates: write, try, version, roll back, clone and delete them. */
export default function PromptsPage() {
  const { client, canWrite } = useSession()
  const toast = useToast()
  const list = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/prompts', {
          params: { query: { limit: 25, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [client],
  )
  const [editing, setEditing] = useState<Editing>()
  const [openId, setOpenId] = useState<string>()
  const [error, setError] = useState<unknown>()
  const open = list.items.find((p) => p.id === openId)

  const replace = (prompt: Prompt) =>
    list.setItems((all) => {
      const known = all.some((p) => p.id === prompt.id)
      return known ? all.map((p) => (p.id === prompt.id ? prompt : p)) : [prompt, ...all]
    })

  const saved = (prompt: Prompt) => {
    const created = editing?.mode === 'new'
    replace(prompt)
    setEditing(undefined)
    toast(
      created
        ? `Created prompt ${prompt.name}`
        : `Saved ${prompt.name} as version ${prompt.version}`,
    )
  }

  const clone = async (prompt: Prompt) => {
    setError(undefined)
    try {
      const copy = await client.unwrap(
        client.api.POST('/v1/prompts/{id}/clone', {
          params: { path: { id: prompt.id } },
          body: {},
        }),
      )
      replace(copy)
      toast(`Cloned ${prompt.name} as ${copy.name}`)
    } catch (caught) {
      setError(caught)
    }
  }

  const remove = async (prompt: Prompt) => {
    const { deleted } = await client.unwrap(
      client.api.DELETE('/v1/prompts/{id}', { params: { path: { id: prompt.id } } }),
    )
    list.setItems((all) => all.filter((p) => p.id !== prompt.id))
    const versions = formatCount(deleted.versions, 'version')
    toast(`Deleted prompt ${prompt.name} (${versions})`)
  }

  return (
    <div class="stack build-page">
      <PageHeader
        title="Prompts"
        description="Reusable templates with {{variables}}. Every edit saves a new version you can roll back to."
        actions={
          canWrite && (
            <button
              type="button"
              class="button primary"
              onClick={() => setEditing({ mode: 'new' })}
            >
              <Plus aria-hidden="true" size={16} />
              New prompt
            </button>
          )
        }
      />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <ErrorNotice error={error} />
      {list.items.length === 0 && list.loading && <Spinner label="Loading prompts" />}
      {list.items.length === 0 && !list.loading && !list.error && (
        <Empty title="No prompts yet">
          <p>Write a template once and reuse it in agents, profiles and the API.</p>
        </Empty>
      )}
      {list.items.length > 0 && (
        <div class="table-wrap">
          <table class="build-table">
            <thead>
              <tr>
                <th scope="col">Prompt</th>
                <th scope="col">Version</th>
                <th scope="col">Variables</th>
                <th scope="col" class="num">
                  Uses
                </th>
                <th scope="col">Updated</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((prompt) => (
                <tr key={prompt.id}>
                  <td class="build-name-cell">
                    <button
                      type="button"
                      class="link-button build-name"
                      onClick={() => setOpenId(prompt.id)}
                    >
                      {prompt.name}
                    </button>
                    {prompt.description && <div class="muted small">{prompt.description}</div>}
                    {prompt.category && <div class="build-category small">{prompt.category}</div>}
                  </td>
                  <td>v{prompt.version}</td>
                  <td>
                    <div class="build-chips">
                      {prompt.variables.length === 0 && <span class="muted">None</span>}
                      {prompt.variables.map((v) => (
                        <code key={v.name} class="build-chip">
                          {v.name}
                        </code>
                      ))}
                    </div>
                  </td>
                  <td class="num">{formatNumber(prompt.uses)}</td>
                  <td class="muted">{formatRelative(prompt.updatedAt)}</td>
                  <td>
                    <div class="row end build-actions">
                      <button
                        type="button"
                        class="button small"
                        aria-label={`Try ${prompt.name}`}
                        onClick={() => setOpenId(prompt.id)}
                      >
                        Try
                      </button>
                      {canWrite && (
                        <>
                          <button
                            type="button"
                            class="button small"
                            aria-label={`Edit ${prompt.name}`}
                            onClick={() => setEditing({ mode: 'edit', prompt })}
                          >
                            <Pencil aria-hidden="true" size={14} />
                            Edit
                          </button>
                          <button
                            type="button"
                            class="button small"
                            aria-label={`Clone ${prompt.name}`}
                            onClick={() => void clone(prompt)}
                          >
                            <Copy aria-hidden="true" size={14} />
                            Clone
                          </button>
                          <ConfirmButton
                            label="Delete"
                            title={`Delete ${prompt.name}?`}
                            message={`The prompt and all ${prompt.version} of its versions go for good; agents that use it fall back to their own instructions.`}
                            onConfirm={() => remove(prompt)}
                          />
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.items.length > 0 && (
        <LoadMore hasMore={list.hasMore} loading={list.loading} onMore={list.more} />
      )}
      <Modal
        title={editing?.mode === 'edit' ? `Edit ${editing.prompt.name}` : 'New prompt'}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        wide
      >
        {editing && (
          <PromptForm
            key={editing.mode === 'edit' ? editing.prompt.id : 'new'}
            prompt={editing.mode === 'edit' ? editing.prompt : undefined}
            onSaved={saved}
          />
        )}
      </Modal>
      <Modal
        title={open?.name ?? 'Prompt'}
        open={open !== undefined}
        onClose={() => setOpenId(undefined)}
        wide
      >
        {open && (
          <div class="build-detail">
            <section class="stack" aria-labelledby="prompt-template-title">
              <h3 id="prompt-template-title">Template</h3>
              <pre class="build-version-template">{open.template}</pre>
            </section>
            <PromptTry key={`${open.id}-${open.version}`} prompt={open} />
            <PromptVersions prompt={open} canWrite={canWrite} onChanged={replace} />
          </div>
        )}
      </Modal>
    </div>
  )
}
