import type { ChatRequest, ChatStreamEvent, ContextPassage } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { LocalChatModel } from './local-chat-model'
import { LocalModelProbe } from './model-probe'
import { countTokens, splitTokens } from './tokens'

const ask = (content: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  modelId: 'local',
  messages: [
    { role: 'user', content: 'hello' },
    { role: 'assistant', content: 'hi' },
    { role: 'user', content },
  ],
  ...extra,
})

async function collect(stream: AsyncIterable<ChatStreamEvent>) {
  const events: ChatStreamEvent[] = []
  for await (const event of stream) events.push(event)
  const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('')
  return { events, text, types: events.map((e) => e.type) }
}

const passages: ContextPassage[] = [
  {
    id: 'p1',
    documentId: 'handbook',
    page: 4,
    score: 0.82,
    text: 'Employees get 25 vacation days per year. Unused vacation days expire in March.',
  },
  { id: 'p2', documentId: 'menu', text: 'The cafeteria serves soup on Fridays.' },
  { id: 'p3', documentId: 'policy', text: 'Vacation requests need approval from a manager.' },
]

describe('LocalChatModel', () => {
  const model = new LocalChatModel({ tokenDelayMs: 0 })

  it('says plainly it is the local model, what it was asked, and how to connect a real one', async () => {
    const { text, events } = await collect(model.stream(ask('What is the capital of Peru?')))

    expect(model.provider).toBe('local')
    expect(text.startsWith('[local model] ')).toBe(true)
    expect(text).toContain('What is the capital of Peru?')
    expect(text).toMatch(/no real language model/)
    expect(text).toMatch(/Bedrock/)
    expect(text).toMatch(/Ollama/)
    expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(20)
  })

  it('answers from the relevant passages and cites each one it used', async () => {
    const { text, events, types } = await collect(
      model.stream(ask('How many vacation days do I get?', { passages })),
    )

    expect(text).toMatch(/^\[local model\] /)
    expect(text).toContain('"Employees get 25 vacation days per year." [1]')
    expect(text).toContain('[2]')
    expect(text).not.toContain('soup')
    expect(events.filter((e) => e.type === 'citation')).toEqual([
      { type: 'citation', passageId: 'p1', documentId: 'handbook', page: 4, score: 0.82 },
      { type: 'citation', passageId: 'p3', documentId: 'policy' },
    ])
    expect(types.slice(-2)).toEqual(['usage', 'stop'])
  })

  it('reports usage and ends its turn', async () => {
    const request = ask('Tell me about vacation.', { system: 'Be brief.', passages })
    const { events, text } = await collect(model.stream(request))

    const usage = events.find((e) => e.type === 'usage')
    const prompt = [
      'Be brief.',
      'hello',
      'hi',
      'Tell me about vacation.',
      ...passages.map((p) => p.text),
    ]
    expect(usage).toEqual({
      type: 'usage',
      usage: {
        inputTokens: prompt.reduce((sum, t) => sum + countTokens(t), 0),
        outputTokens: countTokens(text),
      },
    })
    expect(events[0]).toEqual({ type: 'model', modelId: 'local' })
    expect(events.at(-1)).toEqual({ type: 'stop', reason: 'end_turn' })
  })

  it('stops at maxTokens with the max_tokens reason', async () => {
    const { events, text } = await collect(model.stream(ask('Anything?', { maxTokens: 5 })))

    expect(events.filter((e) => e.type === 'delta')).toHaveLength(5)
    expect(text).toBe('[local model] You')
    expect(events.at(-2)).toMatchObject({ usage: { outputTokens: 5 } })
    expect(events.at(-1)).toEqual({ type: 'stop', reason: 'max_tokens' })
  })

  it('stops promptly when the request is aborted mid-stream', async () => {
    const slow = new LocalChatModel({ tokenDelayMs: 10_000 })
    const controller = new AbortController()
    const deltas: string[] = []
    const reading = (async () => {
      for await (const event of slow.stream(ask('Hi', { signal: controller.signal }))) {
        if (event.type === 'delta') deltas.push(event.text)
      }
    })()
    const started = performance.now()
    controller.abort()

    await expect(reading).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }))
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(deltas).toEqual([])
  })

  it('is deterministic', async () => {
    const request = () => ask('How many vacation days do I get?', { passages })
    expect((await collect(model.stream(request()))).text).toBe(
      (await collect(model.stream(request()))).text,
    )
  })

  it('passes its readiness probe with a one-token generation', async () => {
    const probe = new LocalModelProbe(new LocalChatModel())
    await expect(probe.check(new AbortController().signal)).resolves.toBeUndefined()
  })
})

describe('token estimate', () => {
  it('counts words, long-word pieces and punctuation, and splits losslessly', () => {
    expect(countTokens('Hello, world!')).toBe(4)
    expect(countTokens('internationalization')).toBe(3)
    expect(countTokens('')).toBe(0)
    const text = '  The quick, brown fox.\n'
    expect(splitTokens(text).join('')).toBe(text)
  })
})
