import { describe, expect, it } from 'vitest'
import { getConversation } from '../conversations/read-conversations'
import { answer } from './answer'
import type { AnswerEvent } from './answer-events'
import { chatWorld, drain, endOf, startOf, textOf } from './chat-fixture'
import { regenerate } from './regenerate'

const ask = (w: Awaited<ReturnType<typeof chatWorld>>, content: string, extra = {}) =>
  drain(answer(w.ports, w.ownerActs, { conversationId: w.conversation.id, content, ...extra }))

describe('answer', () => {
  it('streams start, deltas, usage and end in order, and saves both messages and the turn', async () => {
    const w = await chatWorld({ script: () => ({ text: 'Lisbon has seven hills.' }) })
    const events = await ask(w, '  How many\n hills   has Lisbon? ')

    expect(events.map((e) => e.type)).toEqual([
      'message.start',
      ...Array(4).fill('delta'),
      'usage',
      'message.end',
    ])
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(textOf(events)).toBe('Lisbon has seven hills.')
    const { userMessage, assistantMessage } = startOf(events)
    expect(assistantMessage).toMatchObject({ status: 'streaming', parentId: userMessage.id })
    const saved = endOf(events)
    expect(saved).toMatchObject({
      id: assistantMessage.id,
      role: 'assistant',
      status: 'complete',
      content: 'Lisbon has seven hills.',
      model: { provider: 'local', modelId: 'local' },
      stopReason: 'end_turn',
      // As the scripted model counts them: whitespace-split pieces of the input, deltas out.
      usage: { inputTokens: 7, outputTokens: 4, costUsd: 0 },
    })
    expect(saved.usage?.latencyMs).toBeGreaterThanOrEqual(0)
    expect(saved.usage?.timeToFirstTokenMs).toBeLessThanOrEqual(saved.usage?.latencyMs ?? -1)
    expect(events.find((e) => e.type === 'usage')?.data).toEqual(saved.usage)

    const ws = w.workspace.id
    expect(await w.messages.get(ws, w.conversation.id, userMessage.id)).toMatchObject({
      role: 'user',
      status: 'complete',
      parentId: null,
      content: '  How many\n hills   has Lisbon? ',
      userId: w.owner.id,
    })
    expect(await w.messages.get(ws, w.conversation.id, saved.id)).toEqual(saved)
    expect(await w.conversations.get(ws, w.conversation.id)).toMatchObject({
      activeLeafId: saved.id,
      messageCount: 2,
      title: 'How many hills has Lisbon?',
    })
    const deltas = await w.messages.deltasAfter(ws, saved.id, 0)
    expect(deltas.map((d) => [d.seq, d.text])).toEqual(
      events.filter((e) => e.type === 'delta').map((e) => [e.seq, e.data.text]),
    )
  })

  it('continues the active branch, sending the history, and keeps a title once set', async () => {
    const w = await chatWorld({ script: (r) => ({ text: `Answer ${r.messages.length}` }) })
    const first = endOf(await ask(w, 'First question'))
    const second = await ask(w, 'Second question')
    expect(startOf(second).userMessage.parentId).toBe(first.id)
    expect(w.model.requests.at(-1)?.messages).toEqual([
      { role: 'user', content: 'First question' },
      { role: 'assistant', content: 'Answer 1' },
      { role: 'user', content: 'Second question' },
    ])
    const conversation = await w.conversations.get(w.workspace.id, w.conversation.id)
    expect(conversation).toMatchObject({ title: 'First question', messageCount: 4 })
  })

  it('prices a Bedrock answer, passes the profile’s settings and fallbacks, and records the model', async () => {
    const w = await chatWorld({
      provider: 'bedrock',
      script: () => ({ text: 'one two three four' }),
    })
    await w.profile({
      provider: 'bedrock',
      modelId: 'us.anthropic.claude-3-haiku-20240307-v1:0',
      systemPrompt: 'Answer briefly.',
      temperature: 0.2,
      maxTokens: 300,
      fallbackModelIds: ['amazon.nova-lite-v1:0'],
    })
    const saved = endOf(await ask(w, 'Count to four please'))
    // The scripted model counts input words (4) and output pieces (4).
    expect(saved.usage).toMatchObject({ inputTokens: 4, outputTokens: 4, costUsd: 0.000006 })
    expect(saved.model).toEqual({
      provider: 'bedrock',
      modelId: 'us.anthropic.claude-3-haiku-20240307-v1:0',
    })
    expect(w.model.requests[0]).toMatchObject({
      modelId: 'us.anthropic.claude-3-haiku-20240307-v1:0',
      system: 'Answer briefly.',
      temperature: 0.2,
      maxTokens: 300,
      fallbackModelIds: ['amazon.nova-lite-v1:0'],
    })
  })

  it('uses the conversation’s own profile over the workspace default', async () => {
    const w = await chatWorld()
    await w.profile({ modelId: 'default-model' })
    const chosen = await w.profile({ modelId: 'chosen-model', systemPrompt: 'Be a pirate.' })
    const conversation = await w.startConversation({ profileId: chosen.id })
    const conversationId = conversation.id
    await drain(answer(w.ports, w.ownerActs, { conversationId, content: 'Hi' }))
    expect(w.model.requests[0]).toMatchObject({ modelId: 'chosen-model', system: 'Be a pirate.' })
  })
})

describe('branches', () => {
  it('an edit (parentId) starts a branch whose context leaves the replaced turn out', async () => {
    const w = await chatWorld({
      script: (r) => ({ text: `Answer to ${r.messages.at(-1)?.content}` }),
    })
    const a1 = endOf(await ask(w, 'q1'))
    const u2 = startOf(await ask(w, 'q2')).userMessage
    const edited = await ask(w, 'q2 edited', { parentId: a1.id })
    const { userMessage } = startOf(edited)
    expect(userMessage.parentId).toBe(a1.id)
    const siblings = await w.messages.children(w.workspace.id, w.conversation.id, a1.id)
    expect(siblings.map((m) => m.id)).toEqual([u2.id, userMessage.id])
    expect(w.model.requests.at(-1)?.messages.map((m) => m.content)).toEqual([
      'q1',
      'Answer to q1',
      'q2 edited',
    ])
    const conversation = await w.conversations.get(w.workspace.id, w.conversation.id)
    expect(conversation?.activeLeafId).toBe(endOf(edited).id)

    const root = startOf(await ask(w, 'a new first question', { parentId: null })).userMessage
    expect(root.parentId).toBeNull()
    expect(w.model.requests.at(-1)?.messages).toEqual([
      { role: 'user', content: 'a new first question' },
    ])
  })

  it('regenerate adds a sibling answer under the same question, which becomes the active leaf', async () => {
    let n = 0
    const w = await chatWorld({ script: () => ({ text: `Take ${++n}` }) })
    await ask(w, 'q1')
    const events = await ask(w, 'q2')
    const u2 = startOf(events).userMessage
    const a2 = endOf(events)
    const conversationId = w.conversation.id
    const again = await drain(
      regenerate(w.ports, w.ownerActs, { conversationId, messageId: a2.id }),
    )
    expect(startOf(again).userMessage.id).toBe(u2.id)
    const a2b = endOf(again)
    expect(a2b).toMatchObject({ parentId: u2.id, content: 'Take 3', status: 'complete' })
    const answers = await w.messages.children(w.workspace.id, conversationId, u2.id)
    expect(answers.map((m) => m.id)).toEqual([a2.id, a2b.id])
    expect(w.model.requests.at(-1)?.messages.map((m) => m.content)).toEqual(['q1', 'Take 1', 'q2'])
    expect(await w.conversations.get(w.workspace.id, conversationId)).toMatchObject({
      activeLeafId: a2b.id,
      messageCount: 5,
    })
    // Given the question itself, it answers it once more.
    const third = await drain(
      regenerate(w.ports, w.ownerActs, { conversationId, messageId: u2.id }),
    )
    expect(endOf(third)).toMatchObject({ parentId: u2.id, content: 'Take 4' })
  })
})

describe('an answer being written', () => {
  /** The next event of a stream (fails the test when it ended). */
  const next = async (events: AsyncGenerator<AnswerEvent>) => {
    const step = await events.next()
    if (step.done) throw new Error('The stream ended early')
    return step.value
  }

  it('is on the conversation’s path from message.start: question and streaming answer', async () => {
    const w = await chatWorld({ script: () => ({ text: 'One two three four five.' }) })
    const conversationId = w.conversation.id
    const shownPath = async () =>
      (await getConversation(w.ports, w.ownerActs, { conversationId })).messages.items
    const first = await ask(w, 'q1')

    const events = answer(w.ports, w.ownerActs, { conversationId, content: 'q2' })
    const start = await next(events)
    if (start.type !== 'message.start') throw new Error(`The stream began with ${start.type}`)
    const { userMessage, assistantMessage } = start.data
    expect((await next(events)).type).toBe('delta')
    expect((await shownPath()).map((m) => [m.id, m.status])).toEqual([
      [startOf(first).userMessage.id, 'complete'],
      [endOf(first).id, 'complete'],
      [userMessage.id, 'complete'],
      [assistantMessage.id, 'streaming'],
    ])
    // A message sent meanwhile follows the answer, as the conversation then shows it.
    const rest = await drain(events)
    expect(endOf(rest)).toMatchObject({ id: assistantMessage.id, status: 'complete' })
    expect((await shownPath()).at(-1)?.id).toBe(assistantMessage.id)

    // A regeneration moves the path to its new answer as it starts, beside the earlier one.
    const again = regenerate(w.ports, w.ownerActs, {
      conversationId,
      messageId: assistantMessage.id,
    })
    const restart = await next(again)
    if (restart.type !== 'message.start') throw new Error(`The stream began with ${restart.type}`)
    expect((await next(again)).type).toBe('delta')
    expect((await shownPath()).slice(-2).map((m) => [m.id, m.status])).toEqual([
      [userMessage.id, 'complete'],
      [restart.data.assistantMessage.id, 'streaming'],
    ])
    expect(endOf(await drain(again)).status).toBe('complete')
  })

  it('is what a message sent meanwhile follows', async () => {
    const w = await chatWorld({
      script: (r) => ({ text: `Answer to ${r.messages.at(-1)?.content}` }),
    })
    const conversationId = w.conversation.id
    const events = answer(w.ports, w.ownerActs, { conversationId, content: 'q1' })
    const start = await next(events)
    if (start.type !== 'message.start') throw new Error(`The stream began with ${start.type}`)
    const meanwhile = await ask(w, 'q2')
    expect(startOf(meanwhile).userMessage.parentId).toBe(start.data.assistantMessage.id)
    await drain(events)
    // The answer had no text yet when q2 was answered: that model saw both questions as one turn.
    expect(w.model.requests.map((r) => r.messages)).toEqual([
      [{ role: 'user', content: 'q1\n\nq2' }],
      [{ role: 'user', content: 'q1' }],
    ])
  })
})
