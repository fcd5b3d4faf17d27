import { describe, expect, it } from 'vitest'
import { inviteMember, listInvitations, revokeInvitation } from './invitations'
import { acceptInvitation, declineInvitation, listMyInvitations } from './my-invitations'
import { team } from './team-fixture'

type Team = Awaited<ReturnType<typeof team>>

const invite = async (t: Team, email: string, role: 'admin' | 'member' | 'viewer' = 'member') =>
  inviteMember(t, await t.as(t.owner), { email, role })

describe('inviteMember', () => {
  it('invites by normalised email for 7 days and records it', async () => {
    const t = await team()
    const invitation = await inviteMember(t, await t.as(t.admin), {
      email: ' New@Example.COM ',
      role: 'viewer',
    })
    expect(invitation).toMatchObject({
      email: 'new@example.com',
      role: 'viewer',
      status: 'pending',
      workspaceName: 'Team',
      invitedBy: t.admin.id,
      expiresAt: '2026-03-08T12:00:00.000Z',
    })
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'member.invited',
      target: { type: 'invitation', id: invitation.id, label: 'new@example.com' },
      details: { role: 'viewer' },
    })
  })

  it('lets only the owner invite an admin', async () => {
    const t = await team()
    await expect(
      inviteMember(t, await t.as(t.admin), { email: 'boss@example.com', role: 'admin' }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(t.invitations.byId.size).toBe(0)
    expect((await invite(t, 'boss@example.com', 'admin')).role).toBe('admin')
  })

  it('refuses members and viewers', async () => {
    const t = await team()
    for (const user of [t.member, t.viewer])
      await expect(
        inviteMember(t, await t.as(user), { email: 'x@example.com', role: 'viewer' }),
      ).rejects.toMatchObject({ code: 'auth.forbidden' })
  })

  it('refuses an existing member and a second pending invitation (409)', async () => {
    const t = await team()
    await expect(invite(t, 'VIEWER@example.com')).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/already a member/),
    })
    await invite(t, 'new@example.com')
    await expect(invite(t, 'new@EXAMPLE.com')).rejects.toMatchObject({ code: 'resource.conflict' })
    expect(t.invitations.byId.size).toBe(1)
  })
})

describe('revokeInvitation', () => {
  it('revokes once, idempotently, and 404s for another workspace', async () => {
    const t = await team()
    const { id } = await invite(t, 'new@example.com')
    const admin = await t.as(t.admin)
    expect((await revokeInvitation(t, admin, { invitationId: id })).status).toBe('revoked')
    expect((await revokeInvitation(t, admin, { invitationId: id })).status).toBe('revoked')
    expect(t.audit.events.filter((e) => e.action === 'member.invitation.revoked')).toHaveLength(1)
    await expect(
      revokeInvitation(t, await t.as(t.outsider, 'ws_other'), { invitationId: id }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    const listed = await listInvitations(t.invitations, admin, { limit: 10 })
    expect(listed.items.map((i) => i.status)).toEqual(['revoked'])
  })
})

describe("the invitee's side", () => {
  it('lists open invitations for my email and accepting makes me a member with that role', async () => {
    const t = await team()
    const { id } = await invite(t, 'outsider@example.com', 'viewer')
    const me = { userId: t.outsider.id, origin: t.origin, now: t.now }
    const mine = await listMyInvitations(t, me, { limit: 10 })
    expect(mine.items.map((i) => i.id)).toEqual([id])
    const { invitation, membership } = await acceptInvitation(t, me, { invitationId: id })
    expect(invitation.status).toBe('accepted')
    expect(membership).toMatchObject({ workspaceId: 'ws_team', role: 'viewer' })
    expect(t.audit.events.at(-1)).toMatchObject({
      workspaceId: 'ws_team',
      action: 'member.added',
      actor: { id: t.outsider.id },
      details: { role: 'viewer', invitationId: id },
    })
    expect((await listMyInvitations(t, me, { limit: 10 })).items).toEqual([])
    await expect(acceptInvitation(t, me, { invitationId: id })).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/already accepted/),
    })
  })

  it('answers 404 to anyone the invitation is not addressed to, changing nothing', async () => {
    const t = await team()
    const { id } = await invite(t, 'outsider@example.com')
    const someoneElse = { userId: t.member.id, origin: {}, now: t.now }
    await expect(acceptInvitation(t, someoneElse, { invitationId: id })).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    await expect(declineInvitation(t, someoneElse, { invitationId: id })).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    expect(t.invitations.byId.get(id)?.status).toBe('pending')
  })

  it('refuses an expired invitation with a clear conflict', async () => {
    const t = await team()
    const { id } = await invite(t, 'outsider@example.com')
    const later = { userId: t.outsider.id, origin: {}, now: new Date('2026-03-09T00:00:00Z') }
    expect((await listMyInvitations(t, later, { limit: 10 })).items).toEqual([])
    await expect(acceptInvitation(t, later, { invitationId: id })).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/expired .* ask for a new one/),
    })
    expect(await t.workspaces.getMembership('ws_team', t.outsider.id)).toBeUndefined()
  })

  it('declines, recording it, after which it cannot be accepted', async () => {
    const t = await team()
    const { id } = await invite(t, 'outsider@example.com')
    const me = { userId: t.outsider.id, origin: {}, now: t.now }
    expect((await declineInvitation(t, me, { invitationId: id })).status).toBe('declined')
    expect(t.audit.events.at(-1)?.action).toBe('member.invitation.declined')
    await expect(acceptInvitation(t, me, { invitationId: id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })
})
