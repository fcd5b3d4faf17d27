import { describe, expect, it } from 'vitest'
import {
  type CompletionEvent,
  collectCompletion,
  completionChunks,
  finishReasonOf,
} from './completion-chunks'
import { base64Of } from './create-embeddings'

const meta = { id: 'chatcmpl-1', created: 1767225600, model: 'default' }
const usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 }

async function* eventsOf(...events: CompletionEvent[]) {
  yield* events
}

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

describe('finishReasonOf', () => {
  it("maps the model's stop reasons onto OpenAI's", () => {
    expect(finishReasonOf('end_turn', 0)).toBe('stop')
    expect(finishReasonOf('stop_sequence', 0)).toBe('stop')
    expect(finishReasonOf('max_tokens', 0)).toBe('length')
    expect(finishReasonOf('content_filtered', 0)).toBe('content_filter')
    expect(finishReasonOf('tool_use', 1)).toBe('tool_calls')
    expect(finishReasonOf('tool_use', 0)).toBe('stop')
    expect(finishReasonOf(undefined, 0)).toBe('stop')
  })
})

describe('completionChunks', () => {
  it('streams the role, the deltas, the finish and the usage chunk', async () => {
    const chunks = await collect(
      completionChunks(
        meta,
        eventsOf(
          { type: 'delta', text: 'Hel' },
          { type: 'delta', text: 'lo' },
          { type: 'finish', reason: 'stop', usage },
        ),
        { includeUsage: true },
      ),
    )
    const base = {
      id: 'chatcmpl-1',
      object: 'chat.completion.chunk',
      created: 1767225600,
      model: 'default',
    }
    const choice = (delta: object, finish: string | null = null) => ({
      ...base,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
      usage: null,
    })
    expect(chunks).toEqual([
      choice({ role: 'assistant', content: '' }),
      choice({ content: 'Hel' }),
      choice({ content: 'lo' }),
      choice({}, 'stop'),
      { ...base, choices: [], usage },
    ])
  })

  it('streams a tool call as its name, then its arguments, under one index; no usage unasked', async () => {
    const chunks = await collect(
      completionChunks(
        meta,
        eventsOf(
          {
            type: 'tool_call',
            index: 0,
            id: 'call_1',
            name: 'get_weather',
            arguments: '{"city":"Paris"}',
          },
          { type: 'finish', reason: 'tool_calls', usage },
        ),
      ),
    )
    expect(chunks.map((chunk) => ('choices' in chunk ? chunk.choices[0]?.delta : chunk))).toEqual([
      { role: 'assistant', content: '' },
      {
        tool_calls: [
          {
            index: 0,
            id: 'call_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '' },
          },
        ],
      },
      { tool_calls: [{ index: 0, function: { arguments: '{"city":"Paris"}' } }] },
      {},
    ])
    expect(chunks.some((chunk) => 'usage' in chunk)).toBe(false)
    expect(chunks.at(-1)).toMatchObject({ choices: [{ finish_reason: 'tool_calls' }] })
  })

  it('passes an error through for the caller to write', async () => {
    const failure = { type: 'error' as const, code: 'dependency.unavailable', message: 'Down.' }
    const chunks = await collect(
      completionChunks(meta, eventsOf({ type: 'delta', text: 'a' }, failure)),
    )
    expect(chunks.at(-1)).toEqual(failure)
  })
})

describe('collectCompletion', () => {
  it('builds the chat.completion of a text answer', async () => {
    const completion = await collectCompletion(
      meta,
      eventsOf(
        { type: 'delta', text: 'Hel' },
        { type: 'delta', text: 'lo' },
        { type: 'finish', reason: 'length', usage },
      ),
    )
    expect(completion).toEqual({
      ...meta,
      object: 'chat.completion',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello', refusal: null },
          finish_reason: 'length',
          logprobs: null,
        },
      ],
      usage,
    })
  })

  it('gives tool calls with null content', async () => {
    const completion = await collectCompletion(
      meta,
      eventsOf(
        {
          type: 'tool_call',
          index: 0,
          id: 'call_1',
          name: 'get_weather',
          arguments: '{"city":"Paris"}',
        },
        { type: 'finish', reason: 'tool_calls', usage },
      ),
    )
    expect(completion.choices[0]?.message).toEqual({
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_1',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
        },
      ],
      refusal: null,
    })
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls')
  })

  it('throws a failure as a domain error', async () => {
    const failed = collectCompletion(
      meta,
      eventsOf({ type: 'error', code: 'dependency.unavailable', message: 'Down.' }),
    )
    await expect(failed).rejects.toMatchObject({ code: 'dependency.unavailable', message: 'Down.' })
  })
})

describe('base64Of', () => {
  it('encodes little-endian float32 values, as OpenAI clients decode them', () => {
    const encoded = base64Of([1, -0.5, 0.25])
    const bytes = Buffer.from(encoded, 'base64')
    const floats = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)
    expect([...floats]).toEqual([1, -0.5, 0.25])
    expect(bytes.readFloatLE(4)).toBe(-0.5)
  })
})
