import { describe, expect, it } from 'vitest'
import { changeMemberRole, listMembers, removeMember } from './members'
import { team } from './team-fixture'

const roleOf = async (t: Awaited<ReturnType<typeof team>>, userId: string) =>
  (await t.workspaces.getMembership(t.workspace.id, userId))?.role

describe('listMembers', () => {
  it('shows every member to a viewer, and only this workspace', async () => {
    const t = await team()
    const page = await listMembers(t.workspaces, await t.as(t.viewer), { limit: 10 })
    expect(page.items.map((m) => m.role).sort()).toEqual(['admin', 'member', 'owner', 'viewer'])
  })
})

describe('changeMemberRole', () => {
  it('lets an admin move people between member and viewer, recording from and to', async () => {
    const t = await team()
    const changed = await changeMemberRole(t, await t.as(t.admin), {
      userId: t.member.id,
      role: 'viewer',
    })
    expect(changed.role).toBe('viewer')
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'member.role.changed',
      actor: { id: t.admin.id, label: 'admin@example.com' },
      target: { type: 'user', id: t.member.id, label: 'member@example.com' },
      details: { from: 'member', to: 'viewer' },
    })
  })

  it('keeps making and unmaking admins to the owner', async () => {
    const t = await team()
    const admin = await t.as(t.admin)
    for (const change of [
      { userId: t.member.id, role: 'admin' as const },
      { userId: t.admin.id, role: 'member' as const },
    ])
      await expect(changeMemberRole(t, admin, change)).rejects.toMatchObject({
        code: 'auth.forbidden',
        message: expect.stringMatching(/Only the workspace owner/),
      })
    expect(await roleOf(t, t.member.id)).toBe('member')
    expect(await roleOf(t, t.admin.id)).toBe('admin')
    const owner = await t.as(t.owner)
    await changeMemberRole(t, owner, { userId: t.member.id, role: 'admin' })
    await changeMemberRole(t, owner, { userId: t.admin.id, role: 'viewer' })
    expect(await roleOf(t, t.member.id)).toBe('admin')
    expect(await roleOf(t, t.admin.id)).toBe('viewer')
  })

  it("never changes the owner's role, not even by the owner", async () => {
    const t = await team()
    for (const acting of [await t.as(t.owner), await t.as(t.admin)])
      await expect(
        changeMemberRole(t, acting, { userId: t.owner.id, role: 'member' }),
      ).rejects.toMatchObject({ code: 'resource.conflict' })
    expect(await roleOf(t, t.owner.id)).toBe('owner')
  })

  it('refuses members and viewers, and answers 404 for a non-member', async () => {
    const t = await team()
    await expect(
      changeMemberRole(t, await t.as(t.member), { userId: t.viewer.id, role: 'member' }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      changeMemberRole(t, await t.as(t.owner), { userId: t.outsider.id, role: 'member' }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })

  it('records nothing when the role does not change', async () => {
    const t = await team()
    const before = t.audit.events.length
    await changeMemberRole(t, await t.as(t.owner), { userId: t.viewer.id, role: 'viewer' })
    expect(t.audit.events.length).toBe(before)
  })
})

describe('removeMember', () => {
  it('lets any member but the owner leave', async () => {
    const t = await team()
    await removeMember(t, await t.as(t.viewer), { userId: t.viewer.id })
    expect(await roleOf(t, t.viewer.id)).toBeUndefined()
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'member.removed',
      actor: { id: t.viewer.id, label: 'viewer@example.com' },
      details: { left: true, role: 'viewer' },
    })
    await expect(
      removeMember(t, await t.as(t.owner), { userId: t.owner.id }),
    ).rejects.toMatchObject({ code: 'resource.conflict', message: expect.stringMatching(/delete/) })
  })

  it('lets an admin remove members but not admins or the owner', async () => {
    const t = await team()
    const admin = await t.as(t.admin)
    await removeMember(t, admin, { userId: t.member.id })
    expect(await roleOf(t, t.member.id)).toBeUndefined()
    await t.workspaces.setRole(t.workspace.id, t.viewer.id, 'admin')
    await expect(removeMember(t, admin, { userId: t.viewer.id })).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    await expect(removeMember(t, admin, { userId: t.owner.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    expect(await roleOf(t, t.owner.id)).toBe('owner')
    await removeMember(t, await t.as(t.owner), { userId: t.viewer.id })
    expect(await roleOf(t, t.viewer.id)).toBeUndefined()
  })

  it('refuses a member removing someone else; a stranger is a 404', async () => {
    const t = await team()
    await expect(
      removeMember(t, await t.as(t.member), { userId: t.viewer.id }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      removeMember(t, await t.as(t.owner), { userId: t.outsider.id }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    expect(await roleOf(t, t.viewer.id)).toBe('viewer')
    expect(await t.workspaces.getMembership('ws_other', t.outsider.id)).toBeDefined()
  })

  it('does not let an API key "leave" for its creator without manageMembers', async () => {
    const t = await team()
    await expect(
      removeMember(t, await t.asKey(t.member, ['write']), { userId: t.member.id }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await roleOf(t, t.member.id)).toBe('member')
  })
})
