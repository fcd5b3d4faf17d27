import type { ChatRequest, Tool } from '@chatter/core'
import type { InMemoryToolCallLog, Script } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { bodyOf } from '../test-callers'
import { chatApp, readSse, textOf } from './conversation-messages-test-kit'

/** Asks for the calculator, then answers with the result it read. */
const calculatorScript = (request: ChatRequest): Script => {
  const result = request.messages.at(-1)?.toolResults?.[0]
  if (result) return { text: `It is ${result.content}.` }
  return { text: '', toolCalls: [{ name: 'calculator', input: { expression: '(2 + 3) * 8' } }] }
}

/** A tool that never answers and ignores its signal. */
const stuck: Tool = {
  name: 'stuck',
  description: 'Never answers.',
  inputSchema: { type: 'object' },
  source: { type: 'builtin' },
  call: () => new Promise(() => {}),
}

async function setup(script: (request: ChatRequest) => Script = calculatorScript) {
  const world = await chatApp((request) => script(request as ChatRequest))
  const catalog = world.deps.tools.catalog
  world.deps.tools.catalog = {
    toolsFor: async (workspaceId, options = {}) => {
      const tools = [...(await catalog.toolsFor(workspaceId, {})), stuck]
      return options.only ? tools.filter((tool) => options.only?.includes(tool.name)) : tools
    },
  }
  const log = world.deps.tools.calls as InMemoryToolCallLog
  return { ...world, log }
}

describe('POST /v1/conversations/{id}/messages with tools', () => {
  it('streams tool.call and tool.result, then the answer, and saves and logs the call', async () => {
    const { send, log, team, conversation } = await setup()
    const response = await send(
      { content: 'What is (2 + 3) * 8?', tools: { enabled: true } },
      { stream: true },
    )
    expect(response.status).toBe(200)
    const frames = await readSse(response)

    expect(frames.map((f) => f.event)).toEqual([
      'message.start',
      'tool.call',
      'tool.result',
      'delta',
      'delta',
      'delta',
      'usage',
      'message.end',
    ])
    const assistantId = frames[0]?.data.assistantMessage.id
    expect(frames.map((f) => f.id)).toEqual(frames.map((_, seq) => `${assistantId}:${seq}`))
    expect(frames[1]?.data).toEqual({
      id: 'call_1',
      name: 'calculator',
      arguments: { expression: '(2 + 3) * 8' },
      source: { type: 'builtin' },
    })
    expect(frames[2]?.data).toMatchObject({
      id: 'call_1',
      name: 'calculator',
      content: '40',
      isError: false,
    })
    expect(textOf(frames)).toBe('It is 40.')
    const saved = frames.at(-1)?.data.message
    expect(saved).toMatchObject({
      status: 'complete',
      content: 'It is 40.',
      toolCalls: [
        {
          id: 'call_1',
          name: 'calculator',
          arguments: { expression: '(2 + 3) * 8' },
          content: '40',
          isError: false,
          source: { type: 'builtin' },
        },
      ],
    })
    expect(log.records).toEqual([
      expect.objectContaining({
        workspaceId: team.id,
        tool: 'calculator',
        ok: true,
        conversationId: conversation.id,
        messageId: assistantId,
        via: 'chat',
      }),
    ])
  })

  it('answers JSON with the saved tool calls, and replays tool events on resume', async () => {
    const { send, app, headersOf, owner, conversation } = await setup()
    const response = await send({ content: 'Compute it', tools: { enabled: true } })
    expect(response.status).toBe(201)
    const { assistantMessage } = await bodyOf(response)
    expect(assistantMessage.toolCalls).toMatchObject([{ name: 'calculator', content: '40' }])

    const resumed = await app.request(
      `/v1/conversations/${conversation.id}/messages/${assistantMessage.id}/stream`,
      { headers: headersOf(owner, { 'Last-Event-ID': `${assistantMessage.id}:0` }) },
    )
    const frames = await readSse(resumed)
    expect(frames.map((f) => f.event)).toEqual([
      'tool.call',
      'tool.result',
      'delta',
      'delta',
      'delta',
      'message.end',
    ])
    expect(frames[1]?.data).toMatchObject({ name: 'calculator', content: '40' })
  })

  it('offers no tools unless asked, and only the named ones', async () => {
    const { send, model } = await setup()
    const plain = await bodyOf(await send({ content: 'What is (2 + 3) * 8?' }))
    expect(plain.assistantMessage.toolCalls).toBeUndefined()
    expect(model.requests[0]?.tools).toBeUndefined()

    await send({ content: 'Now?', tools: { enabled: true, only: ['current_time'] } })
    expect(model.requests[1]?.tools?.map((tool) => tool.name)).toEqual(['current_time'])
  })

  it('refuses a malformed tools request or an unknown tool name with a 422, storing nothing', async () => {
    const { send, storedMessages } = await setup()
    const malformed = await send({ content: 'Hi', tools: { enabled: 'yes' } })
    expect(malformed.status).toBe(422)
    expect((await bodyOf(malformed)).errors).toEqual([
      expect.objectContaining({ path: 'json.tools.enabled' }),
    ])

    const unknown = await send({ content: 'Hi', tools: { enabled: true, only: ['teleport'] } })
    expect(unknown.status).toBe(422)
    expect((await bodyOf(unknown)).errors).toEqual([
      { path: 'tools.only.0', message: 'This workspace has no enabled tool "teleport".' },
    ])
    expect(storedMessages()).toBe(0)
  })

  it('stops offering tools after maxIterations and makes the model answer', async () => {
    const { send, model, deps } = await setup((request) =>
      request.tools
        ? { text: '', toolCalls: [{ name: 'calculator', input: { expression: '1 + 1' } }] }
        : { text: 'Done computing.' },
    )
    deps.tools.settings.maxIterations = 2
    const frames = await readSse(
      await send({ content: 'Loop', tools: { enabled: true } }, { stream: true }),
    )

    expect(frames.filter((f) => f.event === 'tool.call')).toHaveLength(2)
    expect(model.requests.map((r) => r.tools === undefined)).toEqual([false, false, true])
    expect(frames.at(-1)?.data.message).toMatchObject({
      status: 'complete',
      content: 'Done computing.',
    })
  })

  it('times out a slow tool: an error result the model reads, logged as failed', async () => {
    const { send, deps, log } = await setup((request) =>
      request.messages.at(-1)?.toolResults
        ? { text: 'The tool did not answer in time.' }
        : { text: '', toolCalls: [{ name: 'stuck', input: {} }] },
    )
    deps.tools.settings.toolTimeoutMs = 40
    const frames = await readSse(
      await send({ content: 'Try it', tools: { enabled: true } }, { stream: true }),
    )

    const result = frames.find((f) => f.event === 'tool.result')?.data
    expect(result).toMatchObject({ name: 'stuck', isError: true })
    expect(result.content).toContain('timed out')
    expect(frames.at(-1)?.data.message.toolCalls[0]).toMatchObject({ name: 'stuck', isError: true })
    expect(textOf(frames)).toBe('The tool did not answer in time.')
    expect(log.records).toEqual([
      expect.objectContaining({
        tool: 'stuck',
        ok: false,
        error: expect.stringContaining('timed out'),
      }),
    ])
  })
})
