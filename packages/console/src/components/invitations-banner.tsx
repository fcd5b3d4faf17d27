// Invitations to other workspaces, waiting for the signed-in person's answer: shown above every
// page until accepted (then that workspace opens) or declined.
import type { Schemas } from '@chatter/sdk'
import { MailOpen } from 'lucide-preact'
import { useState } from 'preact/hooks'
import { describeError, useSession } from '../session'
import { useAsync, useToast } from '../ui'

type Invitation = Schemas['Invitation']

export function InvitationsBanner() {
  const session = useSession()
  const toast = useToast()
  const [busy, setBusy] = useState<string>()
  const { data, setData } = useAsync(
    async () =>
      (await session.client.unwrap(session.client.api.GET('/v1/invitations'))).items.filter(
        (invitation) => invitation.status === 'pending',
      ),
    [session.client],
  )
  if (!data?.length) return null

  const answer = async (invitation: Invitation, accept: boolean) => {
    setBusy(invitation.id)
    const params = { params: { path: { id: invitation.id } } }
    try {
      if (accept) {
        const { workspace } = await session.client.unwrap(
          session.client.api.POST('/v1/invitations/{id}/accept', params),
        )
        await session.reloadMe()
        session.switchWorkspace(workspace.id)
        toast(`Joined ${workspace.name} as ${workspace.role}`)
      } else {
        await session.client.unwrap(session.client.api.POST('/v1/invitations/{id}/decline', params))
        toast(`Declined the invitation to ${invitation.workspaceName}`)
      }
      setData((all) => all?.filter((other) => other.id !== invitation.id))
    } catch (error) {
      toast(describeError(error), 'bad')
    } finally {
      setBusy(undefined)
    }
  }

  return (
    <section class="invitations" aria-label="Invitations">
      {data.map((invitation) => (
        <div key={invitation.id} class="notice notice-info invitation">
          <span class="row">
            <MailOpen aria-hidden="true" size={18} />
            <span>
              You are invited to <strong>{invitation.workspaceName}</strong> as {invitation.role}.
            </span>
          </span>
          <span class="row">
            <button
              type="button"
              class="button small primary"
              disabled={busy === invitation.id}
              onClick={() => answer(invitation, true)}
            >
              Accept
            </button>
            <button
              type="button"
              class="button small"
              disabled={busy === invitation.id}
              onClick={() => answer(invitation, false)}
            >
              Decline
            </button>
          </span>
        </div>
      ))}
    </section>
  )
}
