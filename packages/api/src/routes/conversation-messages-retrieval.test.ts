import type { ChatModel, ChatRequest, ChatStreamEvent } from '@chatter/core'
import { resolverOf } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { bodyOf, profileIn } from '../test-callers'
import { chatApp, readSse } from './conversation-messages-test-kit'
import { indexDocument } from './search-test-kit'

/** Cites every passage it is given, as the local model and the Bedrock adapter do. */
class CitingModel implements ChatModel {
  readonly provider = 'local'
  readonly requests: ChatRequest[] = []
  async *stream(request: ChatRequest): AsyncIterable<ChatStreamEvent> {
    this.requests.push({ ...request, signal: undefined })
    yield { type: 'model', modelId: request.modelId }
    yield { type: 'delta', text: request.passages ? 'From the sources.' : 'Without sources.' }
    for (const p of request.passages ?? [])
      yield {
        type: 'citation',
        passageId: p.id,
        documentId: p.documentId,
        ...(p.page === undefined ? {} : { page: p.page }),
        ...(p.score === undefined ? {} : { score: p.score }),
      }
    yield { type: 'usage', usage: { inputTokens: 3, outputTokens: 3 } }
    yield { type: 'stop', reason: 'end_turn' }
  }
}

async function setup() {
  const world = await chatApp()
  const model = new CitingModel()
  world.deps.chat.models = resolverOf({ local: model })
  const policy = await indexDocument(world.deps.knowledge, world.team.id, {
    filename: 'policy.pdf',
    texts: ['Welcome to the policy.', 'Refunds are paid within thirty days.'],
  })
  await indexDocument(world.deps.knowledge, world.team.id, {
    filename: 'birds.md',
    texts: ['The heron nests by the pond.'],
  })
  return { ...world, model, policy }
}

describe('POST /v1/conversations/{id}/messages with retrieval', () => {
  it('streams citation events naming document, page and score, and saves them', async () => {
    const { send, model, policy } = await setup()
    const response = await send(
      { content: 'When are refunds paid?', retrieval: { enabled: true, topK: 1 } },
      { stream: true },
    )
    expect(response.status).toBe(200)
    const frames = await readSse(response)
    const citations = frames.filter((f) => f.event === 'citation').map((f) => f.data)
    expect(citations).toEqual([{ passageId: `${policy}:1`, documentId: policy, page: 2, score: 1 }])
    const end = frames.at(-1)
    expect(end?.event).toBe('message.end')
    expect(end?.data.message.citations).toEqual(citations)
    expect(model.requests[0]?.passages?.[0]?.text).toBe('Refunds are paid within thirty days.')
    const start = frames[0]
    expect(start?.data.userMessage.content).toBe('When are refunds paid?')
  })

  it('follows the profile’s retrieval by default, and the message can turn it off', async () => {
    const { send, deps, team, model } = await setup()
    await profileIn(deps, team.id, {
      provider: 'local',
      modelId: 'local',
      retrieval: { enabled: true, topK: 2 },
    })
    const cited = await bodyOf(await send({ content: 'Where does the heron nest?' }))
    expect(cited.assistantMessage.content).toBe('From the sources.')
    expect(cited.assistantMessage.citations).toHaveLength(2)
    expect(model.requests.at(-1)?.passages).toHaveLength(2)

    const plain = await bodyOf(
      await send({ content: 'Just chat, please.', retrieval: { enabled: false } }),
    )
    expect(plain.assistantMessage.content).toBe('Without sources.')
    expect(plain.assistantMessage.citations).toBeUndefined()
    expect(model.requests.at(-1)?.passages).toBeUndefined()
  })

  it('sends no passages when neither the message nor the profile asks', async () => {
    const { send, model } = await setup()
    const turn = await bodyOf(await send({ content: 'When are refunds paid?' }))
    expect(turn.assistantMessage.citations).toBeUndefined()
    expect(model.requests[0]?.passages).toBeUndefined()
  })

  it('refuses an invalid retrieval with a 422 and stores nothing', async () => {
    const { send, storedMessages } = await setup()
    const before = storedMessages()
    const response = await send({ content: 'Hi', retrieval: { enabled: true, topK: 99 } })
    expect(response.status).toBe(422)
    const problem = await bodyOf(response)
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['json.retrieval.topK'])
    expect(storedMessages()).toBe(before)
  })
})
