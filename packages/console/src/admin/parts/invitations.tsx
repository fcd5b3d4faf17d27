// Inviting people by email, and the invitations still waiting for an answer.
import type { Schemas } from '@chatter/sdk'
import { useState } from 'preact/hooks'
import { formatDateTime, formatRelative } from '../../format'
import { useSession } from '../../session'
import { ConfirmButton, ErrorNotice, Field, LoadMore, usePages, useToast } from '../../ui'
import { type AssignableRole, roles } from './roles'

type Invitation = Schemas['Invitation']

export function Invitations() {
  const { client, workspaceId } = useSession()
  const toast = useToast()
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<AssignableRole>('member')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const invitations = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/workspaces/{id}/invitations', {
          params: { path: { id: workspaceId }, query: { cursor, limit: 50 } },
        }),
      ),
    [client, workspaceId],
  )
  const pending = invitations.items.filter((i) => i.status === 'pending')

  const invite = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const invitation = await client.unwrap(
        client.api.POST('/v1/workspaces/{id}/invitations', {
          params: { path: { id: workspaceId } },
          body: { email: email.trim(), role },
        }),
      )
      invitations.setItems((all) => [invitation, ...all.filter((i) => i.id !== invitation.id)])
      toast(`Invited ${invitation.email} as ${role}`)
      setEmail('')
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }
  const revoke = async (invitation: Invitation) => {
    await client.unwrap(
      client.api.DELETE('/v1/workspaces/{id}/invitations/{invitationId}', {
        params: { path: { id: workspaceId, invitationId: invitation.id } },
      }),
    )
    invitations.setItems((all) =>
      all.map((i) => (i.id === invitation.id ? { ...i, status: 'revoked' as const } : i)),
    )
    toast(`Revoked the invitation of ${invitation.email}`)
  }

  return (
    <section class="admin-section" aria-labelledby="invitations-heading">
      <div class="admin-section-header">
        <h2 id="invitations-heading">Invitations</h2>
        <span class="muted small">They see the invitation when they sign in with that email.</span>
      </div>
      <form class="card admin-form-row" onSubmit={invite} aria-label="Invite someone">
        <div class="grow">
          <Field label="Email">
            {(id) => (
              <input
                id={id}
                type="email"
                required
                autoComplete="off"
                placeholder="name@example.com"
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
        <Field label="Role">
          {(id) => (
            <select
              id={id}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as AssignableRole)}
            >
              {roles.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" class="button primary" disabled={busy}>
          Send invitation
        </button>
      </form>
      <ErrorNotice error={error} />
      <ErrorNotice error={invitations.error} onRetry={invitations.reload} />
      {pending.length > 0 ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Pending invitations</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Sent</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.map((invitation) => (
                <tr key={invitation.id}>
                  <td>{invitation.email}</td>
                  <td>{roles.find((r) => r.value === invitation.role)?.label}</td>
                  <td class="admin-nowrap" title={formatDateTime(invitation.createdAt)}>
                    {formatRelative(invitation.createdAt)}
                  </td>
                  <td class="admin-nowrap">{formatDateTime(invitation.expiresAt)}</td>
                  <td>
                    <div class="admin-actions">
                      <ConfirmButton
                        label="Revoke"
                        title={`Revoke the invitation of ${invitation.email}?`}
                        message="They can no longer accept it."
                        confirmLabel="Revoke invitation"
                        onConfirm={() => revoke(invitation)}
                      />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        !invitations.loading && <p class="muted">No pending invitations.</p>
      )}
      <LoadMore
        hasMore={invitations.hasMore}
        loading={invitations.loading}
        onMore={invitations.more}
      />
    </section>
  )
}
