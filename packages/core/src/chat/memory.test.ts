import { describe, expect, it } from 'vitest'
import type { ChatRequest } from '../ports/chat-model'
import { answer } from './answer'
import { chatWorld, drain, endOf } from './chat-fixture'
import { memoryHeading, summaryInstruction } from './summarize'

// 196 characters: 49 tokens by the 4-characters rule, 53 with a message's overhead.
const long = (label: string) => `${label}: ${'blah '.repeat(38)}`.padEnd(196, '.')
const isSummary = (request: ChatRequest) => request.system === summaryInstruction

/**
 * A window of 400 tokens and answers of at most 100: 300 tokens of input, so three full turns
 * of ~53 tokens each fit with a new question and the fourth does not.
 */
// Answers are labelled by how many messages the model was sent (a1, a3, a5...).
async function smallWindow(summary: () => string = () => 'They discussed turns 1 and 2.') {
  const w = await chatWorld({
    chat: { contextWindowTokens: 400 },
    script: (request) =>
      isSummary(request) ? { text: summary() } : { text: long(`a${request.messages.length}`) },
  })
  await w.profile({ maxTokens: 100, systemPrompt: 'Be brief.' })
  const ask = async (n: number, extra = {}) =>
    endOf(
      await drain(
        answer(w.ports, w.ownerActs, {
          conversationId: w.conversation.id,
          content: long(`q${n}`),
          ...extra,
        }),
      ),
    )
  const chats = () => w.model.requests.filter((request) => !isSummary(request))
  return { ...w, ask, chats }
}

describe('context and memory', () => {
  it('summarizes the older turns into the memory once the history outgrows the budget', async () => {
    const w = await smallWindow()
    for (const n of [1, 2, 3]) await w.ask(n)
    expect(w.model.requests.some(isSummary)).toBe(false)
    expect(w.chats()[2]?.messages).toHaveLength(5)
    expect(w.chats()[2]?.system).toBe('Be brief.')

    await w.ask(4)
    const summary = w.model.requests.find(isSummary)
    expect(summary?.messages[0]?.content).toMatch(
      /^User: q1: blah.*\n\nAssistant: a1: .*\n\nUser: q2/s,
    )
    expect(summary?.messages[0]?.content).not.toMatch(/q3/)
    expect(summary).toMatchObject({ temperature: 0, maxTokens: 75 })
    const fourth = w.chats()[3]
    expect(fourth?.system).toBe(`${memoryHeading}\nThey discussed turns 1 and 2.\n\nBe brief.`)
    expect(fourth?.messages.map((m) => m.content.slice(0, 2))).toEqual(['q3', 'a5', 'q4'])
    const conversation = await w.conversations.get(w.workspace.id, w.conversation.id)
    expect(conversation?.memory).toMatchObject({ summary: 'They discussed turns 1 and 2.' })

    // The next turn uses the memory and sends only the turns after it: no new summary needed.
    await w.ask(5)
    expect(w.model.requests.filter(isSummary)).toHaveLength(1)
    expect(w.chats()[4]?.system).toContain('They discussed turns 1 and 2.')
    expect(w.chats()[4]?.messages.map((m) => m.content.slice(0, 2))).toEqual([
      'q3',
      'a5',
      'q4',
      'a3',
      'q5',
    ])
  })

  it('leaves the memory out of a branch that starts before the turns it covers', async () => {
    const w = await smallWindow()
    const [a1] = [await w.ask(1), await w.ask(2), await w.ask(3), await w.ask(4)]
    await w.ask(9, { parentId: a1?.id })
    expect(w.chats().at(-1)?.system).toBe('Be brief.')
    expect(
      w
        .chats()
        .at(-1)
        ?.messages.map((m) => m.content.slice(0, 2)),
    ).toEqual(['q1', 'a1', 'q9'])
  })

  it('answers with the turns that fit when the summary fails, saving no memory', async () => {
    const w = await smallWindow(() => '')
    for (const n of [1, 2, 3, 4]) await w.ask(n)
    expect(w.model.requests.filter(isSummary)).toHaveLength(1)
    expect(w.chats()[3]?.system).toBe('Be brief.')
    expect(w.chats()[3]?.messages.map((m) => m.content.slice(0, 2))).toEqual(['q3', 'a5', 'q4'])
    const conversation = await w.conversations.get(w.workspace.id, w.conversation.id)
    expect(conversation?.memory).toBeUndefined()
  })
})
