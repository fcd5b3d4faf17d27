import type { Schemas } from '@chatter/sdk'
import { Cpu, Pencil, Star } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatCount, formatNumber, formatRelative } from '../../format'
import { Badge, ConfirmButton, ErrorNotice } from '../../ui'
import { providerLabel } from './profile-draft'

type Profile = Schemas['Profile']
type Prompt = Schemas['Prompt']

/** One profile: what answers, how, and with what knowledge; its actions for writers. */
export function ProfileCard(props: {
  profile: Profile
  prompts: Prompt[]
  canWrite: boolean
  onEdit: () => void
  onMakeDefault: () => Promise<void>
  onDelete: () => Promise<void>
}) {
  const { profile } = props
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const titleId = `profile-${profile.id}`
  const { retrieval } = profile

  const makeDefault = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await props.onMakeDefault()
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <li>
      <article
        class={profile.isDefault ? 'card profiles-card default' : 'card profiles-card'}
        aria-labelledby={titleId}
      >
        <div class="profiles-card-head">
          <div class="profiles-icon" aria-hidden="true">
            <Cpu size={18} />
          </div>
          <div class="grow profiles-card-title">
            <div class="row">
              <h2 id={titleId}>{profile.name}</h2>
              {profile.isDefault && (
                <Badge tone="info">
                  <Star aria-hidden="true" size={12} />
                  Default
                </Badge>
              )}
            </div>
            <p class="muted small">
              {providerLabel(profile.provider)} · <span class="mono">{profile.modelId}</span>
            </p>
          </div>
        </div>
        <dl class="profiles-facts">
          <dt>Temperature</dt>
          <dd>
            <span class="profiles-meter" aria-hidden="true">
              <span style={{ width: `${profile.temperature * 100}%` }} />
            </span>
            {profile.temperature}
            <span class="muted"> · top P {profile.topP}</span>
          </dd>
          <dt>Max tokens</dt>
          <dd>{formatNumber(profile.maxTokens)}</dd>
          <dt>Retrieval</dt>
          <dd>
            {retrieval.enabled ? (
              <>
                <Badge tone="good">On</Badge>{' '}
                <span class="muted">
                  {formatCount(retrieval.topK, 'passage')}
                  {retrieval.minScore !== undefined && `, score ≥ ${retrieval.minScore}`}
                </span>
              </>
            ) : (
              <Badge>Off</Badge>
            )}
          </dd>
          <dt>Instructions</dt>
          <dd>
            <Instructions profile={profile} prompts={props.prompts} />
          </dd>
          <dt>Fallbacks</dt>
          <dd>
            {profile.fallbackModelIds.length === 0 ? (
              <span class="muted">None</span>
            ) : (
              <span class="profiles-chips">
                {profile.fallbackModelIds.map((id) => (
                  <code key={id} class="profiles-chip">
                    {id}
                  </code>
                ))}
              </span>
            )}
          </dd>
        </dl>
        <ErrorNotice error={error} />
        <div class="row profiles-card-actions">
          <span class="muted small profiles-updated">
            Updated {formatRelative(profile.updatedAt)}
          </span>
          {props.canWrite && (
            <div class="row profiles-buttons">
              {!profile.isDefault && (
                <button
                  type="button"
                  class="button small"
                  aria-label={`Make ${profile.name} the default`}
                  disabled={busy}
                  onClick={() => void makeDefault()}
                >
                  <Star aria-hidden="true" size={14} />
                  Make default
                </button>
              )}
              <button
                type="button"
                class="button small"
                aria-label={`Edit ${profile.name}`}
                onClick={props.onEdit}
              >
                <Pencil aria-hidden="true" size={14} />
                Edit
              </button>
              <ConfirmButton
                label="Delete"
                title={`Delete ${profile.name}?`}
                message={
                  profile.isDefault
                    ? 'This is the default profile: it can be deleted only when it is the last one (then the platform’s model answers). Otherwise make another profile the default first.'
                    : `${profile.name} goes for good; chats pick the default profile instead.`
                }
                onConfirm={props.onDelete}
              />
            </div>
          )}
        </div>
      </article>
    </li>
  )
}

function Instructions(props: { profile: Profile; prompts: Prompt[] }) {
  const { profile } = props
  if (profile.systemPromptId) {
    const template = props.prompts.find((p) => p.id === profile.systemPromptId)
    return <span>Template: {template?.name ?? profile.systemPromptId}</span>
  }
  if (!profile.systemPrompt.trim()) return <span class="muted">The model’s own manner</span>
  return <span class="profiles-prompt">{profile.systemPrompt}</span>
}
