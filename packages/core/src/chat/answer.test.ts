import { describe, expect, it } from 'vitest'
import { answer } from './answer'
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
