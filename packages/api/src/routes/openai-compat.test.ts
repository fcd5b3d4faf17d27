import type { ChatRequest, HttpConfig, RecordingEvents } from '@chatter/core'
import { resolverOf, type Script, ScriptedChatModel } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  apiKeyOf,
  bodyOf,
  inWorkspace,
  join,
  profileIn,
  sharedWorkspace,
  signedInUser,
} from '../test-callers'
import { testDependencies } from '../test-support'
import { indexDocument } from './search-test-kit'

const user = (content: string) => ({ role: 'user', content })

async function setup(script?: (request: ChatRequest) => Script) {
  const config: HttpConfig = { CORS_ORIGINS: [], MAX_BODY_BYTES: 256 * 1024, LOG_LEVEL: 'SILENT' }
  const model = new ScriptedChatModel('local', script)
  const deps = testDependencies({
    config,
    chat: {
      models: resolverOf({ local: model }),
      defaultModel: { provider: 'local', modelId: 'local' },
    },
  })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const profile = await profileIn(deps, team.id, {
    name: 'Local',
    provider: 'local',
    modelId: 'local-large',
    systemPrompt: 'You are careful.',
  })
  const agent = await deps.agents.create({
    id: 'agt_helper',
    workspaceId: team.id,
    name: 'Helper',
    description: 'Helps.',
    systemPrompt: 'You are the helper.',
    tools: [],
    createdBy: owner.user.id,
  })
  const call = async (method: string, path: string, body?: unknown, headers = owner.headers) =>
    app.request(`/v1${path}`, {
      method,
      headers: inWorkspace(headers, team.id),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  const events = deps.events as RecordingEvents
  return { deps, app, owner, team, profile, agent, model, call, events }
}

/** The `data:` payloads of an SSE body. */
const framesOf = (text: string) =>
  text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => frame.slice('data: '.length))

describe('GET /v1/models', () => {
  it('lists default, every profile and agent, and the embedding model, in OpenAI format', async () => {
    const { call, profile, agent, team } = await setup()
    const response = await call('GET', '/models')
    expect(response.status).toBe(200)
    const list = await bodyOf(response)
    expect(list.object).toBe('list')
    expect(list.data.map((m: { id: string; kind: string }) => [m.id, m.kind])).toEqual([
      ['default', 'default'],
      [profile.id, 'profile'],
      [agent.id, 'agent'],
      ['test-hashing', 'embedding'],
    ])
    expect(list.data[1]).toEqual({
      id: profile.id,
      object: 'model',
      created: Math.floor(Date.parse(profile.createdAt) / 1000),
      owned_by: team.id,
      name: 'Local',
      kind: 'profile',
    })
    const one = await call('GET', `/models/${agent.id}`)
    expect(await bodyOf(one)).toMatchObject({ id: agent.id, object: 'model', name: 'Helper' })
  })

  it('answers an unknown model with a 404 problem that OpenAI clients can read', async () => {
    const { call } = await setup()
    const response = await call('GET', '/models/gpt-4o')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = await bodyOf(response)
    expect(problem).toMatchObject({ status: 404, code: 'resource.notFound' })
    expect(problem.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'resource.notFound',
      message: expect.stringContaining('The model "gpt-4o" does not exist'),
    })
  })
})

describe('POST /v1/chat/completions', () => {
  it('answers in OpenAI format and records the usage like any answer', async () => {
    const { call, events, profile, team, owner } = await setup()
    const response = await call('POST', '/chat/completions', {
      model: profile.id,
      messages: [{ role: 'system', content: 'Be brief.' }, user('Hi')],
      // Fields Chatter does not use are accepted and ignored.
      seed: 7,
      user: 'someone',
      stop: ['\n\n'],
      logit_bias: { '50256': -100 },
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const completion = await bodyOf(response)
    expect(completion).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/),
      object: 'chat.completion',
      created: expect.any(Number),
      model: profile.id,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello there.', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
    })
    const [created] = events.of('message.created')
    expect(created?.workspaceId).toBe(team.id)
    expect(created?.data).toMatchObject({
      messageId: completion.id,
      userId: owner.user.id,
      status: 'complete',
      modelId: 'local-large',
      profileId: profile.id,
      inputTokens: 1,
      outputTokens: 2,
      costUsd: 0,
    })
    expect(created?.data).not.toHaveProperty('conversationId')
  })

  it("puts the agent's system prompt first, then the caller's system and developer messages", async () => {
    const { call, model, agent } = await setup()
    const response = await call('POST', '/chat/completions', {
      model: agent.id,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: [{ type: 'text', text: 'Use French.' }] },
        user('Hi'),
      ],
      temperature: 0.2,
      top_p: 0.5,
      max_completion_tokens: 50,
    })
    expect(response.status).toBe(200)
    expect(model.requests[0]).toMatchObject({
      system: 'You are the helper.\n\nBe brief.\n\nUse French.',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 0.2,
      topP: 0.5,
      maxTokens: 50,
    })
  })

  it('gives an agent with knowledge the passages retrieved for the last user message', async () => {
    const { deps, call, model, team, owner } = await setup()
    await indexDocument(deps.knowledge, team.id, {
      filename: 'birds.txt',
      texts: ['The blue heron nests by the pond.'],
    })
    await deps.agents.create({
      id: 'agt_birds',
      workspaceId: team.id,
      name: 'Birder',
      description: 'Knows birds.',
      systemPrompt: '',
      tools: [],
      knowledge: { enabled: true },
      createdBy: owner.user.id,
    })
    const response = await call('POST', '/chat/completions', {
      model: 'agt_birds',
      messages: [user('Where does the heron nest?')],
    })
    expect(response.status).toBe(200)
    expect(model.requests[0]?.passages?.map((p) => p.text)).toEqual([
      'The blue heron nests by the pond.',
    ])
  })

  it('streams chunks, a finish, the usage when asked, then [DONE]', async () => {
    const { call } = await setup()
    const response = await call('POST', '/chat/completions', {
      model: 'default',
      messages: [user('Hi')],
      stream: true,
      stream_options: { include_usage: true },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const frames = framesOf(await response.text())
    expect(frames.at(-1)).toBe('[DONE]')
    const chunks = frames.slice(0, -1).map((frame) => JSON.parse(frame))
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' })
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')
    expect(text).toBe('Hello there.')
    expect(chunks.at(-2).choices[0].finish_reason).toBe('stop')
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: 3 } })
  })

  it("returns the model's calls of the client's tools with finish_reason tool_calls", async () => {
    const { call, model } = await setup((request) =>
      request.messages.at(-1)?.toolResults
        ? { text: 'It is sunny in Paris.' }
        : {
            text: '',
            toolCalls: [{ id: 'call_1', name: 'get_weather', input: { city: 'Paris' } }],
          },
    )
    const tools = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          parameters: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    ]
    const first = await bodyOf(
      await call('POST', '/chat/completions', {
        model: 'default',
        messages: [user('Weather?')],
        tools,
      }),
    )
    const toolCalls = [
      {
        id: 'call_1',
        type: 'function',
        function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
      },
    ]
    expect(first.choices[0]).toMatchObject({
      message: { role: 'assistant', content: null, tool_calls: toolCalls },
      finish_reason: 'tool_calls',
    })
    expect(model.requests[0]?.tools?.map((tool) => tool.name)).toEqual(['get_weather'])
    const second = await bodyOf(
      await call('POST', '/chat/completions', {
        model: 'default',
        tools,
        messages: [
          user('Weather?'),
          first.choices[0].message,
          { role: 'tool', tool_call_id: 'call_1', content: 'Sunny, 21°C' },
        ],
      }),
    )
    expect(second.choices[0].message.content).toBe('It is sunny in Paris.')
    expect(model.requests[1]?.messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: '',
        toolCalls: [{ id: 'call_1', name: 'get_weather', input: { city: 'Paris' } }],
      },
      {
        role: 'user',
        content: '',
        toolResults: [{ id: 'call_1', content: 'Sunny, 21°C', isError: false }],
      },
    ])
    // tool_choice none: no tools offered.
    await call('POST', '/chat/completions', {
      model: 'default',
      messages: [user('x')],
      tools,
      tool_choice: 'none',
    })
    expect(model.requests[2]?.tools).toBeUndefined()
  })

  it('stops the model when the client goes away, and records the usage so far', async () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ')
    const { call, events } = await setup(() => ({ text: words, delayMs: 5 }))
    const response = await call('POST', '/chat/completions', {
      model: 'default',
      messages: [user('Talk')],
      stream: true,
    })
    const reader = response.body?.getReader()
    await reader?.read()
    await reader?.cancel()
    const deadline = Date.now() + 5000
    while (events.of('message.created').length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20))
    const [created] = events.of('message.created')
    expect(created?.data.status).toBe('interrupted')
    expect(created?.data.outputTokens).toBeLessThan(200)
  })

  it('sends an error frame when the model fails mid-stream', async () => {
    const { call } = await setup(() => ({ text: 'one two three', failAfterDeltas: 1 }))
    const response = await call('POST', '/chat/completions', {
      model: 'default',
      messages: [user('Hi')],
      stream: true,
    })
    const frames = framesOf(await response.text())
    expect(JSON.parse(frames.at(-1) ?? '')).toEqual({
      error: {
        message: 'The model failed to answer.',
        type: 'server_error',
        code: 'internal.error',
        param: null,
      },
    })
    expect(frames).not.toContain('[DONE]')
  })

  it.each([
    [
      'an image part',
      { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] },
      /Images are not supported/,
    ],
    ['n other than 1', { n: 2 }, /Only n = 1 is supported/],
    ['a temperature of the wrong type', { temperature: 'hot' }, /json\.temperature/],
    ['no messages', { messages: [] }, /json\.messages/],
    ['an unknown role', { messages: [{ role: 'function', content: 'x' }] }, /json\.messages/],
  ])('refuses %s with a 422 whose OpenAI error says why', async (_, change, message) => {
    const { call } = await setup()
    const response = await call('POST', '/chat/completions', {
      model: 'default',
      messages: [user('Hi')],
      ...change,
    })
    expect(response.status).toBe(422)
    const problem = await bodyOf(response)
    expect(problem.code).toBe('request.invalid')
    expect(problem.error.type).toBe('invalid_request_error')
    expect(problem.error.message).toMatch(message)
  })

  it('answers an unknown model with a 404', async () => {
    const { call } = await setup()
    const response = await call('POST', '/chat/completions', {
      model: 'gpt-4o',
      messages: [user('Hi')],
    })
    expect(response.status).toBe(404)
    expect((await bodyOf(response)).error.param).toBe('model')
  })

  it('needs write: a viewer or a read-only key may list models but not complete', async () => {
    const { deps, call, team, owner } = await setup()
    const viewer = await signedInUser(deps)
    await join(deps, team, viewer, 'viewer')
    const readKey = await apiKeyOf(deps, owner, team.id, ['read'])
    for (const headers of [viewer.headers, readKey.headers]) {
      const refused = await call(
        'POST',
        '/chat/completions',
        { model: 'default', messages: [user('Hi')] },
        headers,
      )
      expect(refused.status).toBe(403)
      expect((await bodyOf(refused)).error.type).toBe('permission_error')
      expect((await call('GET', '/models', undefined, headers)).status).toBe(200)
    }
  })

  it('answers anonymous callers 401 with an OpenAI error', async () => {
    const { app } = await setup()
    const response = await app.request('/v1/chat/completions', { method: 'POST' })
    expect(response.status).toBe(401)
    expect((await bodyOf(response)).error.type).toBe('authentication_error')
  })
})

describe('POST /v1/embeddings', () => {
  it('gives the same vectors as floats and as base64 float32', async () => {
    const { call, deps } = await setup()
    const input = ['The blue heron nests by the pond.', 'Herons eat fish.']
    const floats = await bodyOf(
      await call('POST', '/embeddings', { input, model: 'default', encoding_format: 'float' }),
    )
    const based = await bodyOf(
      await call('POST', '/embeddings', {
        input,
        model: 'test-hashing',
        encoding_format: 'base64',
      }),
    )
    expect(floats).toMatchObject({
      object: 'list',
      model: 'test-hashing',
      usage: { prompt_tokens: expect.any(Number) },
    })
    expect(floats.data).toHaveLength(2)
    const native = deps.knowledge.embedder.dimensions
    floats.data.forEach((item: { index: number; embedding: number[] }, i: number) => {
      expect(item).toMatchObject({ object: 'embedding', index: i })
      expect(item.embedding).toHaveLength(native)
      const bytes = Buffer.from(based.data[i].embedding, 'base64')
      const decoded = [...new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)]
      expect(decoded).toEqual(item.embedding.map((value) => Math.fround(value)))
    })
  })

  it.each([
    ['token arrays', { input: [[1, 2, 3]] }, 422, /Token arrays are not supported/],
    ['another size', { input: 'x', dimensions: 3 }, 422, /dimensions/],
    ['too many texts', { input: Array.from({ length: 257 }, () => 'x') }, 422, /1-256 texts/],
    ['an empty text', { input: [''] }, 422, /1-32000 characters/],
    ['an unknown model', { input: 'x', model: 'text-embedding-3-small' }, 404, /does not exist/],
  ])('refuses %s', async (_, change, status, message) => {
    const { call } = await setup()
    const response = await call('POST', '/embeddings', { model: 'default', ...change })
    expect(response.status).toBe(status)
    expect((await bodyOf(response)).error.message).toMatch(message)
  })
})
