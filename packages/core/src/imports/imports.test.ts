import { describe, expect, it } from 'vitest'
import {
  chatGptConversations,
  claudeConversations,
} from '../../../../tests/support/import-fixtures'
import { isDomainError } from '../errors'
import { readCollection } from '../exports/collections'
import { exportTeam } from '../exports/export-fixture'
import { importConversations } from './import-conversations'
import { parseChatGptExport } from './parse-chatgpt'
import { parseClaudeExport } from './parse-claude'

describe('parseChatGptExport', () => {
  it('keeps the message tree as branches, without system and tool nodes', () => {
    const { conversations, skipped } = parseChatGptExport(chatGptConversations)
    expect(skipped).toEqual([{ title: 'Empty chat', reason: 'No user or assistant messages.' }])
    const [starter] = conversations
    expect(starter?.messages.map((m) => [m.key, m.parentKey, m.role])).toEqual([
      ['u1', null, 'user'],
      ['a1', 'u1', 'assistant'],
      ['u2', null, 'user'],
      // The tool node between u2 and a2 is left out: a2 answers u2.
      ['a2', 'u2', 'assistant'],
    ])
    expect(starter).toMatchObject({
      title: 'Sourdough starter',
      createdAt: '2024-04-24T23:06:40.123Z',
      activeLeafKey: 'a2',
    })
    expect(starter?.messages[2]?.content).toBe('How do I start a rye sourdough starter, "quickly"?')
  })

  it('skips what is not a ChatGPT export instead of guessing', () => {
    expect(parseChatGptExport({ not: 'an array' }).skipped).toHaveLength(1)
    expect(parseChatGptExport([{ title: 'x' }]).skipped).toEqual([
      { title: 'x', reason: 'No message tree (mapping).' },
    ])
  })
})

describe('parseClaudeExport', () => {
  it('reads the line of messages, taking text from content blocks when text is empty', () => {
    const { conversations, skipped } = parseClaudeExport(claudeConversations)
    expect(skipped).toEqual([{ title: 'Conversation 2', reason: 'No user or assistant messages.' }])
    const [haiku] = conversations
    expect(haiku?.messages.map((m) => [m.key, m.parentKey, m.role])).toEqual([
      ['m-1', null, 'user'],
      ['m-2', 'm-1', 'assistant'],
      ['m-3', 'm-2', 'user'],
      ['m-4', 'm-3', 'assistant'],
    ])
    expect(haiku?.messages[3]?.content).toMatch(/^Snow hushes the street/)
    expect(haiku?.messages[0]?.createdAt).toBe('2024-10-01T09:00:05.000Z')
  })
})

describe('importConversations', () => {
  it('stores ChatGPT conversations as the caller’s, with new ids, kept times and branches', async () => {
    const t = await exportTeam()
    const acting = await t.as(t.member)
    const report = await importConversations(t, acting, {
      source: 'chatgpt',
      data: chatGptConversations,
    })
    expect(report).toMatchObject({
      source: 'chatgpt',
      conversations: 2,
      messages: 6,
      skipped: [{ title: 'Empty chat' }],
    })
    const [id] = report.conversationIds
    const conversation = await t.conversations.get(t.workspace.id, id as string)
    expect(conversation).toMatchObject({
      userId: t.member.id,
      title: 'Sourdough starter',
      messageCount: 4,
      createdAt: '2024-04-24T23:06:40.123Z',
    })
    const page = await t.messages.list(t.workspace.id, id as string, { limit: 10 }, 'asc')
    const roots = await t.messages.children(t.workspace.id, id as string, null)
    expect(roots.map((m) => m.content)).toEqual([
      'How do I start a sourdough starter?',
      'How do I start a rye sourdough starter, "quickly"?',
    ])
    const leaf = page.items.find((m) => m.id === conversation?.activeLeafId)
    expect(leaf?.content).toBe('Use whole rye flour, it ferments faster.')
    expect(leaf?.parentId).toBe(roots[1]?.id)
    expect(leaf?.createdAt).toBe('2024-04-24T23:12:00.000Z')
    const audit = await t.audit.query(t.workspace.id, {}, { limit: 1 })
    expect(audit.items[0]).toMatchObject({
      action: 'import.completed',
      details: { source: 'chatgpt', conversations: 2, messages: 6, skipped: 1 },
    })
  })

  it('round-trips a Chatter export into another workspace', async () => {
    const t = await exportTeam()
    await t.chat(t.member.id, 'Bread')
    const read = async (name: string) =>
      (await readCollection(t.ports, 'me', name, t.workspace.id, t.member.id)).rows
    const data = { conversations: await read('conversations'), messages: await read('messages') }
    const report = await importConversations(t, await t.as(t.outsider, t.other.id), {
      source: 'chatter',
      data: JSON.parse(JSON.stringify(data)),
    })
    expect(report).toMatchObject({ conversations: 1, messages: 3, skipped: [] })
    const copy = await t.conversations.list(t.other.id, {}, { limit: 10 })
    expect(copy.items.map((c) => [c.title, c.userId])).toEqual([['Bread', t.outsider.id]])
    const [root] = await t.messages.children(t.other.id, copy.items[0]?.id as string, null)
    const answers = await t.messages.children(
      t.other.id,
      copy.items[0]?.id as string,
      root?.id as string,
    )
    expect(answers.map((m) => m.content)).toEqual([
      'Bread: assistant 2, with "quotes", commas',
      'Bread: assistant 3, with "quotes", commas',
    ])
  })

  it('needs write', async () => {
    const t = await exportTeam()
    const refused = await importConversations(t, await t.as(t.viewer), {
      source: 'claude',
      data: claudeConversations,
    }).catch((e) => e)
    expect(isDomainError(refused) && refused.code).toBe('auth.forbidden')
    expect(t.conversations.byId.size).toBe(0)
  })
})
