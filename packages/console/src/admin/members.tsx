import type { Schemas } from '@chatter/sdk'
import { formatDateTime, formatRelative } from '../format'
import { describeError, useSession } from '../session'
import {
  Badge,
  ConfirmButton,
  Empty,
  ErrorNotice,
  LoadMore,
  PageHeader,
  usePages,
  useToast,
} from '../ui'
import { Invitations } from './parts/invitations'
import { type AssignableRole, roles } from './parts/roles'
import './parts/admin.css'

type Member = Schemas['Member']

/** Who belongs to the workspace and with which role; invitations for new people. */
export default function MembersPage() {
  const { client, workspaceId, workspace, me } = useSession()
  const toast = useToast()
  const personal = workspaceId === me.personalWorkspaceId
  const members = usePages(
    (cursor) =>
      client.unwrap(
        client.api.GET('/v1/workspaces/{id}/members', {
          params: { path: { id: workspaceId }, query: { cursor, limit: 50 } },
        }),
      ),
    [client, workspaceId],
  )

  const changeRole = async (member: Member, role: AssignableRole) => {
    try {
      const changed = await client.unwrap(
        client.api.PATCH('/v1/workspaces/{id}/members/{userId}', {
          params: { path: { id: workspaceId, userId: member.userId } },
          body: { role },
        }),
      )
      members.setItems((all) => all.map((m) => (m.userId === member.userId ? changed : m)))
      toast(`${member.name ?? member.email} is now ${role === 'admin' ? 'an' : 'a'} ${role}`)
    } catch (error) {
      // The select shows the role the API still holds.
      members.setItems((all) => [...all])
      toast(`Could not change the role: ${describeError(error)}`, 'bad')
    }
  }
  const remove = async (member: Member) => {
    await client.unwrap(
      client.api.DELETE('/v1/workspaces/{id}/members/{userId}', {
        params: { path: { id: workspaceId, userId: member.userId } },
      }),
    )
    members.setItems((all) => all.filter((m) => m.userId !== member.userId))
    toast(`Removed ${member.name ?? member.email} from ${workspace?.name ?? 'the workspace'}`)
  }

  return (
    <div class="admin-page">
      <PageHeader
        title="Members"
        description={`People in ${workspace?.name ?? 'this workspace'} and what they may do.`}
      />
      <div class="stack admin-gap">
        {personal && (
          <p class="notice notice-info">
            This is your personal workspace. To work with a team, create a team workspace with the
            workspace switcher (“New workspace…”) and invite people there, so shared work stays
            apart from your own.
          </p>
        )}
        <section class="admin-section" aria-labelledby="members-heading">
          <div class="admin-section-header">
            <h2 id="members-heading">Members</h2>
          </div>
          <ErrorNotice error={members.error} onRetry={members.reload} />
          {!members.loading && !members.error && members.items.length === 0 && (
            <Empty title="No members">Invite someone below.</Empty>
          )}
          {members.items.length > 0 && (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Members</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Role</th>
                    <th scope="col">Joined</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {members.items.map((member) => {
                    const who = member.name ?? member.email
                    const self = member.userId === me.user.id
                    return (
                      <tr key={member.userId}>
                        <td>
                          <span class="admin-who">
                            <span>
                              {who} {self && <Badge>you</Badge>}
                            </span>
                            {member.name && <span class="muted small">{member.email}</span>}
                          </span>
                        </td>
                        <td>
                          {member.role === 'owner' ? (
                            <Badge tone="info">Owner</Badge>
                          ) : (
                            <select
                              aria-label={`Role of ${who}`}
                              value={member.role}
                              onChange={(e) =>
                                void changeRole(member, e.currentTarget.value as AssignableRole)
                              }
                            >
                              {roles.map((r) => (
                                <option key={r.value} value={r.value}>
                                  {r.label}
                                </option>
                              ))}
                            </select>
                          )}
                        </td>
                        <td class="admin-nowrap" title={formatDateTime(member.joinedAt)}>
                          {formatRelative(member.joinedAt)}
                        </td>
                        <td>
                          <div class="admin-actions">
                            {member.role !== 'owner' && (
                              <ConfirmButton
                                label={self ? 'Leave' : 'Remove'}
                                title={self ? 'Leave this workspace?' : `Remove ${who}?`}
                                message={
                                  self
                                    ? 'You lose access to its conversations and documents.'
                                    : `${who} loses access to this workspace at once.`
                                }
                                onConfirm={() => remove(member)}
                              />
                            )}
                          </div>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          <LoadMore hasMore={members.hasMore} loading={members.loading} onMore={members.more} />
        </section>
        <Invitations />
      </div>
    </div>
  )
}
