import { randomUUID } from 'node:crypto'
import {
  DynamoConversationRepository,
  DynamoMessageRepository,
  DynamoWorkspaceRepository,
} from '@chatter/aws'
import type { Conversation, Message } from '@chatter/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'
import { localBlobStore } from '../support/s3'

let s3: Awaited<ReturnType<typeof localBlobStore>>
beforeAll(async () => {
  s3 = await localBlobStore()
})
afterAll(() => s3?.stop())

async function setup() {
  const fresh = await freshTable()
  const clock = tickingClock()
  const conversations = new DynamoConversationRepository(fresh.table, s3.blobs, clock)
  const messages = new DynamoMessageRepository(fresh.table, s3.blobs, clock)
  let made = 0
  const workspaceId = `ws_${randomUUID()}`
  const start = (overrides: Partial<Conversation> = {}) => {
    made += 1
    return conversations.create({
      id: `cnv_${randomUUID()}`,
      workspaceId,
      userId: 'usr_ada',
      title: `Conversation ${made}`,
      archived: false,
      messageCount: 0,
      lastActivityAt: new Date(Date.UTC(2025, 0, 1, 0, made)).toISOString(),
      ...overrides,
    })
  }
  /** A message under `parent`; ids sort in the order made, as the answer engine's do. */
  const say = (
    conversation: Conversation,
    parent: Message | null,
    content: string,
    extra: Partial<Message> = {},
  ) => {
    made += 1
    return messages.create({
      id: `msg_${String(made).padStart(6, '0')}`,
      conversationId: conversation.id,
      workspaceId: conversation.workspaceId,
      parentId: parent?.id ?? null,
      role: parent?.role === 'user' ? 'assistant' : 'user',
      content,
      status: 'complete',
      userId: conversation.userId,
      ...extra,
    })
  }
  const items = () => scanAll(fresh.document, fresh.tableName)
  return { ...fresh, clock, conversations, messages, workspaceId, start, say, items }
}

describe('DynamoConversationRepository', () => {
  it('creates, reads, updates and clears fields; unknown ids are refused', async () => {
    const { conversations, start, workspaceId } = await setup()
    const made = await start({ title: 'Budget Q3', profileId: 'prf_1' })
    expect(made).toMatchObject({
      title: 'Budget Q3',
      profileId: 'prf_1',
      createdAt: '2025-01-01T00:00:01.000Z',
    })
    await expect(conversations.get(workspaceId, made.id)).resolves.toEqual(made)
    await expect(start({ id: made.id })).rejects.toMatchObject({ code: 'resource.conflict' })
    const memory = { summary: 'Talked budgets', throughMessageId: 'msg_1', tokens: 3 }
    const updated = await conversations.update(workspaceId, made.id, {
      title: 'Budget Q4',
      archived: true,
      memory,
      activeLeafId: 'msg_2',
    })
    expect(updated).toEqual({
      ...made,
      title: 'Budget Q4',
      archived: true,
      memory,
      activeLeafId: 'msg_2',
      updatedAt: updated.updatedAt,
    })
    const cleared = await conversations.update(workspaceId, made.id, {
      profileId: undefined,
      memory: undefined,
    })
    expect(cleared.profileId).toBeUndefined()
    expect(cleared.memory).toBeUndefined()
    await expect(conversations.get(workspaceId, made.id)).resolves.toEqual(cleared)
    await expect(
      conversations.update(workspaceId, 'cnv_missing', { title: 'x' }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(
      conversations.touch(workspaceId, 'cnv_missing', new Date(), 1),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })

  it('keeps a system prompt template with its typed variables, and removes both', async () => {
    const { conversations, start, workspaceId } = await setup()
    const systemPromptVariables = { company: 'Acme', year: 2025, formal: false }
    const made = await start({ systemPromptId: 'prm_voice', systemPromptVariables })
    expect(made).toMatchObject({ systemPromptId: 'prm_voice', systemPromptVariables })
    await expect(conversations.get(workspaceId, made.id)).resolves.toEqual(made)
    const changed = await conversations.update(workspaceId, made.id, {
      systemPromptVariables: { company: 'Globex' },
    })
    expect(changed.systemPromptVariables).toEqual({ company: 'Globex' })
    const cleared = await conversations.update(workspaceId, made.id, {
      systemPromptId: undefined,
      systemPromptVariables: undefined,
    })
    expect(cleared).not.toHaveProperty('systemPromptId')
    expect(cleared).not.toHaveProperty('systemPromptVariables')
    await expect(conversations.get(workspaceId, made.id)).resolves.toEqual(cleared)
  })

  it('lists newest activity first, and touch moves a conversation to the top', async () => {
    const { conversations, start, workspaceId } = await setup()
    const [first, second, third] = [
      await start(),
      await start(),
      await start({ userId: 'usr_bob' }),
    ]
    const ids = async (userId?: string) =>
      (await conversations.list(workspaceId, userId ? { userId } : {}, { limit: 10 })).items.map(
        (c) => c.id,
      )
    expect(await ids()).toEqual([third!.id, second!.id, first!.id])
    await conversations.touch(workspaceId, first!.id, new Date('2025-02-01T00:00:00Z'), 2)
    await conversations.touch(workspaceId, first!.id, new Date('2025-02-01T00:00:05Z'), 1)
    expect(await ids()).toEqual([first!.id, third!.id, second!.id])
    expect(await ids('usr_ada')).toEqual([first!.id, second!.id])
    const touched = await conversations.get(workspaceId, first!.id)
    expect(touched).toMatchObject({ messageCount: 3, lastActivityAt: '2025-02-01T00:00:05.000Z' })
  })

  it('searches titles case-insensitively, filters archived, and pages by 2 past filtered items', async () => {
    const { conversations, start, workspaceId } = await setup()
    const titles = ['Budget Q1', 'Recipes', 'budget q2', 'Travel', 'Old BUDGET', 'Gym', 'Budget Q3']
    for (const title of titles) await start({ title, archived: title === 'Old BUDGET' })
    await start({ title: 'Budget of Bob', userId: 'usr_bob' })
    const filter = { userId: 'usr_ada', titleContains: 'BuDgEt' }
    const pages = await walkPages((page) => conversations.list(workspaceId, filter, page), 2)
    expect(pages.map((page) => page.items.map((c) => c.title))).toEqual([
      ['Budget Q3', 'budget q2'],
      ['Budget Q1'],
    ])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    const archived = await conversations.list(
      workspaceId,
      { userId: 'usr_ada', archived: true },
      { limit: 5 },
    )
    expect(archived.items.map((c) => c.title)).toEqual(['Old BUDGET'])
    const all = await walkPages((page) => conversations.list(workspaceId, {}, page), 2)
    expect(all.flatMap((page) => page.items)).toHaveLength(7)
    await expect(
      conversations.list(workspaceId, filter, { limit: 2, cursor: 'bm90LWEta2V5' }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
  })

  it('keeps workspaces apart', async () => {
    const { conversations, start, workspaceId } = await setup()
    const made = await start()
    await expect(conversations.get('ws_other', made.id)).resolves.toBeUndefined()
    expect((await conversations.list('ws_other', {}, { limit: 10 })).items).toEqual([])
    await expect(
      conversations.update('ws_other', made.id, { title: 'Stolen' }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    expect((await conversations.get(workspaceId, made.id))?.title).toBe(made.title)
  })
})

describe('DynamoMessageRepository', () => {
  it('lists a conversation in order either way, by 2, and a message’s branches oldest first', async () => {
    const { messages, start, say, workspaceId } = await setup()
    const conversation = await start()
    const u1 = await say(conversation, null, 'Hello')
    const a1 = await say(conversation, u1, 'Hi!')
    const a1b = await say(conversation, u1, 'Hello there.')
    const u2 = await say(conversation, a1b, 'Thanks')
    const other = await start()
    await say(other, null, 'Elsewhere')
    const asc = await walkPages(
      (page) => messages.list(workspaceId, conversation.id, page, 'asc'),
      2,
    )
    expect(asc.map((page) => page.items.map((m) => m.id))).toEqual([
      [u1.id, a1.id],
      [a1b.id, u2.id],
    ])
    const desc = await walkPages(
      (page) => messages.list(workspaceId, conversation.id, page, 'desc'),
      3,
    )
    expect(desc.flatMap((page) => page.items.map((m) => m.id))).toEqual([
      u2.id,
      a1b.id,
      a1.id,
      u1.id,
    ])
    expect((await messages.children(workspaceId, conversation.id, u1.id)).map((m) => m.id)).toEqual(
      [a1.id, a1b.id],
    )
    expect(await messages.children(workspaceId, conversation.id, null)).toEqual([u1])
    expect(await messages.children(workspaceId, conversation.id, u2.id)).toEqual([])
    await expect(messages.get(workspaceId, conversation.id, a1.id)).resolves.toEqual(a1)
    await expect(messages.get(workspaceId, other.id, a1.id)).resolves.toBeUndefined()
    await expect(messages.get('ws_other', conversation.id, a1.id)).resolves.toBeUndefined()
  })

  it('updates the given fields and clears the ones given as undefined', async () => {
    const { messages, start, say, workspaceId } = await setup()
    const conversation = await start()
    const question = await say(conversation, null, 'Why?')
    const answer = await say(conversation, question, '', { status: 'streaming', error: 'slow' })
    const done = await messages.update(workspaceId, conversation.id, answer.id, {
      content: 'Because.',
      status: 'complete',
      model: { provider: 'bedrock', modelId: 'm-2', fallbackFrom: 'm-1' },
      usage: {
        inputTokens: 10,
        outputTokens: 2,
        latencyMs: 800,
        timeToFirstTokenMs: 120,
        costUsd: 0.0001,
      },
      stopReason: 'end_turn',
      citations: [{ passageId: 'p1', documentId: 'd1', page: 3, score: 0.8 }],
      feedback: { rating: 'up', userId: 'usr_ada', at: '2025-01-02T00:00:00.000Z' },
      error: undefined,
    })
    expect(done.error).toBeUndefined()
    expect(done).toMatchObject({ content: 'Because.', status: 'complete', stopReason: 'end_turn' })
    await expect(messages.get(workspaceId, conversation.id, answer.id)).resolves.toEqual(done)
    await expect(
      messages.update(workspaceId, conversation.id, 'msg_missing', { status: 'failed' }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })

  it('moves a 200 KB content to S3, keeps the item small, and reads it back everywhere', async () => {
    const { messages, start, say, workspaceId, items } = await setup()
    const conversation = await start()
    const question = await say(conversation, null, 'Write a lot')
    // Multi-byte characters, so a byte count taken as a character count would show.
    const long = `${'Grüße 👋 '.repeat(20_000)}end`.slice(0, 200_000)
    const answer = await say(conversation, question, long)
    const key = `blobs/${workspaceId}/messages/${conversation.id}/${answer.id}`
    expect(await s3.keys(`blobs/${workspaceId}/`)).toEqual([key])
    const raw = (await items()).find((item) => item.id === answer.id)
    expect(raw?.content).toBeUndefined()
    expect(raw?.contentKey).toBe(key)
    expect(Buffer.byteLength(JSON.stringify(raw))).toBeLessThan(2_000)
    expect((await messages.get(workspaceId, conversation.id, answer.id))?.content).toBe(long)
    const listed = await messages.list(workspaceId, conversation.id, { limit: 10 }, 'asc')
    expect(listed.items.map((m) => m.content)).toEqual(['Write a lot', long])
    expect((await messages.children(workspaceId, conversation.id, question.id))[0]?.content).toBe(
      long,
    )
    // Shrinking it back moves it inline and removes the object; growing it moves it out again.
    const short = await messages.update(workspaceId, conversation.id, answer.id, {
      content: 'Short now.',
    })
    expect(short.content).toBe('Short now.')
    expect(await s3.keys(`blobs/${workspaceId}/`)).toEqual([])
    expect((await items()).find((item) => item.id === answer.id)?.contentKey).toBeUndefined()
    const grown = await messages.update(workspaceId, conversation.id, answer.id, {
      content: long,
      status: 'complete',
    })
    expect(grown.content).toBe(long)
    expect((await messages.get(workspaceId, conversation.id, answer.id))?.content).toBe(long)
    expect(await s3.keys(`blobs/${workspaceId}/`)).toEqual([key])
  })

  it('saves deltas once per sequence, answers those after a sequence in order, and expires them', async () => {
    const { messages, clock, workspaceId, items } = await setup()
    const seqs = [3, 1, 12, 2, 10, 4, 11, 5, 6, 7, 8, 9]
    await Promise.all(
      seqs.map((seq) =>
        messages.appendDelta(workspaceId, { messageId: 'msg_1', seq, text: `t${seq} ` }, 600),
      ),
    )
    await messages.appendDelta(
      workspaceId,
      { messageId: 'msg_1', seq: 4, text: 'a retry with other text' },
      600,
    )
    await messages.appendDelta(
      workspaceId,
      { messageId: 'msg_2', seq: 5, text: 'another message' },
      600,
    )
    const after = await messages.deltasAfter(workspaceId, 'msg_1', 3)
    expect(after.map((d) => d.seq)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(after[0]).toEqual({ messageId: 'msg_1', seq: 4, text: 't4 ' })
    expect(await messages.deltasAfter(workspaceId, 'msg_1', 12)).toEqual([])
    expect(await messages.deltasAfter('ws_other', 'msg_1', 0)).toEqual([])
    const raw = (await items()).filter((item) => item.messageId === 'msg_1')
    expect(raw).toHaveLength(12)
    for (const item of raw)
      expect(item.expiresAt).toBeGreaterThan(Date.parse('2025-01-01T00:09:00Z') / 1000)
    // TTL deletes lazily: an expired delta still stored is not answered.
    clock.jump(3_600_000)
    expect(await messages.deltasAfter(workspaceId, 'msg_1', 0)).toEqual([])
  })
})

describe('deleting', () => {
  it('removes a conversation with its messages, S3 contents and deltas, and nothing else', async () => {
    const { conversations, messages, start, say, workspaceId, items } = await setup()
    const doomed = await start()
    const kept = await start()
    const question = await say(doomed, null, 'Long please')
    const answer = await say(doomed, question, 'x'.repeat(70_000))
    await say(doomed, question, 'short')
    await messages.appendDelta(workspaceId, { messageId: answer.id, seq: 1, text: 'x' }, 600)
    const keptMessage = await say(kept, null, 'stay')
    await messages.appendDelta(workspaceId, { messageId: keptMessage.id, seq: 1, text: 'y' }, 600)
    const before = (await items()).length
    await expect(conversations.delete(workspaceId, doomed.id)).resolves.toEqual({
      conversationId: doomed.id,
      messages: 3,
    })
    const left = await items()
    expect(before - left.length).toBe(5)
    expect(left.filter((item) => JSON.stringify(item).includes(doomed.id))).toEqual([])
    expect(left.filter((item) => item.messageId === answer.id)).toEqual([])
    expect(await s3.keys(`blobs/${workspaceId}/messages/${doomed.id}/`)).toEqual([])
    await expect(conversations.get(workspaceId, kept.id)).resolves.toEqual(kept)
    expect(await messages.deltasAfter(workspaceId, keptMessage.id, 0)).toHaveLength(1)
  })

  it('removes every conversation of a deleted workspace, S3 contents included', async () => {
    const { table, start, say, items } = await setup()
    const workspaces = new DynamoWorkspaceRepository(table, undefined, s3.blobs)
    const workspace = await workspaces.create({
      id: `ws_${randomUUID()}`,
      name: 'Doomed',
      personal: false,
      owner: { userId: 'usr_ada', email: 'ada@example.com' },
    })
    const survivor = await start()
    await say(survivor, null, 'I stay')
    for (let i = 0; i < 3; i++) {
      const conversation = await start({ workspaceId: workspace.id })
      const question = await say(conversation, null, 'Hi')
      await say(conversation, question, 'y'.repeat(80_000))
    }
    expect(await s3.keys(`blobs/${workspace.id}/`)).toHaveLength(3)
    await workspaces.delete(workspace.id)
    const left = await items()
    expect(left.filter((item) => JSON.stringify(item).includes(workspace.id))).toEqual([])
    expect(left.filter((item) => item.workspaceId === survivor.workspaceId)).toHaveLength(2)
    expect(await s3.keys(`blobs/${workspace.id}/`)).toEqual([])
  })
})
