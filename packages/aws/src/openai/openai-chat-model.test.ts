import { once } from 'node:events'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ChatRequest, ChatStreamEvent } from '@chatter/core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { OpenAiCompatibleChatModel } from './openai-chat-model'

interface Seen {
  headers: IncomingHttpHeaders
  body: { model: string; [key: string]: unknown }
  closed: Promise<unknown>
}
type Respond = (res: ServerResponse, seen: Seen) => void

// A stand-in OpenAI-compatible server speaking the streaming Chat Completions wire format.
let respond: Respond = () => {}
let seen: Seen[] = []
const server = createServer((req, res) => {
  let raw = ''
  req.on('data', (piece) => {
    raw += piece
  })
  req.on('end', () => {
    const request = { headers: req.headers, body: JSON.parse(raw), closed: once(res, 'close') }
    seen.push(request)
    respond(res, request)
  })
})
let baseUrl = ''
let sleeps: number[] = []

beforeAll(async () => {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})
beforeEach(() => {
  seen = []
  sleeps = []
})

const newModel = (apiKey?: string) =>
  new OpenAiCompatibleChatModel({
    baseUrl: `${baseUrl}/`,
    ...(apiKey ? { apiKey } : {}),
    models: ['model-a', 'model-b'],
    maxRetries: 2,
    baseDelayMs: 100,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
  })

const ask = (extra: Partial<ChatRequest> = {}): ChatRequest => ({
  modelId: 'model-a',
  messages: [{ role: 'user', content: 'Say hello' }],
  ...extra,
})

const chunk = (content: string | null, finish: string | null = null) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'model-a',
  choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }],
})
const usageChunk = {
  ...chunk(null),
  choices: [],
  usage: { prompt_tokens: 9, completion_tokens: 2 },
}

const sseOf = (chunks: object[], done = true) =>
  chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('') + (done ? 'data: [DONE]\n\n' : '')

const answer = (texts: string[], finish = 'stop', usage = true) =>
  sseOf([...texts.map((t) => chunk(t)), chunk(null, finish), ...(usage ? [usageChunk] : [])])

function streamAnswer(res: ServerResponse, body: string) {
  res.writeHead(200, { 'content-type': 'text/event-stream' })
  res.end(body)
}
function fail(res: ServerResponse, status: number, body: object, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

async function collect(stream: AsyncIterable<ChatStreamEvent>) {
  const events: ChatStreamEvent[] = []
  for await (const event of stream) events.push(event)
  const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('')
  return { events, text }
}

describe('OpenAiCompatibleChatModel', () => {
  it('streams the text and the reported usage, sending the OpenAI request shape', async () => {
    respond = (res) => streamAnswer(res, answer(['Hel', 'lo']))
    const request = ask({
      system: 'Be brief.',
      passages: [{ id: 'p1', documentId: 'handbook', text: 'Employees get 25 days.' }],
      temperature: 0.3,
      topP: 0.8,
      maxTokens: 50,
    })

    const { events, text } = await collect(newModel('sk-secret').stream(request))

    expect(text).toBe('Hello')
    expect(events[0]).toEqual({ type: 'model', modelId: 'model-a' })
    expect(events.slice(-2)).toEqual([
      { type: 'usage', usage: { inputTokens: 9, outputTokens: 2 } },
      { type: 'stop', reason: 'end_turn' },
    ])
    const [{ headers, body }] = seen as [Seen]
    expect(headers.authorization).toBe('Bearer sk-secret')
    expect(body).toMatchObject({
      model: 'model-a',
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.3,
      top_p: 0.8,
      max_tokens: 50,
    })
    expect(body.messages).toEqual([
      { role: 'system', content: expect.stringMatching(/^Be brief\.\n\n.*\[1\] \(handbook\)/s) },
      { role: 'user', content: 'Say hello' },
    ])
  })

  it('reads an SSE stream cut at arbitrary bytes with CRLF line ends, and estimates missing usage', async () => {
    respond = (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      const body = `: keep-alive\r\n\r\n${answer(['Grüße', ' [1]'], 'length', false)}`
      const bytes = Buffer.from(body.replaceAll('\n\n', '\r\n\r\n'))
      for (let i = 0; i < bytes.length; i += 3) res.write(bytes.subarray(i, i + 3))
      res.end()
    }
    const passages = [{ id: 'p1', documentId: 'doc', text: 'x' }]

    const { events, text } = await collect(newModel().stream(ask({ passages })))

    expect(text).toBe('Grüße [1]')
    expect(events).toContainEqual({ type: 'citation', passageId: 'p1', documentId: 'doc' })
    expect(events.at(-1)).toEqual({ type: 'stop', reason: 'max_tokens' })
    const usage = events.find((e) => e.type === 'usage')
    expect(usage).toMatchObject({ usage: { outputTokens: 3 } })
    expect(seen[0]?.headers.authorization).toBeUndefined()
  })

  it('retries a 429, waiting as long as Retry-After asks, then answers', async () => {
    let calls = 0
    respond = (res) => {
      calls += 1
      if (calls === 1) fail(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '1' })
      else streamAnswer(res, answer(['Hi']))
    }

    const { events, text } = await collect(newModel().stream(ask()))

    expect(text).toBe('Hi')
    expect(events[0]).toEqual({ type: 'model', modelId: 'model-a' })
    expect(seen.map((s) => s.body.model)).toEqual(['model-a', 'model-a'])
    expect(sleeps).toEqual([1_000])
  })

  it('turns a 500 into a clean error with the status and the message, without the key', async () => {
    respond = (res) => fail(res, 500, { error: { message: 'CUDA out of memory (key sk-secret)' } })

    const failure = collect(newModel('sk-secret').stream(ask()))

    await expect(failure).rejects.toMatchObject({
      code: 'dependency.unavailable',
      message:
        'The model could not answer: the model server answered HTTP 500: CUDA out of memory (key [redacted])',
    })
    expect(seen).toHaveLength(1)
  })

  it('falls back to the next model when the first is unknown to the server', async () => {
    respond = (res, { body }) =>
      body.model === 'model-a'
        ? fail(res, 404, { error: { message: 'model "model-a" not found, try pulling it first' } })
        : streamAnswer(res, answer(['From B']))

    const { events, text } = await collect(newModel().stream(ask()))

    expect(text).toBe('From B')
    expect(events[0]).toEqual({
      type: 'model',
      modelId: 'model-b',
      fallbackFrom: 'model-a',
      reason:
        'model-a: model not available (HTTP 404: model "model-a" not found, try pulling it first)',
    })
  })

  it('falls back when the first model stays busy through every retry', async () => {
    respond = (res, { body }) =>
      body.model === 'model-a' ? fail(res, 503, {}) : streamAnswer(res, answer(['From B']))

    const { events } = await collect(newModel().stream(ask()))

    expect(events[0]).toMatchObject({ modelId: 'model-b', fallbackFrom: 'model-a' })
    expect(seen.map((s) => s.body.model)).toEqual(['model-a', 'model-a', 'model-a', 'model-b'])
    expect(sleeps).toEqual([75, 150])
  })

  it('stops on abort mid-stream and closes the connection to the server', async () => {
    respond = (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(sseOf([chunk('Hel')], false))
    }
    const controller = new AbortController()
    const deltas: string[] = []

    const reading = (async () => {
      for await (const event of newModel().stream(ask({ signal: controller.signal }))) {
        if (event.type !== 'delta') continue
        deltas.push(event.text)
        controller.abort()
      }
    })()

    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
    await seen[0]?.closed
    expect(deltas).toEqual(['Hel'])
    expect(seen).toHaveLength(1)
  })

  it('ends the answer as interrupted, without a retry, when the server drops it after text', async () => {
    respond = (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(sseOf([chunk('Hel')], false), () => setTimeout(() => res.destroy(), 20))
    }
    const deltas: string[] = []

    const reading = (async () => {
      for await (const event of newModel().stream(ask())) {
        if (event.type === 'delta') deltas.push(event.text)
      }
    })()

    await expect(reading).rejects.toMatchObject({
      code: 'dependency.unavailable',
      message: expect.stringMatching(/^The answer was interrupted/),
    })
    expect(deltas).toEqual(['Hel'])
    expect(seen).toHaveLength(1)
  })
})

describe('OpenAiCompatibleChatModel with tools', () => {
  const calculator = {
    name: 'calculator',
    description: 'Evaluates arithmetic.',
    inputSchema: { type: 'object', properties: { expression: { type: 'string' } } },
  }
  const toolChunk = (call: object, finish: string | null = null) => ({
    ...chunk(null, finish),
    choices: [{ index: 0, delta: { tool_calls: [call] }, finish_reason: finish }],
  })

  it('sends function tools and assembles streamed tool_calls into tool_use events', async () => {
    respond = (res) =>
      streamAnswer(
        res,
        sseOf([
          chunk('Computing.'),
          toolChunk({
            index: 0,
            id: 'call_a',
            type: 'function',
            function: { name: 'calculator', arguments: '' },
          }),
          toolChunk({ index: 0, function: { arguments: '{"expression":' } }),
          toolChunk({ index: 0, function: { arguments: '"6*7"}' } }),
          toolChunk({ index: 1, id: 'call_b', function: { name: 'calculator', arguments: '{}' } }),
          chunk(null, 'tool_calls'),
          usageChunk,
        ]),
      )

    const { events } = await collect(newModel().stream(ask({ tools: [calculator] })))

    expect(seen[0]?.body.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'calculator',
          description: 'Evaluates arithmetic.',
          parameters: calculator.inputSchema,
        },
      },
    ])
    expect(events.slice(1)).toEqual([
      { type: 'delta', text: 'Computing.' },
      { type: 'tool_use', id: 'call_a', name: 'calculator', input: { expression: '6*7' } },
      { type: 'tool_use', id: 'call_b', name: 'calculator', input: {} },
      { type: 'usage', usage: { inputTokens: 9, outputTokens: 2 } },
      { type: 'stop', reason: 'tool_use' },
    ])
  })

  it('sends a tool exchange as assistant tool_calls and tool messages', async () => {
    respond = (res) => streamAnswer(res, answer(['42.']))
    await collect(
      newModel().stream(
        ask({
          tools: [calculator],
          messages: [
            { role: 'user', content: 'What is 6*7? And 1/0?' },
            {
              role: 'assistant',
              content: '',
              toolCalls: [
                { id: 'call_a', name: 'calculator', input: { expression: '6*7' } },
                { id: 'call_b', name: 'calculator', input: { expression: '1/0' } },
              ],
            },
            {
              role: 'user',
              content: '',
              toolResults: [
                { id: 'call_a', content: '42', isError: false },
                { id: 'call_b', content: 'not finite', isError: true },
              ],
            },
          ],
        }),
      ),
    )

    expect(seen[0]?.body.messages).toEqual([
      { role: 'user', content: 'What is 6*7? And 1/0?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_a',
            type: 'function',
            function: { name: 'calculator', arguments: '{"expression":"6*7"}' },
          },
          {
            id: 'call_b',
            type: 'function',
            function: { name: 'calculator', arguments: '{"expression":"1/0"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_a', content: '42' },
      { role: 'tool', tool_call_id: 'call_b', content: 'Error: not finite' },
    ])
  })

  it('writes the exchange as text when the request offers no tools', async () => {
    respond = (res) => streamAnswer(res, answer(['Done.']))
    await collect(
      newModel().stream(
        ask({
          messages: [
            { role: 'user', content: 'Time?' },
            { role: 'assistant', content: '', toolCalls: [{ id: 't1', name: 'now', input: {} }] },
            {
              role: 'user',
              content: '',
              toolResults: [{ id: 't1', content: '12:00', isError: false }],
            },
          ],
        }),
      ),
    )

    expect(seen[0]?.body.tools).toBeUndefined()
    expect(seen[0]?.body.messages).toEqual([
      { role: 'user', content: 'Time?' },
      { role: 'assistant', content: '[Called the tool now (call t1) with {}]' },
      { role: 'user', content: '[Result of tool call t1]\n12:00' },
    ])
  })
})
