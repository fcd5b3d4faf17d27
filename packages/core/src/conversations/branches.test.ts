import { describe, expect, it } from 'vitest'
import { newMessageId } from '../chat/message-ids'
import { chooseActiveBranch, listBranches } from './branches'
import { chatTeam } from './conversation-fixture'
import { forkConversation, forkTitle } from './fork-conversation'
import { giveFeedback } from './message-feedback'
import { getConversation, listMessages } from './read-conversations'

const ids = (items: { id: string }[]) => items.map((m) => m.id)

describe('listBranches', () => {
  it('lists a message with its siblings, marking the one the active path runs through', async () => {
    const t = await chatTeam()
    const { conversation, a1, u2, u2b, a1b } = await t.branched()
    const conversationId = conversation.id
    const second = await listBranches(t, t.ownerActs, { conversationId, messageId: u2.id })
    expect(second.parentId).toBe(a1.id)
    expect(second.items.map((m) => [m.id, m.active])).toEqual([
      [u2.id, false],
      [u2b.id, true],
    ])
    const first = await listBranches(t, t.ownerActs, { conversationId, messageId: a1b.id })
    expect(first.items.map((m) => [m.id, m.active])).toEqual([
      [a1.id, true],
      [a1b.id, false],
    ])
    await expect(
      listBranches(t, t.ownerActs, { conversationId, messageId: 'msg_nope' }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })
})

describe('chooseActiveBranch', () => {
  it('shows the newest leaf under the chosen message, and answers the new path', async () => {
    const t = await chatTeam()
    const { conversation, u1, a1, u2, a2, a1b } = await t.branched()
    const conversationId = conversation.id
    const older = await chooseActiveBranch(t, t.ownerActs, { conversationId, messageId: u2.id })
    expect(older.conversation.activeLeafId).toBe(a2.id)
    expect(ids(older.messages.items)).toEqual([u1.id, a1.id, u2.id, a2.id])
    // Choosing the first answer again reaches its newest continuation, the edited second turn.
    const back = await chooseActiveBranch(t, t.ownerActs, { conversationId, messageId: a1.id })
    expect(back.messages.items.at(-1)?.content).toBe('Day 2: free museums')
    const leaf = await chooseActiveBranch(t, t.ownerActs, { conversationId, messageId: a1b.id })
    expect(ids(leaf.messages.items)).toEqual([u1.id, a1b.id])
    const stored = await t.conversations.get('ws_team', conversationId)
    expect(stored?.activeLeafId).toBe(a1b.id)
  })

  it('refuses a message of another conversation and a read-only caller', async () => {
    const t = await chatTeam()
    const { conversation } = await t.branched()
    const other = await t.branched(t.ownerActs, 'Other')
    const conversationId = conversation.id
    await expect(
      chooseActiveBranch(t, t.ownerActs, {
        conversationId,
        messageId: other.a1b.id.replace(/\d+$/, '9999'),
      }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(
      chooseActiveBranch(t, await t.asKey(t.owner, ['read']), {
        conversationId,
        messageId: other.u1.id,
      }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
  })
})

describe('forkConversation', () => {
  it('copies the path down to the message into a new conversation of the caller', async () => {
    const t = await chatTeam()
    const { conversation, u1, a1, u2, a2 } = await t.branched()
    await t.messages.update('ws_team', conversation.id, a1.id, {
      feedback: { rating: 'up', userId: t.owner.id, at: t.now.toISOString() },
    })
    const fork = await forkConversation(t, t.ownerActs, {
      conversationId: conversation.id,
      messageId: u2.id,
    })
    const copied = await listMessages(t, t.ownerActs, {
      conversationId: fork.id,
      page: { limit: 10 },
    })
    const [c1, c2, c3] = copied.items
    expect(copied.items.map((m) => [m.role, m.content])).toEqual([
      ['user', 'Plan a trip to Lisbon'],
      ['assistant', 'Day 1: Alfama'],
      ['user', 'And day 2?'],
    ])
    // New ids (a message id is unique in its workspace), the parent links remapped onto them.
    expect(copied.items.map((m) => m.parentId)).toEqual([null, c1?.id, c2?.id])
    for (const copy of copied.items) expect([u1.id, a1.id, u2.id]).not.toContain(copy.id)
    expect(c2?.feedback).toBeUndefined()
    expect(fork).toMatchObject({
      title: 'Trip to Lisbon (fork)',
      userId: t.owner.id,
      activeLeafId: c3?.id,
      forkedFrom: { conversationId: conversation.id, messageId: u2.id },
      messageCount: 3,
      archived: false,
    })
    const shown = await getConversation(t, t.ownerActs, { conversationId: fork.id })
    expect(shown.messages.items.map((m) => m.content)).toEqual([
      'Plan a trip to Lisbon',
      'Day 1: Alfama',
      'And day 2?',
    ])
    // The answer engine's next message id sorts after every copy, so the order holds.
    expect(newMessageId(t.now) > (c3?.id ?? '')).toBe(true)
    // The original is untouched: still seven messages, still showing its edited branch.
    const original = await listMessages(t, t.ownerActs, {
      conversationId: conversation.id,
      page: { limit: 10 },
    })
    expect(original.items).toHaveLength(7)
    expect((await t.conversations.get('ws_team', conversation.id))?.activeLeafId).not.toBe(a2.id)
  })

  it('carries the memory only when it summarises turns on the copied path', async () => {
    const t = await chatTeam()
    const { conversation, a1, u2, a1b } = await t.branched()
    const memory = { summary: 'Lisbon, 2 days', throughMessageId: a1.id, tokens: 5 }
    await t.conversations.update('ws_team', conversation.id, { memory })
    const conversationId = conversation.id
    const covered = await forkConversation(t, t.ownerActs, { conversationId, messageId: u2.id })
    const copies = await listMessages(t, t.ownerActs, {
      conversationId: covered.id,
      page: { limit: 10 },
    })
    expect(covered.memory).toEqual({ ...memory, throughMessageId: copies.items[1]?.id })
    const elsewhere = await forkConversation(t, t.ownerActs, { conversationId, messageId: a1b.id })
    expect(elsewhere.memory).toBeUndefined()
  })

  it('keeps the conversation’s system prompt template in the fork', async () => {
    const t = await chatTeam()
    const { conversation, u2 } = await t.branched()
    const template = { systemPromptId: 'prm_tone', systemPromptVariables: { tone: 'brief' } }
    await t.conversations.update('ws_team', conversation.id, template)
    const fork = await forkConversation(t, t.ownerActs, {
      conversationId: conversation.id,
      messageId: u2.id,
    })
    expect(fork).toMatchObject(template)
  })

  it('refuses a message still being streamed, and an unknown message', async () => {
    const t = await chatTeam()
    const { conversation, a2b } = await t.branched()
    const streaming = await t.say(conversation, a2b, 'user', 'more?')
    const answer = await t.say(conversation, streaming, 'assistant', 'Day 3', {
      status: 'streaming',
    })
    const conversationId = conversation.id
    await expect(
      forkConversation(t, t.ownerActs, { conversationId, messageId: answer.id }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    await expect(
      forkConversation(t, t.ownerActs, { conversationId, messageId: 'msg_nope' }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    expect(t.conversations.byId.size).toBe(1)
  })

  it('keeps a long title within 200 characters', () => {
    const title = forkTitle('é'.repeat(200))
    expect([...title]).toHaveLength(200)
    expect(title.endsWith(' (fork)')).toBe(true)
  })
})

describe('giveFeedback', () => {
  it('rates an answer with who and when, replacing earlier feedback', async () => {
    const t = await chatTeam()
    const { conversation, a2b, u2b } = await t.branched()
    const conversationId = conversation.id
    await giveFeedback(t, t.ownerActs, { conversationId, messageId: a2b.id, rating: 'up' })
    const rated = await giveFeedback(t, t.ownerActs, {
      conversationId,
      messageId: a2b.id,
      rating: 'down',
      comment: ' Too vague.\nName the museums. ',
    })
    expect(rated.feedback).toEqual({
      rating: 'down',
      comment: 'Too vague.\nName the museums.',
      userId: t.owner.id,
      at: t.now.toISOString(),
    })
    await expect(
      giveFeedback(t, t.ownerActs, { conversationId, messageId: u2b.id, rating: 'up' }),
    ).rejects.toMatchObject({ details: { errors: [{ path: 'messageId' }] } })
    for (const comment of ['x'.repeat(2001), 'bad\u0000'])
      await expect(
        giveFeedback(t, t.ownerActs, { conversationId, messageId: a2b.id, rating: 'up', comment }),
      ).rejects.toMatchObject({ details: { errors: [{ path: 'comment' }] } })
    expect((await t.messages.get('ws_team', conversationId, a2b.id))?.feedback?.rating).toBe('down')
  })
})

describe('listMessages', () => {
  it('lists every branch in creation order, either way, paged', async () => {
    const t = await chatTeam()
    const { conversation, u1, a1b } = await t.branched()
    const conversationId = conversation.id
    const asc = await listMessages(t, t.ownerActs, { conversationId, page: { limit: 2 } })
    expect(asc.items[0]?.id).toBe(u1.id)
    expect(asc.nextCursor).not.toBeNull()
    const desc = await listMessages(t, t.ownerActs, {
      conversationId,
      order: 'desc',
      page: { limit: 10 },
    })
    expect(desc.items).toHaveLength(7)
    expect(desc.items[0]?.id).toBe(a1b.id)
  })
})
