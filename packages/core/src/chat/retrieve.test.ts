import { describe, expect, it, vi } from 'vitest'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import type { ChatModel, ChatRequest, ChatStreamEvent } from '../ports/chat-model'
import { indexDocument } from '../search/search-fixture'
import {
  HashingEmbedder,
  InMemoryAgents,
  InMemoryBlobs,
  InMemoryLexical,
  InMemoryVectors,
  resolverOf,
} from '../testing'
import { answer } from './answer'
import { chatWorld, drain, endOf, startOf } from './chat-fixture'
import { regenerate } from './regenerate'

/** Answers "Noted." and cites every passage it was given, as the local model and Bedrock do. */
class CitingModel implements ChatModel {
  readonly provider = 'local'
  readonly requests: ChatRequest[] = []
  async *stream(request: ChatRequest): AsyncIterable<ChatStreamEvent> {
    this.requests.push({ ...request, signal: undefined })
    yield { type: 'model', modelId: request.modelId }
    yield { type: 'delta', text: 'Noted.' }
    for (const p of request.passages ?? [])
      yield {
        type: 'citation',
        passageId: p.id,
        documentId: p.documentId,
        ...(p.page === undefined ? {} : { page: p.page }),
        ...(p.score === undefined ? {} : { score: p.score }),
      }
    yield { type: 'usage', usage: { inputTokens: 1, outputTokens: 1 } }
    yield { type: 'stop', reason: 'end_turn' }
  }
}

async function world(options: { knowledge?: boolean } = {}) {
  const model = new CitingModel()
  const w = await chatWorld({ chat: { models: resolverOf({ local: model }) } })
  const vectors = new InMemoryVectors()
  const knowledge: KnowledgePorts = {
    documents: w.documents,
    blobs: new InMemoryBlobs(),
    vectors,
    lexical: new InMemoryLexical(),
    embedder: new HashingEmbedder(),
  }
  const warn = vi.fn()
  if (options.knowledge !== false) w.ports.knowledge = knowledge
  w.ports.logger = { warn }
  const add = (seed: Parameters<typeof indexDocument>[2]) =>
    indexDocument(knowledge, w.workspace.id, seed)
  const refunds = await add({
    filename: 'policy.pdf',
    chunks: ['Intro to the policy.', 'Refunds are paid within thirty days.'],
  })
  const birds = await add({ filename: 'birds.md', chunks: ['The heron nests by the pond.'] })
  const ask = (content: string, extra = {}, conversationId = w.conversation.id) =>
    drain(answer(w.ports, w.ownerActs, { conversationId, content, ...extra }))
  const passagesSent = () => model.requests.at(-1)?.passages
  return { ...w, model, knowledge, vectors, warn, refunds, birds, ask, passagesSent }
}

describe('answers that cite', () => {
  it('retrieves passages for the message, streams and saves the model’s citations', async () => {
    const w = await world()
    const events = await w.ask('When are refunds paid?', {
      retrieval: { enabled: true, topK: 2 },
    })
    const passages = w.passagesSent()
    expect(passages).toHaveLength(2)
    expect(passages?.[0]).toEqual({
      id: `${w.refunds.id}:1`,
      documentId: w.refunds.id,
      text: 'Refunds are paid within thirty days.',
      page: 2,
      score: 1,
    })
    const citations = events.filter((e) => e.type === 'citation').map((e) => e.data)
    expect(citations[0]).toEqual({
      passageId: `${w.refunds.id}:1`,
      documentId: w.refunds.id,
      page: 2,
      score: 1,
    })
    expect(endOf(events).citations).toEqual(citations)
    // The passages went to the model only: the stored question is what the user wrote.
    const { userMessage } = startOf(events)
    const stored = await w.messages.get(w.workspace.id, w.conversation.id, userMessage.id)
    expect(stored?.content).toBe('When are refunds paid?')
    expect(w.model.requests[0]?.messages.map((m) => m.content)).toEqual(['When are refunds paid?'])
  })

  it('sends no passages when retrieval is off, as profiles have it by default', async () => {
    const w = await world()
    await w.profile()
    const events = await w.ask('When are refunds paid?')
    expect(w.passagesSent()).toBeUndefined()
    expect(events.some((e) => e.type === 'citation')).toBe(false)
    expect(endOf(events).citations).toBeUndefined()
  })

  it('follows a profile with retrieval on, unless the message turns it off', async () => {
    const w = await world()
    await w.profile({ retrieval: { enabled: true, topK: 1, minScore: 0 } })
    await w.ask('When are refunds paid?')
    expect(w.passagesSent()?.map((p) => p.id)).toEqual([`${w.refunds.id}:1`])
    await w.ask('And the heron?', { retrieval: { enabled: false } })
    expect(w.passagesSent()).toBeUndefined()
    // The message's own settings win; what it leaves out comes from the profile (topK 1).
    await w.ask('heron', { retrieval: { enabled: true, filter: { documentIds: [w.refunds.id] } } })
    expect(w.passagesSent()?.map((p) => p.documentId)).toEqual([w.refunds.id])
  })

  it('keeps an agent’s answers within its knowledge scope, which a message cannot widen', async () => {
    const w = await world()
    const agents = new InMemoryAgents()
    w.ports.agents = agents
    const agent = (id: string, knowledge?: { enabled: boolean; documentIds?: string[] }) =>
      agents.create({
        id,
        workspaceId: w.workspace.id,
        name: id,
        description: 'Answers about birds',
        systemPrompt: '',
        tools: [],
        ...(knowledge ? { knowledge } : {}),
        createdBy: w.owner.id,
      })
    await agent('agt_birds', { enabled: true, documentIds: [w.birds.id] })
    await agent('agt_plain')
    const withAgent = async (agentId: string) => (await w.startConversation({ agentId })).id
    const birds = await withAgent('agt_birds')
    await w.ask('When are refunds paid?', {}, birds)
    expect(w.passagesSent()?.map((p) => p.documentId)).toEqual([w.birds.id])
    await w.ask(
      'When are refunds paid?',
      { retrieval: { enabled: true, filter: { documentIds: [w.refunds.id] } } },
      birds,
    )
    expect(w.passagesSent()?.every((p) => p.documentId === w.birds.id)).toBe(true)
    // An agent without a knowledge scope retrieves only when the message asks.
    const plain = await withAgent('agt_plain')
    await w.ask('When are refunds paid?', {}, plain)
    expect(w.passagesSent()).toBeUndefined()
    await w.ask('When are refunds paid?', { retrieval: { enabled: true } }, plain)
    expect(w.passagesSent()?.length).toBeGreaterThan(0)
  })

  it('regenerates with the profile’s retrieval', async () => {
    const w = await world()
    await w.profile({ retrieval: { enabled: true, topK: 2 } })
    const first = await w.ask('Where does the heron nest?', { retrieval: { enabled: false } })
    expect(w.passagesSent()).toBeUndefined()
    const again = await drain(
      regenerate(w.ports, w.ownerActs, {
        conversationId: w.conversation.id,
        messageId: endOf(first).id,
      }),
    )
    expect(w.passagesSent()?.[0]?.documentId).toBe(w.birds.id)
    expect(endOf(again).citations?.[0]?.documentId).toBe(w.birds.id)
  })

  it('answers without passages, and logs why, when the search fails', async () => {
    const w = await world()
    vi.spyOn(w.vectors, 'query').mockRejectedValue(new Error('vector store down'))
    const events = await w.ask('When are refunds paid?', { retrieval: { enabled: true } })
    expect(endOf(events)).toMatchObject({ status: 'complete', content: 'Noted.' })
    expect(w.passagesSent()).toBeUndefined()
    expect(w.warn).toHaveBeenCalledWith(
      'retrieval failed; answering without passages',
      expect.objectContaining({ conversationId: w.conversation.id }),
    )
  })

  it('refuses an invalid retrieval before storing anything, and needs the knowledge ports', async () => {
    const w = await world()
    const refused = await w
      .ask('Hi', { retrieval: { enabled: true, topK: 0 } })
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({
      code: 'request.invalid',
      details: { errors: [expect.objectContaining({ path: 'retrieval.topK' })] },
    })
    expect(await w.messages.get(w.workspace.id, w.conversation.id, 'any')).toBeUndefined()
    expect((await w.conversations.get(w.workspace.id, w.conversation.id))?.messageCount).toBe(0)

    const bare = await world({ knowledge: false })
    const events = await bare.ask('When are refunds paid?', { retrieval: { enabled: true } })
    expect(endOf(events).status).toBe('complete')
    expect(bare.passagesSent()).toBeUndefined()
  })
})
