import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors'
import { chatMessagesOf, toolSpecsOf } from './completion-messages'
import type { OpenAITool } from './openai-types'

const weather: OpenAITool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'The weather of a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
  },
}

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (isDomainError(error))
      return { code: error.code, message: error.message, details: error.details }
    throw error
  }
  throw new Error('expected a refusal')
}

describe('chatMessagesOf', () => {
  it('gathers system and developer text and keeps user and assistant turns', () => {
    const mapped = chatMessagesOf([
      { role: 'system', content: 'Be brief.' },
      { role: 'developer', content: [{ type: 'text', text: 'Use French.' }] },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Bonjour' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Ça va?' },
          { type: 'text', text: 'Et toi?' },
        ],
      },
    ])
    expect(mapped.system).toEqual(['Be brief.', 'Use French.'])
    expect(mapped.messages).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Bonjour' },
      { role: 'user', content: 'Ça va?\nEt toi?' },
    ])
  })

  it('maps a tool exchange: assistant tool_calls, then consecutive tool messages as one turn', () => {
    const mapped = chatMessagesOf([
      { role: 'user', content: 'Weather in Paris and Oslo?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
          {
            id: 'call_2',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Oslo"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: 'Sunny, 21°C' },
      { role: 'tool', tool_call_id: 'call_2', content: [{ type: 'text', text: 'Snow, -3°C' }] },
    ])
    expect(mapped.messages).toEqual([
      { role: 'user', content: 'Weather in Paris and Oslo?' },
      {
        role: 'assistant',
        content: '',
        toolCalls: [
          { id: 'call_1', name: 'get_weather', input: { city: 'Paris' } },
          { id: 'call_2', name: 'get_weather', input: { city: 'Oslo' } },
        ],
      },
      {
        role: 'user',
        content: '',
        toolResults: [
          { id: 'call_1', content: 'Sunny, 21°C', isError: false },
          { id: 'call_2', content: 'Snow, -3°C', isError: false },
        ],
      },
    ])
  })

  it('puts a user message that follows tool results into the same turn', () => {
    const { messages } = chatMessagesOf([
      { role: 'user', content: 'Go' },
      {
        role: 'assistant',
        tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '' } }],
      },
      { role: 'tool', tool_call_id: 'c', content: 'done' },
      { role: 'user', content: 'Now summarize.' },
    ])
    expect(messages.at(-1)).toEqual({
      role: 'user',
      content: 'Now summarize.',
      toolResults: [{ id: 'c', content: 'done', isError: false }],
    })
    expect(messages[1]?.toolCalls).toEqual([{ id: 'c', name: 'f', input: {} }])
  })

  it('refuses image parts with a 422 that says images are not supported', () => {
    const refused = refusal(() =>
      chatMessagesOf([
        { role: 'user', content: [{ type: 'text', text: 'What is this?' }, { type: 'image_url' }] },
      ]),
    )
    expect(refused.code).toBe('request.invalid')
    expect(refused.message).toMatch(/Images are not supported/)
    expect(refused.details).toEqual({
      errors: [{ path: 'messages.0.content.1', message: refused.message }],
    })
  })

  it('refuses tool call arguments that are not a JSON object', () => {
    const refused = refusal(() =>
      chatMessagesOf([
        { role: 'user', content: 'Go' },
        {
          role: 'assistant',
          tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '[1' } }],
        },
      ]),
    )
    expect(refused.message).toMatch(/JSON object/)
  })

  it('needs a user message', () => {
    expect(refusal(() => chatMessagesOf([{ role: 'system', content: 'Hi' }])).code).toBe(
      'request.invalid',
    )
  })
})

describe('toolSpecsOf', () => {
  it('turns functions into tool specs', () => {
    expect(toolSpecsOf([weather], 'auto')).toEqual([
      {
        name: 'get_weather',
        description: 'The weather of a city',
        inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
      },
    ])
    const bare: OpenAITool = { type: 'function', function: { name: 'now' } }
    expect(toolSpecsOf([bare], undefined)).toEqual([
      { name: 'now', description: '', inputSchema: { type: 'object', properties: {} } },
    ])
  })

  it('offers none for tool_choice none, only the named one for a named choice', () => {
    const other: OpenAITool = { type: 'function', function: { name: 'now' } }
    expect(toolSpecsOf([weather, other], 'none')).toBeUndefined()
    const named = toolSpecsOf([weather, other], { type: 'function', function: { name: 'now' } })
    expect(named?.map((spec) => spec.name)).toEqual(['now'])
    const missing = { type: 'function' as const, function: { name: 'nope' } }
    expect(refusal(() => toolSpecsOf([weather], missing)).message).toMatch(/No tool named "nope"/)
  })
})
