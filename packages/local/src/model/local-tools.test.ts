import type { ChatRequest, ChatStreamEvent, ToolSpec } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { LocalChatModel } from './local-chat-model'

const model = new LocalChatModel({ tokenDelayMs: 0 })
const spec = (name: string): ToolSpec => ({
  name,
  description: `The ${name} tool.`,
  inputSchema: { type: 'object' },
})
const tools = [spec('calculator'), spec('current_time')]

const ask = (content: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  modelId: 'local',
  messages: [{ role: 'user', content }],
  tools,
  ...extra,
})

async function collect(stream: AsyncIterable<ChatStreamEvent>) {
  const events: ChatStreamEvent[] = []
  for await (const event of stream) events.push(event)
  const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('')
  const uses = events.filter((e) => e.type === 'tool_use')
  return { events, text, uses, stop: events.at(-1) }
}

describe('LocalChatModel with tools', () => {
  it('asks for a tool named with `use <tool> {json}`, without text', async () => {
    const { text, uses, stop } = await collect(
      model.stream(ask('Please use calculator {"expression": "6 * (3 + 4)"} now')),
    )
    expect(text).toBe('')
    expect(uses).toEqual([
      {
        type: 'tool_use',
        id: 'toolu_local_1',
        name: 'calculator',
        input: { expression: '6 * (3 + 4)' },
      },
    ])
    expect(stop).toEqual({ type: 'stop', reason: 'tool_use' })
  })

  it('understands `call <tool> with {json}` and several requests in one message', async () => {
    const { uses } = await collect(
      model.stream(
        ask(
          'Call current_time with {"timeZone": "Asia/Tokyo"} and then use calculator {"expression": "1 + \\"}\\""}',
        ),
      ),
    )
    expect(
      uses.map((u) => [u.type === 'tool_use' && u.name, u.type === 'tool_use' && u.input]),
    ).toEqual([
      ['current_time', { timeZone: 'Asia/Tokyo' }],
      ['calculator', { expression: '1 + "}"' }],
    ])
  })

  it('answers normally when the tool is not offered, is named in another case, or no tools are offered', async () => {
    for (const request of [
      ask('use weather {"city": "Oslo"}'),
      ask('use Calculator {"expression": "1"}'),
      ask('use calculator {"expression": "1"}', { tools: undefined }),
    ]) {
      const { text, uses, stop } = await collect(model.stream(request))
      expect(uses).toEqual([])
      expect(text).toMatch(/^\[local model\] /)
      expect(stop).toEqual({ type: 'stop', reason: 'end_turn' })
    }
  })

  it('says so, and calls nothing, when the arguments are not valid JSON', async () => {
    const { text, uses } = await collect(model.stream(ask('use calculator {expression: 6*7}')))
    expect(uses).toEqual([])
    expect(text).toMatch(
      /^\[local model\] I did not call calculator: its arguments are not valid JSON/,
    )
  })

  it('answers with what each tool returned once the results come back', async () => {
    const request = ask('x', {
      messages: [
        { role: 'user', content: 'use calculator {"expression": "6*7"} use current_time {}' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [
            { id: 'toolu_local_1', name: 'calculator', input: { expression: '6*7' } },
            { id: 'toolu_local_2', name: 'current_time', input: {} },
          ],
        },
        {
          role: 'user',
          content: '',
          toolResults: [
            { id: 'toolu_local_1', content: '42', isError: false },
            { id: 'toolu_local_2', content: 'clock broken', isError: true },
          ],
        },
      ],
    })
    const { text, uses, stop } = await collect(model.stream(request))
    expect(uses).toEqual([])
    expect(text).toBe(
      '[local model] calculator returned: 42\n[local model] current_time failed: clock broken',
    )
    expect(stop).toEqual({ type: 'stop', reason: 'end_turn' })
    // Also on the last call, which offers no tools.
    const last = await collect(model.stream({ ...request, tools: undefined }))
    expect(last.text).toBe(text)
  })
})
