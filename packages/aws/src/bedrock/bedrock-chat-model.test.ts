import {
  AccessDeniedException,
  BedrockRuntimeClient,
  ConverseStreamCommand,
  type ConverseStreamOutput,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime'
import type { ChatRequest, ChatStreamEvent } from '@chatter/core'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { BedrockChatModel } from './bedrock-chat-model'

const bedrock = mockClient(BedrockRuntimeClient)
const client = new BedrockRuntimeClient({ region: 'eu-west-1' })
let sleeps: number[] = []

const newModel = (models = ['model-a', 'model-b']) =>
  new BedrockChatModel({
    client: () => client,
    models,
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

const delta = (text: string): ConverseStreamOutput => ({
  contentBlockDelta: { contentBlockIndex: 0, delta: { text } },
})
const throttled = () => new ThrottlingException({ message: 'Too many requests', $metadata: {} })

/** A well-formed answer, in the order Bedrock sends its events. */
const answer = (texts: string[], stopReason = 'end_turn'): ConverseStreamOutput[] => [
  { messageStart: { role: 'assistant' } },
  ...texts.map(delta),
  { contentBlockStop: { contentBlockIndex: 0 } },
  { messageStop: { stopReason: stopReason as 'end_turn' } },
  {
    metadata: {
      usage: { inputTokens: 12, outputTokens: texts.length, totalTokens: 12 + texts.length },
      metrics: { latencyMs: 120 },
    },
  },
]

async function* streamOf(events: ConverseStreamOutput[], then?: () => Promise<never>) {
  for (const event of events) {
    await Promise.resolve()
    yield event
  }
  if (then) await then()
}

async function collect(stream: AsyncIterable<ChatStreamEvent>) {
  const events: ChatStreamEvent[] = []
  for await (const event of stream) events.push(event)
  const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('')
  return { events, text }
}

/** The `abortSignal` option of the first send(), which sinon records beside the command. */
const abortSignalSent = () => {
  const [call] = bedrock.commandCalls(ConverseStreamCommand)
  const options = (call?.args as unknown[] | undefined)?.[1] as { abortSignal?: AbortSignal }
  return options?.abortSignal
}
const sentTo = () => bedrock.commandCalls(ConverseStreamCommand).map((c) => c.args[0].input.modelId)

beforeEach(() => {
  bedrock.reset()
  sleeps = []
})

describe('BedrockChatModel', () => {
  it('streams the text in order, then usage and the stop reason', async () => {
    bedrock
      .on(ConverseStreamCommand)
      .callsFake(() => ({ stream: streamOf(answer(['Hel', 'lo', '!'])) }))

    const { events, text } = await collect(newModel().stream(ask()))

    expect(newModel().provider).toBe('bedrock')
    expect(text).toBe('Hello!')
    expect(events[0]).toEqual({ type: 'model', modelId: 'model-a' })
    expect(events.slice(-2)).toEqual([
      { type: 'usage', usage: { inputTokens: 12, outputTokens: 3 } },
      { type: 'stop', reason: 'end_turn' },
    ])
  })

  it('sends the system prompt with numbered sources, the turns, the settings and the signal', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({
      stream: streamOf(answer(['You get 25 days [', '1].'])),
    }))
    const signal = new AbortController().signal
    const request = ask({
      system: 'Be brief.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello.' },
        { role: 'user', content: 'How many vacation days?' },
      ],
      passages: [{ id: 'p1', documentId: 'handbook', page: 4, text: 'Employees get 25 days.' }],
      temperature: 0.2,
      topP: 0.9,
      maxTokens: 300,
      signal,
    })

    const { events } = await collect(newModel().stream(request))

    const [call] = bedrock.commandCalls(ConverseStreamCommand)
    const input = call?.args[0].input
    expect(input?.modelId).toBe('model-a')
    expect(input?.system?.[0]?.text).toMatch(/^Be brief\.\n\n.*\[1\] \(handbook, page 4\)\n/s)
    expect(input?.system?.[0]?.text).toContain('Employees get 25 days.')
    expect(input?.messages).toEqual([
      { role: 'user', content: [{ text: 'Hi' }] },
      { role: 'assistant', content: [{ text: 'Hello.' }] },
      { role: 'user', content: [{ text: 'How many vacation days?' }] },
    ])
    expect(input?.inferenceConfig).toEqual({ maxTokens: 300, temperature: 0.2, topP: 0.9 })
    expect(abortSignalSent()).toBeInstanceOf(AbortSignal)
    expect(events).toContainEqual({
      type: 'citation',
      passageId: 'p1',
      documentId: 'handbook',
      page: 4,
    })
  })

  it('retries a throttled call with growing backoff and answers', async () => {
    bedrock
      .on(ConverseStreamCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .callsFake(() => ({ stream: streamOf(answer(['Hi'])) }))

    const { events, text } = await collect(newModel().stream(ask()))

    expect(text).toBe('Hi')
    expect(events[0]).toEqual({ type: 'model', modelId: 'model-a' })
    expect(sentTo()).toEqual(['model-a', 'model-a', 'model-a'])
    expect(sleeps).toEqual([75, 150])
  })

  it.each([
    [
      'yields',
      async function* () {
        yield { messageStart: { role: 'assistant' } } as ConverseStreamOutput
        yield { throttlingException: throttled() } as ConverseStreamOutput
      },
    ],
    [
      'throws',
      async function* () {
        yield { messageStart: { role: 'assistant' } } as ConverseStreamOutput
        throw throttled()
      },
    ],
  ])('retries when the stream %s a throttling exception before any text', async (_, stream) => {
    bedrock
      .on(ConverseStreamCommand)
      .callsFakeOnce(() => ({ stream: stream() }))
      .callsFake(() => ({ stream: streamOf(answer(['Hi'])) }))

    const { text } = await collect(newModel().stream(ask()))

    expect(text).toBe('Hi')
    expect(sentTo()).toEqual(['model-a', 'model-a'])
  })

  it('falls back to the next model when throttling outlasts the retries, and says so', async () => {
    bedrock.on(ConverseStreamCommand, { modelId: 'model-a' }).rejects(throttled())
    bedrock
      .on(ConverseStreamCommand, { modelId: 'model-b' })
      .callsFake(() => ({ stream: streamOf(answer(['From B'])) }))

    const { events, text } = await collect(newModel().stream(ask()))

    expect(text).toBe('From B')
    expect(events[0]).toEqual({
      type: 'model',
      modelId: 'model-b',
      fallbackFrom: 'model-a',
      reason: 'model-a: busy (ThrottlingException) after 4 attempts',
    })
    expect(sentTo()).toEqual(['model-a', 'model-a', 'model-a', 'model-a', 'model-b'])
    expect(sleeps).toEqual([75, 150, 300])
  })

  it.each([
    ['not enabled', new AccessDeniedException({ message: 'no access to model', $metadata: {} })],
    [
      'refused by id',
      new ValidationException({
        message: 'The provided model identifier is invalid.',
        $metadata: {},
      }),
    ],
  ])('falls back at once when the first model is %s', async (_, refusal) => {
    bedrock.on(ConverseStreamCommand, { modelId: 'model-a' }).rejects(refusal)
    bedrock
      .on(ConverseStreamCommand, { modelId: 'model-b' })
      .callsFake(() => ({ stream: streamOf(answer(['From B'])) }))

    const { events, text } = await collect(newModel().stream(ask()))

    expect(text).toBe('From B')
    expect(events[0]).toMatchObject({ modelId: 'model-b', fallbackFrom: 'model-a' })
    expect(sentTo()).toEqual(['model-a', 'model-b'])
    expect(sleeps).toEqual([])
  })

  it("falls back to the request's own fallbacks (a profile's) before the model's defaults", async () => {
    const refused = new AccessDeniedException({ message: 'no access to model', $metadata: {} })
    bedrock.on(ConverseStreamCommand, { modelId: 'model-a' }).rejects(refused)
    bedrock
      .on(ConverseStreamCommand, { modelId: 'profile-fallback' })
      .callsFake(() => ({ stream: streamOf(answer(['From the profile'])) }))

    const { text } = await collect(
      newModel().stream(ask({ fallbackModelIds: ['profile-fallback'] })),
    )

    expect(text).toBe('From the profile')
    expect(sentTo()).toEqual(['model-a', 'profile-fallback'])
  })

  it('fails without a fallback when the request itself is invalid', async () => {
    const invalid = new ValidationException({ message: 'Input is too long.', $metadata: {} })
    bedrock.on(ConverseStreamCommand).rejects(invalid)

    await expect(collect(newModel().stream(ask()))).rejects.toMatchObject({
      code: 'request.invalid',
      message: expect.stringContaining('Input is too long.'),
    })
    expect(sentTo()).toEqual(['model-a'])
  })

  it('fails cleanly when every model in the chain is busy', async () => {
    bedrock.on(ConverseStreamCommand).rejects(throttled())

    await expect(collect(newModel().stream(ask()))).rejects.toMatchObject({
      code: 'dependency.unavailable',
      message: expect.stringMatching(/model-a: busy .* after 4 attempts; model-b: busy/),
    })
    expect(sentTo()).toHaveLength(8)
  })

  it('ends the answer as interrupted, without a retry, when throttled after text streamed', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({
      stream: streamOf([
        { messageStart: { role: 'assistant' } },
        delta('Hel'),
        { throttlingException: throttled() },
      ]),
    }))
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
    expect(sentTo()).toEqual(['model-a'])
  })

  it('stops promptly when the request is aborted while the model is quiet', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({
      stream: streamOf([delta('Hel')], () => new Promise<never>(() => {})),
    }))
    const controller = new AbortController()
    let started = 0

    const reading = (async () => {
      for await (const event of newModel().stream(ask({ signal: controller.signal }))) {
        if (event.type === 'delta') {
          started = performance.now()
          controller.abort()
        }
      }
    })()

    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
    expect(performance.now() - started).toBeLessThan(500)
    expect(abortSignalSent()?.aborted).toBe(true)
    expect(sentTo()).toEqual(['model-a'])
  })

  it.each([
    ['max_tokens', 'max_tokens'],
    ['stop_sequence', 'stop_sequence'],
    ['guardrail_intervened', 'content_filtered'],
    ['content_filtered', 'content_filtered'],
  ])('maps the stop reason %s to %s', async (bedrockReason, reason) => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({
      stream: streamOf(answer(['Cut'], bedrockReason)),
    }))

    const { events } = await collect(newModel().stream(ask()))

    expect(events.at(-1)).toEqual({ type: 'stop', reason })
  })

  it('treats a stream that ends without messageStop as a failure, not a finished answer', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({ stream: streamOf([delta('Hal')]) }))

    await expect(collect(newModel().stream(ask()))).rejects.toMatchObject({
      message: expect.stringMatching(/^The answer was interrupted/),
    })
  })
})
