import type { Schemas } from '@chatter/sdk'
import { Building2 } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { formatCount } from '../../format'
import { useSession } from '../../session'
import { Badge, ConfirmButton, ErrorNotice, useToast } from '../../ui'
import { CardHeader, fieldErrorsOf, formatDate, SettingsField } from './form'

type Deletion = Schemas['WorkspaceDeletion']

const roleNames = { owner: 'Owner', admin: 'Admin', member: 'Member', viewer: 'Viewer' } as const

/** "members, invitations, API keys and documents" as far as there were any. */
function removedOf(deletion: Deletion): string {
  const parts = [
    formatCount(deletion.members, 'membership'),
    formatCount(deletion.invitations, 'invitation'),
    formatCount(deletion.apiKeys, 'API key'),
    ...(deletion.documents === undefined ? [] : [formatCount(deletion.documents, 'document')]),
  ]
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** The current workspace: its name and your role; renaming, leaving and deleting it. */
export function WorkspaceCard() {
  const session = useSession()
  const { workspace, workspaceId, me } = session
  const personal = workspaceId === me.personalWorkspaceId
  const role = workspace?.role ?? 'owner'
  const owner = role === 'owner'
  const name = workspace?.name ?? 'This workspace'

  // Back to the personal workspace once this one is gone from the list.
  const backHome = async () => {
    await session.reloadMe()
    session.switchWorkspace(me.personalWorkspaceId)
  }
  const toast = useToast()
  const leave = async () => {
    await session.client.unwrap(
      session.client.api.DELETE('/v1/workspaces/{id}/members/{userId}', {
        params: { path: { id: workspaceId, userId: me.user.id } },
      }),
    )
    await backHome()
    toast(`You left ${name}`)
  }
  const remove = async () => {
    const deletion = await session.client.unwrap(
      session.client.api.DELETE('/v1/workspaces/{id}', { params: { path: { id: workspaceId } } }),
    )
    await backHome()
    toast(`Deleted ${name} with its ${removedOf(deletion)}`)
  }

  return (
    <section class="card settings-card" aria-labelledby="settings-workspace">
      <CardHeader id="settings-workspace" title="This workspace" icon={<Building2 size={18} />}>
        Settings of the workspace chosen in the sidebar.
      </CardHeader>
      <dl class="settings-facts settings-facts-row">
        <div>
          <dt>Name</dt>
          <dd>
            {name} {personal && <Badge tone="info">Personal</Badge>}
          </dd>
        </div>
        <div>
          <dt>Your role</dt>
          <dd>
            <Badge tone={owner ? 'good' : 'neutral'}>{roleNames[role]}</Badge>
          </dd>
        </div>
        {workspace && (
          <div>
            <dt>Joined</dt>
            <dd>{formatDate(workspace.joinedAt)}</dd>
          </div>
        )}
      </dl>
      {owner ? (
        <RenameForm key={workspaceId} current={name} />
      ) : (
        <p class="hint">Only the owner of {name} can rename it.</p>
      )}
      <section class="settings-subsection settings-danger" aria-labelledby="settings-danger">
        <h3 id="settings-danger">Leave or delete</h3>
        {personal ? (
          <p class="hint">
            This is your personal workspace: it belongs to your account for as long as the account
            exists, so it cannot be left or deleted. Team workspaces can be.
          </p>
        ) : owner ? (
          <div class="settings-danger-row">
            <p class="hint">
              Deleting {name} removes its members, invitations and API keys for everyone. As its
              owner you cannot leave it; delete it instead.
            </p>
            <ConfirmButton
              label="Delete workspace"
              title={`Delete ${name}?`}
              message={`Everyone loses access to ${name} at once: its memberships, invitations and API keys are deleted with it. This cannot be undone.`}
              onConfirm={remove}
            />
          </div>
        ) : (
          <div class="settings-danger-row">
            <p class="hint">
              You lose access to the conversations and documents of {name}; an owner or admin can
              invite you again.
            </p>
            <ConfirmButton
              label="Leave workspace"
              title={`Leave ${name}?`}
              message={`You lose access to ${name} at once, and the API keys you created there stop working.`}
              onConfirm={leave}
            />
          </div>
        )}
      </section>
    </section>
  )
}

function RenameForm({ current }: { current: string }) {
  const { client, workspaceId, reloadMe } = useSession()
  const toast = useToast()
  const [name, setName] = useState(current)
  const [error, setError] = useState<unknown>()
  const [fieldError, setFieldError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (event: Event) => {
    event.preventDefault()
    setError(undefined)
    setFieldError(undefined)
    setBusy(true)
    try {
      const renamed = await client.unwrap(
        client.api.PATCH('/v1/workspaces/{id}', {
          params: { path: { id: workspaceId } },
          body: { name: name.trim() },
        }),
      )
      await reloadMe()
      setName(renamed.name)
      toast(`Renamed the workspace to ${renamed.name}`)
    } catch (caught) {
      const fields = fieldErrorsOf(caught)
      if (fields?.name) setFieldError(fields.name)
      else setError(caught)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="settings-inline-form" onSubmit={submit}>
      <SettingsField label="Workspace name" error={fieldError}>
        {(control) => (
          <input
            {...control}
            required
            maxLength={100}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </SettingsField>
      <button
        type="submit"
        class="button"
        disabled={busy || name.trim() === current || name.trim() === ''}
      >
        {busy ? 'Renaming…' : 'Rename'}
      </button>
      <ErrorNotice error={error} />
    </form>
  )
}
