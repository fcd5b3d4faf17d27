import { describe, expect, it } from 'vitest'
import { chatTeam } from './conversation-fixture'
import { getConversation, getMessage, listConversations, listMessages } from './read-conversations'
import { createConversation, deleteConversation, updateConversation } from './write-conversations'

const titles = (page: { items: { title: string }[] }) => page.items.map((c) => c.title)

describe('createConversation', () => {
  it('starts an empty conversation of the caller, titled "New conversation" by default', async () => {
    const t = await chatTeam()
    const made = await createConversation(t, t.ownerActs, {})
    expect(made).toMatchObject({
      workspaceId: 'ws_team',
      userId: t.owner.id,
      title: 'New conversation',
      archived: false,
      messageCount: 0,
      lastActivityAt: t.now.toISOString(),
    })
    expect(made.id).toMatch(/^cnv_/)
    expect(made.profileId).toBeUndefined()
    const titled = await createConversation(t, t.ownerActs, { title: '  Café ☕ plans ' })
    expect(titled.title).toBe('Café ☕ plans')
  })

  it("takes a profile of the workspace, and refuses another workspace's naming profileId", async () => {
    const t = await chatTeam()
    const base = { provider: 'local', modelId: 'local', temperature: 0.5, topP: 1 } as const
    const rest = { maxTokens: 10, systemPrompt: '', fallbackModelIds: [] }
    const retrieval = { enabled: false, topK: 5 }
    const ours = await t.profiles.create({
      ...base,
      ...rest,
      retrieval,
      id: 'prf_a',
      workspaceId: 'ws_team',
      name: 'A',
    })
    await t.profiles.create({
      ...base,
      ...rest,
      retrieval,
      id: 'prf_b',
      workspaceId: 'ws_other',
      name: 'B',
    })
    expect((await createConversation(t, t.ownerActs, { profileId: ours.id })).profileId).toBe(
      'prf_a',
    )
    for (const profileId of ['prf_b', 'prf_missing'])
      await expect(createConversation(t, t.ownerActs, { profileId })).rejects.toMatchObject({
        code: 'request.invalid',
        details: { errors: [{ path: 'profileId' }] },
      })
    expect(t.conversations.byId.size).toBe(1)
  })

  it.each([
    ['empty', '   '],
    ['201 characters', 'x'.repeat(201)],
    ['a NUL', 'Plan\u0000'],
    ['a bidi override', 'gpt\u202Eexe'],
  ])('refuses a title that is %s, storing nothing', async (_, title) => {
    const t = await chatTeam()
    await expect(createConversation(t, t.ownerActs, { title })).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'title' }] },
    })
    expect(t.conversations.byId.size).toBe(0)
  })
})

describe('listConversations', () => {
  it('lists only the caller’s own, newest activity first, archived ones only when asked', async () => {
    const t = await chatTeam()
    const memberActs = await t.as(t.member)
    const old = await createConversation(t, t.ownerActs, { title: 'Old budget' })
    await createConversation(t, t.ownerActs, { title: 'Recipes' })
    await createConversation(t, memberActs, { title: "Member's budget" })
    const archived = await createConversation(t, t.ownerActs, { title: 'Archived budget' })
    await updateConversation(t, t.ownerActs, {
      conversationId: archived.id,
      patch: { archived: true },
    })
    await t.conversations.touch('ws_team', old.id, new Date('2026-03-02T00:00:00Z'), 2)

    const mine = await listConversations(t, t.ownerActs, { page: { limit: 10 } })
    expect(titles(mine)).toEqual(['Old budget', 'Recipes'])
    const search = await listConversations(t, t.ownerActs, { q: 'BUDGET', page: { limit: 10 } })
    expect(titles(search)).toEqual(['Old budget'])
    const shelved = await listConversations(t, t.ownerActs, { archived: true, page: { limit: 10 } })
    expect(titles(shelved)).toEqual(['Archived budget'])
    // The admin, who may do almost anything in the workspace, still sees none of them.
    const adminSees = await listConversations(t, await t.as(t.admin), { page: { limit: 10 } })
    expect(adminSees.items).toEqual([])
    const keySees = await listConversations(t, await t.asKey(t.owner, ['read']), {
      page: { limit: 10 },
    })
    expect(titles(keySees)).toEqual(['Old budget', 'Recipes'])
  })

  it('pages with a cursor and refuses a search with control characters', async () => {
    const t = await chatTeam()
    for (const title of ['a', 'b', 'c']) await createConversation(t, t.ownerActs, { title })
    const first = await listConversations(t, t.ownerActs, { page: { limit: 2 } })
    expect(first.items).toHaveLength(2)
    const cursor = first.nextCursor ?? 'missing'
    const second = await listConversations(t, t.ownerActs, { page: { limit: 2, cursor } })
    expect(second.items).toHaveLength(1)
    expect(second.nextCursor).toBeNull()
    await expect(
      listConversations(t, t.ownerActs, { q: 'a\u0007', page: { limit: 2 } }),
    ).rejects.toMatchObject({ code: 'request.invalid', details: { errors: [{ path: 'q' }] } })
  })
})

describe('privacy and permissions', () => {
  it('hides a conversation from every other member, even the admin and owner', async () => {
    const t = await chatTeam()
    const memberActs = await t.as(t.member)
    const { conversation, a2b } = await t.branched(memberActs)
    const conversationId = conversation.id
    const before = JSON.stringify([...t.conversations.byId, ...t.messages.byId])
    for (const acting of [t.ownerActs, await t.as(t.admin), await t.asKey(t.owner, ['write'])])
      for (const attempt of [
        () => getConversation(t, acting, { conversationId }),
        () => listMessages(t, acting, { conversationId, page: { limit: 5 } }),
        () => getMessage(t, acting, { conversationId, messageId: a2b.id }),
        () => updateConversation(t, acting, { conversationId, patch: { title: 'Mine now' } }),
        () => deleteConversation(t, acting, { conversationId }),
      ])
        await expect(attempt()).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(
      getConversation(t, await t.as(t.outsider, 'ws_other'), { conversationId }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    expect(JSON.stringify([...t.conversations.byId, ...t.messages.byId])).toBe(before)
    expect((await getConversation(t, memberActs, { conversationId })).conversation.title).toBe(
      'Trip to Lisbon',
    )
  })

  it('lets a viewer and a read key read their own conversations but change nothing', async () => {
    const t = await chatTeam()
    const { conversation } = await t.branched()
    const viewerActs = await t.as(t.viewer)
    // Started while they could still write (a member later made a viewer).
    const theirs = await t.conversations.create({
      ...conversation,
      id: 'cnv_viewer',
      userId: t.viewer.id,
    })
    expect(
      (await getConversation(t, viewerActs, { conversationId: theirs.id })).conversation.id,
    ).toBe('cnv_viewer')
    const readKey = await t.asKey(t.owner, ['read'])
    expect(
      (await getConversation(t, readKey, { conversationId: conversation.id })).messages.items,
    ).toHaveLength(4)
    for (const [acting, conversationId] of [
      [viewerActs, theirs.id],
      [readKey, conversation.id],
    ] as const)
      for (const attempt of [
        () => createConversation(t, acting, {}),
        () => updateConversation(t, acting, { conversationId, patch: { archived: true } }),
        () => deleteConversation(t, acting, { conversationId }),
      ])
        await expect(attempt()).rejects.toMatchObject({
          code: 'auth.forbidden',
          details: { permission: 'write' },
        })
  })
})

describe('getConversation', () => {
  it('pages the active branch from its leaf upwards, each page oldest first', async () => {
    const t = await chatTeam()
    const { conversation, u1, a1, u2b, a2b } = await t.branched()
    const conversationId = conversation.id
    const first = await getConversation(t, t.ownerActs, { conversationId, messages: { limit: 3 } })
    expect(first.messages.items.map((m) => m.id)).toEqual([a1.id, u2b.id, a2b.id])
    const cursor = first.messages.nextCursor ?? 'missing'
    const rest = await getConversation(t, t.ownerActs, {
      conversationId,
      messages: { limit: 3, cursor },
    })
    expect(rest.messages).toEqual({
      items: [expect.objectContaining({ id: u1.id })],
      nextCursor: null,
    })
    const whole = await getConversation(t, t.ownerActs, { conversationId })
    expect(whole.messages.items.map((m) => m.content)).toEqual([
      'Plan a trip to Lisbon',
      'Day 1: Alfama',
      'And day two, cheaply?',
      'Day 2: free museums',
    ])
  })

  it('answers an empty page for a new conversation and refuses a forged messages cursor', async () => {
    const t = await chatTeam()
    const empty = await createConversation(t, t.ownerActs, {})
    const got = await getConversation(t, t.ownerActs, { conversationId: empty.id })
    expect(got.messages).toEqual({ items: [], nextCursor: null })
    const { conversation } = await t.branched()
    const forged = Buffer.from('m:msg_nope').toString('base64url')
    for (const cursor of [forged, 'not-base64!'])
      await expect(
        getConversation(t, t.ownerActs, {
          conversationId: conversation.id,
          messages: { limit: 2, cursor },
        }),
      ).rejects.toMatchObject({ details: { errors: [{ path: 'messagesCursor' }] } })
  })
})

/** The team with a prompt template in its workspace and one in the other workspace. */
async function templateTeam() {
  const t = await chatTeam()
  const prompt = (id: string, workspaceId: string) =>
    t.prompts.create({
      id,
      workspaceId,
      name: 'Voice',
      template: 'You speak for {{company}} in a {{tone}} tone.',
      variables: [
        { name: 'company', type: 'string', required: true },
        { name: 'tone', type: 'string', required: false, default: 'calm' },
      ],
      tags: [],
      createdBy: t.owner.id,
    })
  await prompt('prm_voice', t.workspace.id)
  await prompt('prm_theirs', t.other.id)
  return t
}

describe('a conversation’s system prompt template', () => {
  it('is stored when the prompt is the workspace’s and renders with the variables', async () => {
    const t = await templateTeam()
    const made = await createConversation(t, t.ownerActs, {
      systemPromptId: 'prm_voice',
      systemPromptVariables: { company: 'Acme' },
    })
    expect(made).toMatchObject({
      systemPromptId: 'prm_voice',
      systemPromptVariables: { company: 'Acme' },
    })
    expect(await t.conversations.get(t.workspace.id, made.id)).toEqual(made)
  })

  it.each([
    ['another workspace’s prompt', { systemPromptId: 'prm_theirs' }, 'systemPromptId'],
    ['an unknown prompt', { systemPromptId: 'prm_missing' }, 'systemPromptId'],
    [
      'a missing required variable',
      { systemPromptId: 'prm_voice' },
      'systemPromptVariables.company',
    ],
    [
      'a variable the prompt does not declare',
      { systemPromptId: 'prm_voice', systemPromptVariables: { company: 'Acme', mood: 'x' } },
      'systemPromptVariables.mood',
    ],
    [
      'variables without a template',
      { systemPromptVariables: { company: 'Acme' } },
      'systemPromptVariables',
    ],
  ])('refuses %s at creation, storing nothing', async (_, template, path) => {
    const t = await templateTeam()
    await expect(createConversation(t, t.ownerActs, template)).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path }] },
    })
    expect(t.conversations.byId.size).toBe(0)
  })

  it('changes with a patch checked as a whole, and null clears it with its variables', async () => {
    const t = await templateTeam()
    const { id: conversationId } = await createConversation(t, t.ownerActs, {})
    const patch = (p: Parameters<typeof updateConversation>[2]['patch']) =>
      updateConversation(t, t.ownerActs, { conversationId, patch: p })
    await expect(patch({ systemPromptVariables: { company: 'Acme' } })).rejects.toMatchObject({
      details: { errors: [{ path: 'systemPromptVariables' }] },
    })
    const set = await patch({
      systemPromptId: 'prm_voice',
      systemPromptVariables: { company: 'A' },
    })
    expect(set).toMatchObject({
      systemPromptId: 'prm_voice',
      systemPromptVariables: { company: 'A' },
    })
    // Replacing the variables alone is checked against the stored template.
    await expect(patch({ systemPromptVariables: { tone: 'dry' } })).rejects.toMatchObject({
      details: { errors: [{ path: 'systemPromptVariables.company' }] },
    })
    await expect(patch({ systemPromptId: 'prm_theirs' })).rejects.toMatchObject({
      details: { errors: [{ path: 'systemPromptId' }] },
    })
    expect(await patch({ title: 'Renamed' })).toMatchObject({ systemPromptId: 'prm_voice' })
    const cleared = await patch({ systemPromptId: null })
    expect(cleared).not.toHaveProperty('systemPromptId')
    expect(cleared).not.toHaveProperty('systemPromptVariables')
    expect(cleared.title).toBe('Renamed')
  })

  it('keeps a template deleted since through an unrelated change', async () => {
    const t = await templateTeam()
    const made = await createConversation(t, t.ownerActs, {
      systemPromptId: 'prm_voice',
      systemPromptVariables: { company: 'Acme' },
    })
    await t.prompts.delete(t.workspace.id, 'prm_voice')
    const renamed = await updateConversation(t, t.ownerActs, {
      conversationId: made.id,
      patch: { title: 'Still here' },
    })
    expect(renamed).toMatchObject({ title: 'Still here', systemPromptId: 'prm_voice' })
  })
})

describe('updateConversation and deleteConversation', () => {
  it('renames, archives, clears the profile, and stores nothing for a no-op', async () => {
    const t = await chatTeam()
    const made = await createConversation(t, t.ownerActs, { title: 'Draft' })
    const conversationId = made.id
    const renamed = await updateConversation(t, t.ownerActs, {
      conversationId,
      patch: { title: ' Final ', archived: true },
    })
    expect(renamed).toMatchObject({ title: 'Final', archived: true })
    const before = JSON.stringify([...t.conversations.byId])
    const same = await updateConversation(t, t.ownerActs, {
      conversationId,
      patch: { title: 'Final', profileId: null },
    })
    expect(same).toEqual(renamed)
    expect(JSON.stringify([...t.conversations.byId])).toBe(before)
    await expect(
      updateConversation(t, t.ownerActs, { conversationId, patch: { profileId: 'prf_missing' } }),
    ).rejects.toMatchObject({ details: { errors: [{ path: 'profileId' }] } })
  })

  it('deletes the conversation with all its messages and says how many', async () => {
    const t = await chatTeam()
    const { conversation } = await t.branched()
    const other = await t.branched(t.ownerActs, 'Another')
    const deleted = await deleteConversation(t, t.ownerActs, { conversationId: conversation.id })
    expect(deleted).toEqual({ conversationId: conversation.id, messages: 7 })
    expect(
      [...t.messages.byId.values()].every((m) => m.conversationId === other.conversation.id),
    ).toBe(true)
    await expect(
      deleteConversation(t, t.ownerActs, { conversationId: conversation.id }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })
})
