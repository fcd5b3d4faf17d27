import { describe, expect, it } from 'vitest'
import { newApiKeySecret } from '../access/api-key-secret'
import { InMemoryBlobs, InMemoryDocuments, InMemoryLexical, InMemoryVectors } from '../testing'
import { createWorkspace, listMyWorkspaces } from './create-workspace'
import { deleteWorkspace, getWorkspace, renameWorkspace } from './manage-workspace'
import { team } from './team-fixture'

describe('createWorkspace', () => {
  it('makes the creator its owner and records who created it, from where', async () => {
    const t = await team()
    const acting = { userId: t.member.id, origin: t.origin, now: t.now }
    const workspace = await createWorkspace(t, acting, { name: '  Research  ' })
    expect(workspace).toMatchObject({ name: 'Research', personal: false, ownerId: t.member.id })
    expect(await t.workspaces.getMembership(workspace.id, t.member.id)).toMatchObject({
      role: 'owner',
    })
    const mine = await listMyWorkspaces(t.workspaces, t.member.id, { limit: 10 })
    expect(mine.items.map((m) => m.workspaceId)).toContain(workspace.id)
    expect(t.audit.events.at(-1)).toMatchObject({
      workspaceId: workspace.id,
      action: 'workspace.created',
      actor: { type: 'user', id: t.member.id, label: 'member@example.com' },
      ip: '203.0.113.7',
      userAgent: 'vitest',
      at: t.now.toISOString(),
    })
  })

  it.each([
    ['a bidi override', 'Team\u202Egnp.exe'],
    ['a zero-width space', 'Te\u200Bam'],
    ['only spaces', '   '],
    ['a control character', 'Team\u0007'],
    ['101 characters', 'x'.repeat(101)],
  ])('refuses a name with %s and creates nothing', async (_, name) => {
    const t = await team()
    const before = t.workspaces.workspaces.size
    await expect(
      createWorkspace(t, { userId: t.member.id, origin: {}, now: t.now }, { name }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
    expect(t.workspaces.workspaces.size).toBe(before)
  })

  it('accepts emoji, including joined sequences, and non-Latin scripts', async () => {
    const t = await team()
    const acting = { userId: t.member.id, origin: {}, now: t.now }
    for (const name of ['👩‍💻 Devs', 'فريق البحث', '研究チーム', 'Café'])
      expect((await createWorkspace(t, acting, { name })).name).toBe(name)
  })
})

describe('renameWorkspace', () => {
  it('lets the owner rename, recording the old and new names', async () => {
    const t = await team()
    const renamed = await renameWorkspace(t, await t.as(t.owner), { name: 'Platform' })
    expect(renamed.name).toBe('Platform')
    expect((await t.workspaces.getMembership(t.workspace.id, t.viewer.id))?.workspaceName).toBe(
      'Platform',
    )
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'workspace.renamed',
      details: { from: 'Team', to: 'Platform' },
      actor: { label: 'owner@example.com' },
    })
  })

  it('refuses an admin, naming who may', async () => {
    const t = await team()
    await expect(
      renameWorkspace(t, await t.as(t.admin), { name: 'Mine now' }),
    ).rejects.toMatchObject({ code: 'auth.forbidden', message: expect.stringMatching(/owner/) })
    expect((await getWorkspace(t.workspaces, await t.as(t.admin))).name).toBe('Team')
  })
})

describe('deleteWorkspace', () => {
  it('deletes a shared workspace and answers what went with it', async () => {
    const t = await team()
    const owner = await t.as(t.owner)
    await t.invitations.create({
      id: 'inv_1',
      workspaceId: t.workspace.id,
      workspaceName: 'Team',
      email: 'new@example.com',
      role: 'member',
      invitedBy: t.owner.id,
      expiresAt: '2026-04-01T00:00:00Z',
    })
    const { prefix, hash } = newApiKeySecret()
    await t.apiKeys.create({
      id: 'key_1',
      workspaceId: t.workspace.id,
      name: 'ci',
      prefix,
      hash,
      scopes: ['read'],
      createdBy: t.owner.id,
    })
    const deleted = await deleteWorkspace(t, owner)
    expect(deleted).toEqual({
      workspaceId: 'ws_team',
      members: 4,
      invitations: 1,
      apiKeys: 1,
      documents: 0,
    })
    expect(await t.workspaces.get('ws_team')).toBeUndefined()
    expect(await t.workspaces.get('ws_other')).toBeDefined()
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'workspace.deleted',
      actor: { label: 'owner@example.com' },
      details: { members: 4, invitations: 1, apiKeys: 1 },
    })
  })

  it("removes its documents' files, its vector namespace and its lexical index", async () => {
    const t = await team()
    const knowledge = {
      documents: new InMemoryDocuments(),
      blobs: new InMemoryBlobs(),
      vectors: new InMemoryVectors(),
      lexical: new InMemoryLexical(),
    }
    for (const [workspaceId, id] of [
      ['ws_team', 'doc_1'],
      ['ws_team', 'doc_2'],
      ['ws_other', 'doc_3'],
    ] as const) {
      const blobKey = `uploads/${workspaceId}/${id}/file.txt`
      await knowledge.documents.create({
        id,
        workspaceId,
        filename: 'file.txt',
        contentType: 'text/plain',
        size: 5,
        tags: [],
        status: 'ready',
        progress: { chunksDone: 1, chunksTotal: 1 },
        source: 'upload',
        blobKey,
        chunkCount: 1,
        createdBy: t.owner.id,
      })
      await knowledge.blobs.put(blobKey, 'hello')
      await knowledge.vectors.upsert(workspaceId, [{ id: `${id}:0`, values: [1, 0] }])
      await knowledge.lexical.update(workspaceId, { add: [{ id: `${id}:0`, text: 'hello' }] })
    }
    const deleted = await deleteWorkspace({ ...t, knowledge }, await t.as(t.owner))
    expect(deleted.documents).toBe(2)
    expect([...knowledge.blobs.objects.keys()]).toEqual(['uploads/ws_other/doc_3/file.txt'])
    expect(knowledge.vectors.ids('ws_team')).toEqual([])
    expect(knowledge.lexical.ids('ws_team')).toEqual([])
    expect(knowledge.vectors.ids('ws_other')).toEqual(['doc_3:0'])
    expect(t.audit.events.at(-1)?.details).toMatchObject({ documents: 2 })
  })

  it('refuses to delete a personal workspace, saying why', async () => {
    const t = await team()
    await t.workspaces.create({
      id: 'ws_own',
      name: "Owner's workspace",
      personal: true,
      owner: { userId: t.owner.id, email: t.owner.email },
    })
    await expect(deleteWorkspace(t, await t.as(t.owner, 'ws_own'))).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/personal workspace cannot be deleted/),
    })
    expect(await t.workspaces.get('ws_own')).toBeDefined()
  })

  it('refuses an admin and an admin-scoped key', async () => {
    const t = await team()
    for (const acting of [await t.as(t.admin), await t.asKey(t.owner, ['admin'])])
      await expect(deleteWorkspace(t, acting)).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await t.workspaces.get('ws_team')).toBeDefined()
  })
})
