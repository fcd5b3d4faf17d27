import { describe, expect, it } from 'vitest'
import { platformEvent } from '../events/publish'
import type { PlatformEventData } from '../ports/platform-events'
import { InMemoryUsageCounters } from '../testing/in-memory-usage'
import { latencyBucket } from './histogram'
import { countsOf, usageCounter } from './usage-counter'

const at = new Date('2026-03-01T12:00:00Z')

const answer = (
  overrides: Partial<PlatformEventData['message.created']> = {},
): PlatformEventData['message.created'] => ({
  conversationId: 'cnv_1',
  messageId: 'msg_1',
  userId: 'usr_ada',
  status: 'complete',
  provider: 'bedrock',
  modelId: 'anthropic.claude-3-haiku',
  profileId: 'prf_fast',
  inputTokens: 120,
  outputTokens: 30,
  costUsd: 0.000_067_5,
  latencyMs: 800,
  timeToFirstTokenMs: 150,
  toolCalls: [
    { name: 'search', isError: false, durationMs: 40 },
    { name: 'search', isError: true, durationMs: 10 },
  ],
  ...overrides,
})

function setup() {
  const usage = new InMemoryUsageCounters()
  const counter = usageCounter({ usage, clock: () => at })
  const day = (scope: string) => usage.counters.get(scope)?.get('2026-03-01')
  return { usage, counter, day }
}

describe('countsOf', () => {
  it('turns an answer into messages, tokens, micro-dollars, breakdowns, histograms and tools', () => {
    expect(countsOf(platformEvent('message.created', 'ws_1', answer(), at))).toEqual({
      messages: 1,
      tokensIn: 120,
      tokensOut: 30,
      costMicros: 68,
      'model#anthropic.claude-3-haiku#messages': 1,
      'model#anthropic.claude-3-haiku#tokensIn': 120,
      'model#anthropic.claude-3-haiku#tokensOut': 30,
      'model#anthropic.claude-3-haiku#costMicros': 68,
      'profile#prf_fast#messages': 1,
      'profile#prf_fast#tokensIn': 120,
      'profile#prf_fast#tokensOut': 30,
      'profile#prf_fast#costMicros': 68,
      [`lat#${latencyBucket(800)}`]: 1,
      [`ttft#${latencyBucket(150)}`]: 1,
      'tool#search#calls': 2,
      'tool#search#errors': 1,
    })
  })

  it('leaves a failed answer out of the latency histograms and an unknown price out of cost', () => {
    const counts = countsOf(
      platformEvent(
        'message.created',
        'ws_1',
        answer({ status: 'failed', costUsd: undefined }),
        at,
      ),
    )
    expect(Object.keys(counts).filter((name) => /^(lat|ttft)#|cost/i.test(name))).toEqual([])
    expect(counts.messages).toBe(1)
  })

  it('counts documents, workflows and conversations, and nothing for other events', () => {
    const data = { documentId: 'doc_1', filename: 'a.pdf' }
    const flow = { executionId: 'exe_1', workflowName: 'Digest' }
    expect(
      countsOf(platformEvent('document.ready', 'ws_1', { ...data, tags: [], chunkCount: 3 })),
    ).toEqual({ documentsReady: 1 })
    expect(countsOf(platformEvent('document.failed', 'ws_1', { ...data, error: 'bad' }))).toEqual({
      documentsFailed: 1,
    })
    expect(countsOf(platformEvent('workflow.succeeded', 'ws_1', flow))).toEqual({
      workflowsSucceeded: 1,
    })
    expect(
      countsOf(platformEvent('workflow.failed', 'ws_1', { ...flow, status: 'FAILED' })),
    ).toEqual({ workflowsFailed: 1 })
    expect(
      countsOf(platformEvent('conversation.created', 'ws_1', { conversationId: 'c', userId: 'u' })),
    ).toEqual({ conversations: 1 })
    expect(countsOf(platformEvent('key.created', 'ws_1', { keyId: 'k', name: 'ci' }))).toEqual({})
  })
})

describe('usageCounter', () => {
  it('counts into the workspace and the platform, by the UTC day the event happened', async () => {
    const { counter, usage, day } = setup()
    await counter.publish(platformEvent('message.created', 'ws_1', answer(), at))
    await counter.publish(
      platformEvent('message.created', 'ws_2', answer(), new Date('2026-03-01T23:59:59Z')),
    )
    expect(day('ws_1')).toMatchObject({ messages: 1, tokensIn: 120, activeUsers: 1 })
    expect(day('ws_2')).toMatchObject({ messages: 1 })
    expect(day('*')).toMatchObject({ messages: 2, tokensIn: 240, tokensOut: 60, costMicros: 136 })
    // Profiles and agents belong to one workspace: the platform counts by model and tool only.
    expect(day('ws_1')?.['profile#prf_fast#messages']).toBe(1)
    expect(day('*')?.['profile#prf_fast#messages']).toBeUndefined()
    expect(day('*')?.['model#anthropic.claude-3-haiku#messages']).toBe(2)
    await counter.publish(
      platformEvent('message.created', 'ws_1', answer(), new Date('2026-03-02T00:00:00Z')),
    )
    expect((await usage.days('ws_1', '2026-03-02', '2026-03-02'))[0]?.counts.messages).toBe(1)
  })

  it('counts an event delivered twice once', async () => {
    const { counter, day } = setup()
    const event = platformEvent('message.created', 'ws_1', answer(), at)
    await counter.publish(event)
    await counter.publish(structuredClone(event))
    expect(day('ws_1')).toMatchObject({ messages: 1, tokensIn: 120, 'tool#search#calls': 2 })
    expect(day('*')?.messages).toBe(1)
  })

  it('counts a user active once a day in a workspace, and once on the platform', async () => {
    const { counter, day } = setup()
    const ada = { conversationId: 'cnv_1', userId: 'usr_ada' }
    await counter.publish(platformEvent('conversation.created', 'ws_1', ada, at))
    await counter.publish(platformEvent('message.created', 'ws_1', answer(), at))
    await counter.publish(platformEvent('message.created', 'ws_2', answer(), at))
    await counter.publish(
      platformEvent('message.feedback', 'ws_1', { ...ada, messageId: 'm', rating: 'up' }, at),
    )
    await counter.publish(
      platformEvent('message.created', 'ws_1', answer({ userId: 'usr_bob' }), at),
    )
    expect(day('ws_1')?.activeUsers).toBe(2)
    expect(day('ws_2')?.activeUsers).toBe(1)
    expect(day('*')?.activeUsers).toBe(2)
  })

  it('gives its markers back when counting fails, so a retry counts the event in full', async () => {
    const { counter, usage, day } = setup()
    const event = platformEvent('message.created', 'ws_1', answer(), at)
    const add = usage.add.bind(usage)
    usage.add = async () => {
      throw new Error('throttled')
    }
    await expect(counter.publish(event)).rejects.toThrow('throttled')
    expect(usage.markers.size).toBe(0)
    usage.add = add
    await counter.publish(event)
    expect(day('ws_1')).toMatchObject({ messages: 1, activeUsers: 1 })
    expect(day('*')).toMatchObject({ messages: 1, activeUsers: 1 })
  })

  it('keeps an event marker for 48 hours and a user marker until the day after', async () => {
    const { counter, usage } = setup()
    const event = platformEvent('message.created', 'ws_1', answer(), at)
    await counter.publish(event)
    expect(usage.markers.get(`event#${event.id}`)?.toISOString()).toBe('2026-03-03T12:00:00.000Z')
    expect(usage.markers.get('active#ws_1#2026-03-01#usr_ada')?.toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    )
  })
})
