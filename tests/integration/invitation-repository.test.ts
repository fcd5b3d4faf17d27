import { randomUUID } from 'node:crypto'
import { DynamoInvitationRepository, DynamoWorkspaceRepository } from '@chatter/aws'
import type { Invitation } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, tickingClock, walkPages } from '../support/dynamodb'

const day = 86_400_000
const start = Date.parse('2025-01-01T00:00:00.000Z')

async function setup() {
  const { table } = await freshTable()
  const clock = tickingClock(start)
  const workspaces = new DynamoWorkspaceRepository(table, clock)
  const invitations = new DynamoInvitationRepository(table, clock)
  const workspace = await workspaces.create({
    id: `ws_${randomUUID()}`,
    name: 'Research',
    personal: false,
    owner: { userId: 'owner', email: 'owner@example.com' },
  })
  const invite = (email: string, overrides: Partial<Invitation> = {}) =>
    invitations.create({
      id: `inv_${randomUUID()}`,
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      email,
      role: 'member',
      invitedBy: 'owner',
      expiresAt: new Date(start + 7 * day).toISOString(),
      ...overrides,
    })
  return { clock, workspaces, invitations, workspace, invite }
}

describe('DynamoInvitationRepository', () => {
  it('creates pending invitations, found by id, by workspace and by email, newest first', async () => {
    const { invitations, workspaces, workspace, invite } = await setup()
    const created: Invitation[] = []
    for (const name of ['a', 'b', 'c', 'd', 'e']) created.push(await invite(`${name}@example.com`))
    const first = created[0] as Invitation
    expect(first).toMatchObject({ status: 'pending', email: 'a@example.com' })
    await expect(invitations.get(first.id)).resolves.toEqual(first)
    await expect(invitations.get('inv_missing')).resolves.toBeUndefined()

    const pages = await walkPages((page) => invitations.listForWorkspace(workspace.id, page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((page) => page.items)).toEqual([...created].reverse())

    const other = await workspaces.create({
      id: `ws_${randomUUID()}`,
      name: 'Other',
      personal: false,
      owner: { userId: 'owner2', email: 'owner2@example.com' },
    })
    const elsewhere = await invitations.create({
      ...first,
      id: `inv_${randomUUID()}`,
      workspaceId: other.id,
      workspaceName: 'Other',
      email: ' A@EXAMPLE.com',
    })
    expect(elsewhere.email).toBe('a@example.com')
    const forA = await invitations.listForEmail('A@example.com', { limit: 10 })
    expect(forA).toEqual({ items: [elsewhere, first], nextCursor: null })
    const otherList = await invitations.listForWorkspace(other.id, { limit: 10 })
    expect(otherList.items).toEqual([elsewhere])
  })

  it('refuses a second pending invitation for the same email, whatever its casing', async () => {
    const { invitations, workspace, invite } = await setup()
    const first = await invite('dup@example.com')
    await expect(invite('DUP@example.com')).rejects.toMatchObject({ code: 'resource.conflict' })
    const { items } = await invitations.listForWorkspace(workspace.id, { limit: 10 })
    expect(items).toEqual([first])
  })

  it('lets exactly one of several concurrent duplicate invitations through', async () => {
    const { invitations, workspace, invite } = await setup()
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () => invite('race@example.com')),
    )
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1)
    const reasons = attempts.flatMap((a) => (a.status === 'rejected' ? [a.reason] : []))
    expect(reasons.map((reason) => reason.code)).toEqual(Array(4).fill('resource.conflict'))
    const { items } = await invitations.listForWorkspace(workspace.id, { limit: 10 })
    expect(items).toHaveLength(1)
  })

  it('allows a new invitation once the pending one is closed or expired', async () => {
    const { clock, invitations, invite } = await setup()
    const declined = await invite('again@example.com')
    await expect(invitations.close(declined.id, 'declined')).resolves.toMatchObject({
      status: 'declined',
    })
    const expiring = await invite('again@example.com')
    clock.jump(8 * day)
    const fresh = await invite('again@example.com', {
      expiresAt: new Date(start + 30 * day).toISOString(),
    })
    // The expired one can still be revoked, without releasing the newer invitation's claim.
    await expect(invitations.close(expiring.id, 'revoked')).resolves.toMatchObject({
      status: 'revoked',
    })
    await expect(invite('again@example.com')).rejects.toMatchObject({ code: 'resource.conflict' })
    await expect(invitations.get(fresh.id)).resolves.toMatchObject({ status: 'pending' })
  })

  it('accepts: the invitation is accepted and the membership exists, with the current name', async () => {
    const { invitations, workspaces, workspace, invite } = await setup()
    const invitation = await invite('new@example.com', { role: 'admin' })
    await workspaces.rename(workspace.id, 'Renamed')
    const accepted = await invitations.accept(invitation.id, {
      userId: 'u-new',
      email: 'New@Example.com',
      userName: 'Newt',
    })
    expect(accepted).toEqual({ ...invitation, status: 'accepted' })
    await expect(invitations.get(invitation.id)).resolves.toEqual(accepted)
    await expect(workspaces.getMembership(workspace.id, 'u-new')).resolves.toMatchObject({
      role: 'admin',
      workspaceName: 'Renamed',
      email: 'new@example.com',
      userName: 'Newt',
    })
    // Accepted once only, and the email may be invited again (the claim was released).
    await expect(
      invitations.accept(invitation.id, { userId: 'u-other', email: 'new@example.com' }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    await expect(workspaces.getMembership(workspace.id, 'u-other')).resolves.toBeUndefined()
    await expect(invite('new@example.com')).resolves.toMatchObject({ status: 'pending' })
  })

  it('leaves the invitation pending and the membership untouched when the user is a member', async () => {
    const { invitations, workspaces, workspace, invite } = await setup()
    const invitation = await invite('owner@example.com', { role: 'viewer' })
    await expect(
      invitations.accept(invitation.id, { userId: 'owner', email: 'owner@example.com' }),
    ).rejects.toMatchObject({ code: 'resource.conflict', message: expect.stringMatching(/member/) })
    await expect(invitations.get(invitation.id)).resolves.toEqual(invitation)
    await expect(workspaces.getMembership(workspace.id, 'owner')).resolves.toMatchObject({
      role: 'owner',
    })
    // Still pending for real: its claim still refuses a duplicate.
    await expect(invite('owner@example.com')).rejects.toMatchObject({ code: 'resource.conflict' })
  })

  it('refuses to accept an expired, closed or unknown invitation, adding no member', async () => {
    const { clock, invitations, workspaces, workspace, invite } = await setup()
    const expired = await invite('late@example.com')
    const revoked = await invite('gone@example.com')
    await invitations.close(revoked.id, 'revoked')
    await expect(invitations.close(revoked.id, 'declined')).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    clock.jump(8 * day)
    for (const id of [expired.id, revoked.id]) {
      await expect(
        invitations.accept(id, { userId: 'u-late', email: 'late@example.com' }),
      ).rejects.toMatchObject({ code: 'resource.conflict' })
    }
    await expect(workspaces.getMembership(workspace.id, 'u-late')).resolves.toBeUndefined()
    await expect(invitations.get(expired.id)).resolves.toMatchObject({ status: 'pending' })
    await expect(
      invitations.accept('inv_missing', { userId: 'u', email: 'u@example.com' }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(invitations.close('inv_missing', 'revoked')).rejects.toMatchObject({
      code: 'resource.notFound',
    })
  })
})
