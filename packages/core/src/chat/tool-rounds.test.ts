import { describe, expect, it } from 'vitest'
import type { ChatRequest } from '../ports/chat-model'
import type { Tool } from '../ports/tools'
import type { Script } from '../testing'
import { InMemoryToolCallLog } from '../testing'
import { defaultToolSettings, type ToolSettings } from '../tool-servers/tool-services'
import { builtinTools } from '../tools/builtin'
import { answer } from './answer'
import type { AnswerEvent } from './answer-events'
import { chatWorld, drain, endOf, textOf } from './chat-fixture'
import { toolBudgetSpentNote } from './model-rounds'
import { resumeStream } from './resume-stream'
import { toolsFor } from './turn-tools'

/** A tool that never answers and ignores its signal: only the timeout can end it. */
const stuckTool: Tool = {
  name: 'stuck',
  description: 'Never answers.',
  inputSchema: { type: 'object' },
  source: { type: 'mcp', serverId: 'tsv_1', serverName: 'Slow', toolName: 'stuck' },
  call: () => new Promise(() => {}),
}

async function toolWorld(
  script: (request: ChatRequest) => Script,
  settings: Partial<ToolSettings> = {},
) {
  const w = await chatWorld({ script })
  const calls = new InMemoryToolCallLog()
  const all = [...builtinTools({ clock: () => w.now })(w.workspace.id), stuckTool]
  w.ports.tools = {
    catalog: {
      toolsFor: async (_workspaceId, options = {}) =>
        options.only ? all.filter((tool) => options.only?.includes(tool.name)) : all,
    },
    calls,
    settings: { ...defaultToolSettings, toolTimeoutMs: 1_000, ...settings },
  }
  const ask = (content: string, tools?: { enabled: boolean; only?: string[] }) =>
    drain(
      answer(w.ports, w.ownerActs, {
        conversationId: w.conversation.id,
        content,
        ...(tools ? { tools } : {}),
      }),
    )
  return { ...w, calls, ask }
}

/** Calls the calculator on the first round, then answers with what it read. */
const calculatorThenAnswer = (request: ChatRequest): Script => {
  const results = request.messages.at(-1)?.toolResults
  if (results) return { text: `The result is ${results[0]?.content}.` }
  return {
    text: 'Let me compute.',
    toolCalls: [{ name: 'calculator', input: { expression: '6 * 7' } }],
  }
}

const ofType = <T extends AnswerEvent['type']>(events: AnswerEvent[], type: T) =>
  events.filter((e): e is Extract<AnswerEvent, { type: T }> => e.type === type)

describe('answers that call tools', () => {
  it('streams tool.call and tool.result between the rounds and saves the calls with the answer', async () => {
    const w = await toolWorld(calculatorThenAnswer)
    const events = await w.ask('What is 6 times 7?', { enabled: true })

    expect(events.map((e) => e.type)).toEqual([
      'message.start',
      ...Array(3).fill('delta'),
      'tool.call',
      'tool.result',
      ...Array(4).fill('delta'),
      'usage',
      'message.end',
    ])
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(ofType(events, 'tool.call')[0]?.data).toEqual({
      id: 'call_1',
      name: 'calculator',
      arguments: { expression: '6 * 7' },
      source: { type: 'builtin' },
    })
    expect(ofType(events, 'tool.result')[0]?.data).toMatchObject({
      id: 'call_1',
      name: 'calculator',
      content: '42',
      isError: false,
    })
    expect(textOf(events)).toBe('Let me compute.\n\nThe result is 42.')
    const saved = endOf(events)
    expect(saved).toMatchObject({
      status: 'complete',
      content: 'Let me compute.\n\nThe result is 42.',
      stopReason: 'end_turn',
      toolCalls: [
        {
          id: 'call_1',
          name: 'calculator',
          arguments: { expression: '6 * 7' },
          content: '42',
          isError: false,
          source: { type: 'builtin' },
        },
      ],
    })
    // Usage of both model calls: 3 + 4 words out.
    expect(saved.usage).toMatchObject({ outputTokens: 7 })

    const [first, second] = w.model.requests
    expect(first?.tools?.map((tool) => tool.name)).toEqual(['calculator', 'current_time', 'stuck'])
    expect(second?.messages.slice(-2)).toEqual([
      {
        role: 'assistant',
        content: 'Let me compute.',
        toolCalls: [{ id: 'call_1', name: 'calculator', input: { expression: '6 * 7' } }],
      },
      { role: 'user', content: '', toolResults: [{ id: 'call_1', content: '42', isError: false }] },
    ])
    expect(w.calls.records).toEqual([
      expect.objectContaining({
        workspaceId: w.workspace.id,
        tool: 'calculator',
        source: { type: 'builtin' },
        ok: true,
        resultSize: 2,
        conversationId: w.conversation.id,
        messageId: saved.id,
        via: 'chat',
      }),
    ])
  })

  it('offers no tools unless the message asks, and only the named ones with `only`', async () => {
    const w = await toolWorld(calculatorThenAnswer)
    const plain = await w.ask('What is 6 times 7?')
    expect(w.model.requests[0]?.tools).toBeUndefined()
    expect(ofType(plain, 'tool.call')).toEqual([])
    expect(endOf(plain).toolCalls).toBeUndefined()

    await w.ask('What is 6 times 7?', { enabled: true, only: ['current_time'] })
    expect(w.model.requests[1]?.tools?.map((tool) => tool.name)).toEqual(['current_time'])

    await w.ask('What is 6 times 7?', { enabled: false, only: ['calculator'] })
    expect(w.model.requests.at(-1)?.tools).toBeUndefined()
  })

  it('refuses a message naming a tool the workspace lacks, before storing anything', async () => {
    const w = await toolWorld(calculatorThenAnswer)
    await expect(
      w.ask('Hi', { enabled: true, only: ['calculator', 'teleport'] }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'tools.only.1', message: expect.stringContaining('teleport') }] },
    })
    const page = await w.messages.list(w.workspace.id, w.conversation.id, { limit: 10 }, 'asc')
    expect(page.items).toEqual([])
  })

  it('stops offering tools after maxIterations rounds and makes the model answer in words', async () => {
    const w = await toolWorld(
      (request) =>
        request.tools
          ? { text: 'Again.', toolCalls: [{ name: 'current_time', input: {} }] }
          : { text: 'Enough tools.' },
      { maxIterations: 2, toolTimeoutMs: 1_000 },
    )
    const events = await w.ask('Keep checking the time', { enabled: true })

    expect(w.model.requests).toHaveLength(3)
    expect(w.model.requests.map((r) => r.tools !== undefined)).toEqual([true, true, false])
    expect(w.model.requests[2]?.system).toContain(toolBudgetSpentNote)
    expect(ofType(events, 'tool.call')).toHaveLength(2)
    expect(endOf(events)).toMatchObject({
      status: 'complete',
      content: 'Again.\n\nAgain.\n\nEnough tools.',
      stopReason: 'end_turn',
    })
    expect(endOf(events).toolCalls).toHaveLength(2)
  })

  it('times out a tool that does not answer, and the model reads the error', async () => {
    const w = await toolWorld(
      (request) =>
        request.messages.at(-1)?.toolResults
          ? { text: 'The tool was too slow.' }
          : { text: '', toolCalls: [{ name: 'stuck', input: {} }] },
      { maxIterations: 3, toolTimeoutMs: 30 },
    )
    const events = await w.ask('Try the slow one', { enabled: true })

    const result = ofType(events, 'tool.result')[0]?.data
    expect(result).toMatchObject({ name: 'stuck', isError: true })
    expect(result?.content).toContain('timed out after 30 ms')
    expect(result?.durationMs).toBeGreaterThanOrEqual(25)
    expect(w.model.requests[1]?.messages.at(-1)?.toolResults?.[0]).toMatchObject({ isError: true })
    expect(endOf(events)).toMatchObject({ status: 'complete', content: 'The tool was too slow.' })
    expect(w.calls.records[0]).toMatchObject({
      tool: 'stuck',
      ok: false,
      error: expect.stringContaining('timed out'),
      source: { type: 'mcp', serverId: 'tsv_1' },
    })
  })

  it('answers an unknown tool or bad arguments with an error result the model can act on', async () => {
    const w = await toolWorld((request) =>
      request.messages.at(-1)?.toolResults
        ? { text: 'Sorry.' }
        : {
            text: '',
            toolCalls: [
              { name: 'teleport', input: {} },
              { name: 'calculator', input: { expr: '1 + 1' } },
            ],
          },
    )
    const events = await w.ask('Go', { enabled: true })

    const results = ofType(events, 'tool.result').map((e) => e.data)
    expect(results).toMatchObject([
      { name: 'teleport', isError: true, content: 'There is no such tool: "teleport".' },
      { name: 'calculator', isError: true },
    ])
    expect(results[1]?.content).toMatch(/^Invalid arguments: .*expression/)
    expect(ofType(events, 'tool.call')[0]?.data.source).toBeUndefined()
    // An unknown tool ran nothing, so only the calculator's (failed) call is logged.
    expect(w.calls.records.map((r) => [r.tool, r.ok])).toEqual([['calculator', false]])
  })

  it('replays the tool events when a dropped stream resumes', async () => {
    const w = await toolWorld(calculatorThenAnswer)
    const events = await w.ask('What is 6 times 7?', { enabled: true })
    const saved = endOf(events)

    const resumed = await drain(
      await resumeStream(w.ports, w.ownerActs, {
        conversationId: w.conversation.id,
        messageId: saved.id,
        afterSeq: 2,
      }),
    )
    expect(resumed.slice(0, -1)).toEqual(
      events.filter((e) => e.seq > 2 && e.type !== 'usage' && e.type !== 'message.end'),
    )
    expect(resumed.at(-1)).toMatchObject({ type: 'message.end', data: { message: saved } })
  })
})

describe('toolsFor', () => {
  it("lets an agent's tool list decide whatever the message asks", async () => {
    const w = await toolWorld(calculatorThenAnswer)
    const agentOnly = await toolsFor(
      w.ports,
      w.conversation,
      { tools: ['current_time'] },
      {
        enabled: false,
      },
    )
    expect(agentOnly?.tools.map((tool) => tool.name)).toEqual(['current_time'])
    expect(
      await toolsFor(w.ports, w.conversation, { tools: [] }, { enabled: true }),
    ).toBeUndefined()
  })

  it('offers nothing without the tool services, and rejects a malformed request', async () => {
    const w = await toolWorld(calculatorThenAnswer)
    await expect(
      toolsFor(w.ports, w.conversation, {}, { enabled: 'yes' as unknown as boolean }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
    const withoutTools = { ...w.ports, tools: undefined }
    expect(await toolsFor(withoutTools, w.conversation, {}, { enabled: true })).toBeUndefined()
  })
})
