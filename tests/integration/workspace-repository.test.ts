import { randomUUID } from 'node:crypto'
import {
  DynamoApiKeyRepository,
  DynamoInvitationRepository,
  DynamoWorkspaceRepository,
} from '@chatter/aws'
import { DomainError, type NewWorkspace } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

const newWorkspace = (overrides: Partial<NewWorkspace> = {}): NewWorkspace => ({
  id: `ws_${randomUUID()}`,
  name: 'Research',
  personal: false,
  owner: { userId: `usr_${randomUUID()}`, email: 'Owner@Example.com', name: 'Olive' },
  ...overrides,
})

const member = (workspaceId: string, userId: string, workspaceName = 'Research') => ({
  workspaceId,
  userId,
  role: 'member' as const,
  workspaceName,
  email: `${userId}@example.com`,
})

describe('DynamoWorkspaceRepository', () => {
  it('creates the workspace and its owner membership together', async () => {
    const workspaces = new DynamoWorkspaceRepository((await freshTable()).table)
    const input = newWorkspace()
    const workspace = await workspaces.create(input)
    expect(workspace).toMatchObject({ id: input.id, name: 'Research', personal: false })
    expect(workspace.ownerId).toBe(input.owner.userId)
    await expect(workspaces.get(input.id)).resolves.toEqual(workspace)
    await expect(workspaces.getMembership(input.id, input.owner.userId)).resolves.toEqual({
      workspaceId: input.id,
      userId: input.owner.userId,
      role: 'owner',
      workspaceName: 'Research',
      email: 'owner@example.com',
      userName: 'Olive',
      joinedAt: workspace.createdAt,
    })
    await expect(workspaces.get('ws_missing')).resolves.toBeUndefined()
  })

  it('refuses a second workspace with the same id and writes no membership for it', async () => {
    const workspaces = new DynamoWorkspaceRepository((await freshTable()).table)
    const first = await workspaces.create(newWorkspace())
    const intruder = `usr_${randomUUID()}`
    const error = await workspaces
      .create(newWorkspace({ id: first.id, owner: { userId: intruder, email: 'i@example.com' } }))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code: 'resource.conflict' })
    await expect(workspaces.getMembership(first.id, intruder)).resolves.toBeUndefined()
    await expect(workspaces.get(first.id)).resolves.toEqual(first)
  })

  it('lists members of one workspace only, and a user memberships across workspaces', async () => {
    const workspaces = new DynamoWorkspaceRepository((await freshTable()).table, tickingClock())
    const a = await workspaces.create(newWorkspace({ name: 'A' }))
    const b = await workspaces.create(newWorkspace({ name: 'B' }))
    for (const userId of ['u1', 'u2', 'u3', 'u4'])
      await workspaces.addMember(member(a.id, userId, 'A'))
    await workspaces.addMember(member(b.id, 'u1', 'B'))
    await workspaces.addMember(member(b.id, 'outsider', 'B'))

    const pages = await walkPages((page) => workspaces.listMembers(a.id, page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    const listed = pages.flatMap((page) => page.items)
    expect(listed.every((m) => m.workspaceId === a.id)).toBe(true)
    expect(listed.map((m) => m.userId).sort()).toEqual([a.ownerId, 'u1', 'u2', 'u3', 'u4'].sort())

    const mine = await walkPages((page) => workspaces.listMembershipsOf('u1', page), 1)
    expect(mine.flatMap((page) => page.items).map((m) => [m.workspaceId, m.workspaceName])).toEqual(
      [
        [a.id, 'A'],
        [b.id, 'B'],
      ],
    )
    // A cursor from one workspace's member list cannot page through another's.
    const [firstPage] = pages
    await expect(
      workspaces.listMembers(b.id, { limit: 2, cursor: firstPage?.nextCursor ?? '' }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
  })

  it('adds, re-roles and removes members', async () => {
    const workspaces = new DynamoWorkspaceRepository((await freshTable()).table)
    const ws = await workspaces.create(newWorkspace())
    const added = await workspaces.addMember({ ...member(ws.id, 'u1'), email: ' U1@Example.com ' })
    expect(added.email).toBe('u1@example.com')
    await expect(workspaces.addMember(member(ws.id, 'u1'))).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(workspaces.setRole(ws.id, 'u1', 'admin')).resolves.toEqual({
      ...added,
      role: 'admin',
    })
    await expect(workspaces.getMembership(ws.id, 'u1')).resolves.toMatchObject({ role: 'admin' })
    await expect(workspaces.setRole(ws.id, 'nobody', 'admin')).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    await expect(workspaces.getMembership(ws.id, 'nobody')).resolves.toBeUndefined()
    await expect(workspaces.removeMember(ws.id, 'u1')).resolves.toBe(true)
    await expect(workspaces.removeMember(ws.id, 'u1')).resolves.toBe(false)
    await expect(workspaces.getMembership(ws.id, 'u1')).resolves.toBeUndefined()
  })

  it('renames the workspace and the name its memberships carry', async () => {
    const workspaces = new DynamoWorkspaceRepository((await freshTable()).table, tickingClock())
    const ws = await workspaces.create(newWorkspace({ name: 'Old' }))
    await workspaces.addMember(member(ws.id, 'u1', 'Old'))
    const renamed = await workspaces.rename(ws.id, 'New')
    expect(renamed).toMatchObject({ id: ws.id, name: 'New', createdAt: ws.createdAt })
    expect(renamed.updatedAt > ws.updatedAt).toBe(true)
    await expect(workspaces.get(ws.id)).resolves.toEqual(renamed)
    const { items } = await workspaces.listMembers(ws.id, { limit: 10 })
    expect(items.map((m) => m.workspaceName)).toEqual(['New', 'New'])
    const mine = await workspaces.listMembershipsOf('u1', { limit: 10 })
    expect(mine.items.map((m) => m.workspaceName)).toEqual(['New'])
    await expect(workspaces.rename('ws_missing', 'X')).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    await expect(workspaces.get('ws_missing')).resolves.toBeUndefined()
  })

  it('lists every workspace newest first, two per page', async () => {
    const workspaces = new DynamoWorkspaceRepository((await freshTable()).table, tickingClock())
    const created = []
    for (const name of ['1', '2', '3', '4', '5']) {
      created.push(await workspaces.create(newWorkspace({ name })))
    }
    const pages = await walkPages((page) => workspaces.list(page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((page) => page.items)).toEqual(created.reverse())
  })

  it('deletes a workspace with its members, invitations and keys, and nothing else', async () => {
    const { table, document, tableName } = await freshTable()
    const workspaces = new DynamoWorkspaceRepository(table)
    const invitations = new DynamoInvitationRepository(table)
    const apiKeys = new DynamoApiKeyRepository(table)
    const doomed = await workspaces.create(newWorkspace())
    const kept = await workspaces.create(
      newWorkspace({ owner: { userId: 'u1', email: 'u1@x.io' } }),
    )
    for (const userId of ['u1', 'u2']) await workspaces.addMember(member(doomed.id, userId))
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString()
    const invite = (workspaceId: string, email: string) =>
      invitations.create({
        id: `inv_${randomUUID()}`,
        workspaceId,
        workspaceName: 'Research',
        email,
        role: 'member',
        invitedBy: 'u1',
        expiresAt,
      })
    const pending = await invite(doomed.id, 'p@example.com')
    const declined = await invite(doomed.id, 'd@example.com')
    await invitations.close(declined.id, 'declined')
    const keptInvitation = await invite(kept.id, 'p@example.com')
    const key = (workspaceId: string) =>
      apiKeys.create({
        id: `key_${randomUUID()}`,
        workspaceId,
        name: 'ci',
        prefix: 'ck_1',
        hash: randomUUID(),
        scopes: ['read'],
        createdBy: 'u1',
      })
    const doomedKeys = [await key(doomed.id), await key(doomed.id), await key(doomed.id)]
    const keptKey = await key(kept.id)

    await expect(workspaces.delete(doomed.id)).resolves.toEqual({
      workspaceId: doomed.id,
      members: 3,
      invitations: 2,
      apiKeys: 3,
    })

    await expect(workspaces.get(doomed.id)).resolves.toBeUndefined()
    await expect(workspaces.listMembers(doomed.id, { limit: 10 })).resolves.toEqual({
      items: [],
      nextCursor: null,
    })
    await expect(invitations.get(pending.id)).resolves.toBeUndefined()
    await expect(invitations.listForWorkspace(doomed.id, { limit: 10 })).resolves.toMatchObject({
      items: [],
    })
    for (const { hash } of doomedKeys)
      await expect(apiKeys.findByHash(hash)).resolves.toBeUndefined()
    const u1 = await workspaces.listMembershipsOf('u1', { limit: 10 })
    expect(u1.items.map((m) => m.workspaceId)).toEqual([kept.id])
    // Not a single item of the workspace is left (the pending invitation's claim included)...
    const leftovers = (await scanAll(document, tableName)).filter(
      (item) => item.workspaceId === doomed.id,
    )
    expect(leftovers).toEqual([])
    // ...while the other workspace is untouched, and the email can be invited there again.
    await expect(workspaces.get(kept.id)).resolves.toEqual(kept)
    await expect(invitations.get(keptInvitation.id)).resolves.toEqual(keptInvitation)
    await expect(apiKeys.findByHash(keptKey.hash)).resolves.toEqual(keptKey)
    await expect(invite(doomed.id, 'p@example.com')).resolves.toMatchObject({ status: 'pending' })

    await expect(workspaces.delete(doomed.id)).rejects.toMatchObject({
      code: 'resource.notFound',
    })
  })
})
