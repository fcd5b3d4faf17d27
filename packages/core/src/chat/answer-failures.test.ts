import { describe, expect, it } from 'vitest'
import { answer } from './answer'
import { chatWorld, drain, endOf, startOf, textOf } from './chat-fixture'
import { regenerate } from './regenerate'

const story = 'one two three four five six seven eight nine ten'

describe('an answer that does not complete', () => {
  it('stops the model when the client disconnects and keeps the partial text as interrupted', async () => {
    const w = await chatWorld({ script: () => ({ text: story, delayMs: 5 }) })
    const client = new AbortController()
    const events = []
    const input = { conversationId: w.conversation.id, content: 'Count', signal: client.signal }
    for await (const event of answer(w.ports, w.ownerActs, input)) {
      events.push(event)
      if (events.filter((e) => e.type === 'delta').length === 2) client.abort()
    }
    expect(events.map((e) => e.type)).toEqual([
      'message.start',
      'delta',
      'delta',
      'usage',
      'message.end',
    ])
    const saved = endOf(events)
    expect(saved).toMatchObject({ status: 'interrupted', content: 'one two ' })
    expect(saved.error).toMatch(/disconnected/)
    const stored = await w.messages.get(w.workspace.id, w.conversation.id, saved.id)
    expect(stored).toMatchObject({ status: 'interrupted', content: 'one two ' })
    expect((await w.messages.deltasAfter(w.workspace.id, saved.id, 0)).length).toBe(2)
    const conversation = await w.conversations.get(w.workspace.id, w.conversation.id)
    expect(conversation).toMatchObject({ activeLeafId: saved.id, messageCount: 2 })
  })

  it('saves what streamed as interrupted when the model fails mid-answer, with an error event', async () => {
    const w = await chatWorld({ script: () => ({ text: story, failAfterDeltas: 3 }) })
    const events = await drain(
      answer(w.ports, w.ownerActs, { conversationId: w.conversation.id, content: 'Count' }),
    )
    expect(events.map((e) => e.type)).toEqual([
      'message.start',
      'delta',
      'delta',
      'delta',
      'usage',
      'error',
      'message.end',
    ])
    expect(events.find((e) => e.type === 'error')?.data).toEqual({
      code: 'internal.error',
      message: 'The model failed to answer.',
    })
    const saved = endOf(events)
    expect(saved).toMatchObject({
      status: 'interrupted',
      content: textOf(events),
      error: 'The model failed to answer.',
    })
    expect(saved.content).toBe('one two three ')
    // No usage came from the model: what it read and wrote is estimated.
    expect(saved.usage?.outputTokens).toBeGreaterThan(0)
  })

  it('marks an answer failed when the model fails before any text', async () => {
    const w = await chatWorld({ script: () => ({ text: story, failAfterDeltas: 0 }) })
    const events = await drain(
      answer(w.ports, w.ownerActs, { conversationId: w.conversation.id, content: 'Count' }),
    )
    const saved = endOf(events)
    expect(saved).toMatchObject({ status: 'failed', content: '', error: expect.any(String) })
    expect(saved.usage).toMatchObject({ inputTokens: 0, outputTokens: 0 })
    expect(events.map((e) => e.type)).toContain('error')
    const stored = await w.messages.get(w.workspace.id, w.conversation.id, saved.id)
    expect(stored?.status).toBe('failed')
  })

  it('saves the answer as interrupted when the reader stops without aborting', async () => {
    const w = await chatWorld({ script: () => ({ text: story }) })
    let assistantId = ''
    const input = { conversationId: w.conversation.id, content: 'Count' }
    for await (const event of answer(w.ports, w.ownerActs, input)) {
      if (event.type === 'message.start') assistantId = event.data.assistantMessage.id
      if (event.type === 'delta') break
    }
    const stored = await w.messages.get(w.workspace.id, w.conversation.id, assistantId)
    expect(stored).toMatchObject({ status: 'interrupted', content: 'one ' })
  })

  it('fails the turn, in the stream and in the store, when moving the conversation to it fails', async () => {
    const w = await chatWorld({ script: () => ({ text: story }) })
    const update = w.conversations.update.bind(w.conversations)
    let failures = 1
    w.conversations.update = async (...args) => {
      if (args[2].activeLeafId && failures-- > 0) throw new Error('store down')
      return update(...args)
    }
    const events = await drain(
      answer(w.ports, w.ownerActs, { conversationId: w.conversation.id, content: 'Count' }),
    )
    expect(events.map((e) => e.type)).toEqual(['message.start', 'usage', 'error', 'message.end'])
    const saved = endOf(events)
    expect(saved).toMatchObject({ status: 'failed', content: '' })
    expect(w.model.requests).toEqual([])
    // The end of the turn still moves it, so the failure shows (and can be regenerated).
    const conversation = await w.conversations.get(w.workspace.id, w.conversation.id)
    expect(conversation?.activeLeafId).toBe(saved.id)
  })
})

describe('refusals before anything is stored', () => {
  const storedCount = (w: Awaited<ReturnType<typeof chatWorld>>) => w.messages.byId.size

  it('422 naming the provider when the profile’s is not offered here, 503 for the default', async () => {
    const w = await chatWorld()
    await w.profile({ name: 'Claude', provider: 'bedrock', modelId: 'anthropic.claude-x' })
    const events = answer(w.ports, w.ownerActs, {
      conversationId: w.conversation.id,
      content: 'Hi',
    })
    await expect(events.next()).rejects.toMatchObject({
      code: 'request.invalid',
      message: expect.stringMatching(/"Claude" uses the "bedrock" model provider/),
    })
    const misconfigured = await chatWorld({
      chat: { defaultModel: { provider: 'openai', modelId: 'x' } },
    })
    const input = { conversationId: misconfigured.conversation.id, content: 'Hi' }
    await expect(
      answer(misconfigured.ports, misconfigured.ownerActs, input).next(),
    ).rejects.toMatchObject({
      code: 'dependency.unavailable',
    })
    expect(storedCount(w) + storedCount(misconfigured)).toBe(0)
  })

  it('403 for a viewer, 404 for another member’s conversation or a foreign parent, 422 for bad input', async () => {
    const w = await chatWorld()
    const conversationId = w.conversation.id
    const viewer = await w.as(w.viewer)
    const member = await w.as(w.member)
    await expect(
      answer(w.ports, viewer, { conversationId, content: 'Hi' }).next(),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      answer(w.ports, member, { conversationId, content: 'Hi' }).next(),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(
      regenerate(w.ports, member, { conversationId, messageId: 'msg_x' }).next(),
    ).rejects.toMatchObject({ code: 'resource.notFound' })

    const other = await w.startConversation()
    const foreign = endOf(
      await drain(answer(w.ports, w.ownerActs, { conversationId: other.id, content: 'Elsewhere' })),
    )
    const mine = startOf(
      await drain(answer(w.ports, w.ownerActs, { conversationId, content: 'Q' })),
    )
    const before = storedCount(w)
    for (const [input, code] of [
      [{ content: 'Hi', parentId: foreign.id }, 'resource.notFound'],
      [{ content: 'Hi', parentId: 'msg_nope' }, 'resource.notFound'],
      // A message follows an answer, not another question.
      [{ content: 'Hi', parentId: mine.userMessage.id }, 'request.invalid'],
      [{ content: '   ' }, 'request.invalid'],
      [{ content: 'x'.repeat(100_001) }, 'request.invalid'],
    ] as const)
      await expect(
        answer(w.ports, w.ownerActs, { conversationId, ...input }).next(),
      ).rejects.toMatchObject({ code })
    expect(storedCount(w)).toBe(before)
  })
})
