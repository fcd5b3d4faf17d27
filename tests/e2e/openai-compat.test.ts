// Issue 9 end to end: the official OpenAI client, pointed at the local server with a Chatter API
// key, lists models, completes (streamed and not, with a client tool round trip), embeds, shows
// our error messages, and the completions count in the usage analytics.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let token: string
let openai: OpenAI
const ids = { profile: '', agent: '' }

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  // biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-openai-'))
  stack = await startTestStack(dataDir)
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'openai@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as { accessToken: string }).accessToken
  const key = await call('POST', '/v1/api-keys', { name: 'OpenAI client', scopes: ['write'] })
  expect(key.status, JSON.stringify(key.body)).toBe(201)
  openai = new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: key.body.secret, maxRetries: 0 })
  const profile = await call('POST', '/v1/profiles', {
    name: 'Local',
    provider: 'local',
    modelId: 'local',
  })
  const agent = await call('POST', '/v1/agents', {
    name: 'Helper',
    description: 'Helps with anything.',
    systemPrompt: 'You help.',
  })
  ids.profile = profile.body.id
  ids.agent = agent.body.id
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

const question = { role: 'user' as const, content: 'What can you do?' }

describe('the OpenAI client against Chatter', () => {
  it('lists the profiles and agents as models', async () => {
    const models = []
    for await (const model of openai.models.list()) models.push(model)
    expect(models.map((model) => model.id)).toEqual(
      expect.arrayContaining(['default', ids.profile, ids.agent]),
    )
    expect(models.find((model) => model.id === ids.agent)).toMatchObject({
      object: 'model',
      owned_by: expect.any(String),
      created: expect.any(Number),
    })
    expect((await openai.models.retrieve(ids.profile)).id).toBe(ids.profile)
  })

  it('completes without and with streaming, to the same answer', async () => {
    const completion = await openai.chat.completions.create({
      model: ids.profile,
      messages: [{ role: 'system', content: 'Be brief.' }, question],
    })
    expect(completion.object).toBe('chat.completion')
    expect(completion.id).toMatch(/^chatcmpl-/)
    const [choice] = completion.choices
    expect(choice?.finish_reason).toBe('stop')
    expect(choice?.message.content).toContain('[local model]')
    expect(completion.usage?.total_tokens).toBeGreaterThan(0)

    const stream = await openai.chat.completions.create({
      model: ids.profile,
      messages: [{ role: 'system', content: 'Be brief.' }, question],
      stream: true,
      stream_options: { include_usage: true },
    })
    let content = ''
    const finishes: (string | null)[] = []
    let usage: OpenAI.CompletionUsage | undefined | null
    for await (const chunk of stream) {
      content += chunk.choices[0]?.delta.content ?? ''
      if (chunk.choices[0]?.finish_reason) finishes.push(chunk.choices[0].finish_reason)
      if (chunk.usage) usage = chunk.usage
    }
    expect(content).toBe(choice?.message.content)
    expect(finishes).toEqual(['stop'])
    expect(usage).toEqual(completion.usage)
  })

  it('round-trips a client tool call in the OpenAI wire format', async () => {
    const tools: OpenAI.ChatCompletionTool[] = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'The weather of a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    ]
    const messages: OpenAI.ChatCompletionMessageParam[] = [
      { role: 'user', content: 'use get_weather {"city":"Paris"}' },
    ]
    const first = await openai.chat.completions.create({ model: 'default', messages, tools })
    const asked = first.choices[0]
    expect(asked?.finish_reason).toBe('tool_calls')
    const [toolCall] = asked?.message.tool_calls ?? []
    expect(toolCall).toMatchObject({ type: 'function', function: { name: 'get_weather' } })
    if (toolCall?.type !== 'function') throw new Error('no function call')
    expect(JSON.parse(toolCall.function.arguments)).toEqual({ city: 'Paris' })

    const answer = await openai.chat.completions.create({
      model: 'default',
      tools,
      messages: [
        ...messages,
        { role: 'assistant', content: null, tool_calls: [toolCall] },
        { role: 'tool', tool_call_id: toolCall.id, content: 'Sunny, 21 degrees' },
      ],
    })
    expect(answer.choices[0]?.finish_reason).toBe('stop')
    expect(answer.choices[0]?.message.content).toContain('Sunny, 21 degrees')
  })

  it('embeds as base64 (the default) and as floats, to the same vectors', async () => {
    const input = ['The blue heron nests by the pond.', 'Herons eat fish.']
    const based = await openai.embeddings.create({ model: 'default', input })
    const floats = await openai.embeddings.create({
      model: 'default',
      input,
      encoding_format: 'float',
    })
    expect(based.data).toHaveLength(2)
    expect(based.data[0]?.embedding).toHaveLength(384)
    based.data.forEach((item, i) => {
      expect(item.embedding).toEqual(floats.data[i]?.embedding.map((value) => Math.fround(value)))
    })
    expect(floats.model).toBe(based.model)
  })

  it("shows our message in the client's error", async () => {
    const refused = openai.chat.completions.create({
      model: 'default',
      messages: [
        {
          role: 'user',
          content: [{ type: 'image_url', image_url: { url: 'https://example.com/heron.png' } }],
        },
      ],
    })
    await expect(refused).rejects.toBeInstanceOf(OpenAI.UnprocessableEntityError)
    await expect(refused).rejects.toThrow(/Images are not supported/)
    const unknown = openai.chat.completions.create({ model: 'gpt-4o', messages: [question] })
    await expect(unknown).rejects.toBeInstanceOf(OpenAI.NotFoundError)
    await expect(unknown).rejects.toMatchObject({ param: 'model', code: 'resource.notFound' })
  })

  it("counts the completions' tokens in the usage analytics", async () => {
    const completion = await openai.chat.completions.create({
      model: ids.agent,
      messages: [question],
    })
    const tokens = completion.usage
    const { status, body } = await call('GET', '/v1/analytics/usage?range=7d')
    expect(status, JSON.stringify(body)).toBe(200)
    // Every completion of this file: 2 answers, 2 of the tool round trip and this one (the
    // refused requests never reached a model).
    expect(body.totals.messages).toBe(5)
    expect(body.totals.tokens.input).toBeGreaterThanOrEqual(tokens?.prompt_tokens ?? 1)
    expect(body.totals.byAgent?.[ids.agent]).toMatchObject({
      messages: 1,
      tokens: { input: tokens?.prompt_tokens, output: tokens?.completion_tokens },
    })
  })
})
