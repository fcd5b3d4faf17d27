import { describe, expect, it } from 'vitest'
import { platformEvent } from '../events/publish'
import { InMemoryUsageCounters } from '../testing/in-memory-usage'
import { team } from '../workspaces/team-fixture'
import { usageCounter } from './usage-counter'
import { bucketsOf, parseUsageRange } from './usage-range'
import { platformUsage, workspaceUsage } from './usage-report'

const now = new Date('2026-03-01T12:00:00Z') // a Sunday

const answer = (userId: string, latencyMs: number) => ({
  conversationId: 'cnv_1',
  messageId: 'msg_1',
  userId,
  status: 'complete',
  provider: 'openai',
  modelId: 'gpt-4o-mini',
  agentId: 'agt_helper',
  inputTokens: 100,
  outputTokens: 20,
  costUsd: 0.25,
  latencyMs,
  timeToFirstTokenMs: latencyMs / 4,
  toolCalls: [{ name: 'calculator', isError: false, durationMs: 3 }],
})

async function setup() {
  const t = await team()
  const usage = new InMemoryUsageCounters()
  const counter = usageCounter({ usage, clock: () => now })
  const publish = async (day: string, userId: string, latencyMs: number, workspaceId = 'ws_team') =>
    counter.publish(
      platformEvent(
        'message.created',
        workspaceId,
        answer(userId, latencyMs),
        new Date(`${day}T10:00:00Z`),
      ),
    )
  return { ...t, usage, publish }
}

describe('parseUsageRange', () => {
  it('reads 7d as today and the six days before, and from..to as given', () => {
    expect(parseUsageRange('7d', now)).toEqual({ from: '2026-02-23', to: '2026-03-01' })
    expect(parseUsageRange('90d', now)).toEqual({ from: '2025-12-02', to: '2026-03-01' })
    expect(parseUsageRange('2026-01-30..2026-02-02', now)).toEqual({
      from: '2026-01-30',
      to: '2026-02-02',
    })
  })

  it.each([
    '0d',
    '400d',
    'week',
    '2026-02-30..2026-03-01',
    '2026-03-02..2026-03-01',
    '2024-01-01..2026-01-01',
  ])('refuses %j with a path to the range', (range) => {
    expect(() => parseUsageRange(range, now)).toThrow(
      expect.objectContaining({
        code: 'request.invalid',
        details: { errors: [expect.objectContaining({ path: 'query.range' })] },
      }),
    )
  })
})

describe('bucketsOf', () => {
  it('groups days into ISO weeks (Monday first) and calendar months, clamped to the range', () => {
    const range = { from: '2026-01-28', to: '2026-02-10' } // Wednesday .. Tuesday
    expect(bucketsOf(range, 'week').map(({ from, to }) => `${from}..${to}`)).toEqual([
      '2026-01-28..2026-02-01',
      '2026-02-02..2026-02-08',
      '2026-02-09..2026-02-10',
    ])
    expect(bucketsOf(range, 'month').map(({ from, to }) => `${from}..${to}`)).toEqual([
      '2026-01-28..2026-01-31',
      '2026-02-01..2026-02-10',
    ])
    expect(bucketsOf(range, 'day')).toHaveLength(14)
  })
})

describe('workspaceUsage', () => {
  it('is for those who may see analytics', async () => {
    const t = await setup()
    for (const user of [t.member, t.viewer])
      await expect(workspaceUsage(t, await t.as(user), {})).rejects.toMatchObject({
        code: 'auth.forbidden',
      })
    await expect(workspaceUsage(t, await t.as(t.admin), {})).resolves.toMatchObject({
      bucket: 'day',
    })
  })

  it('answers every day of the range, zeros included, with totals', async () => {
    const t = await setup()
    await t.publish('2026-02-24', 'usr_ada', 400)
    await t.publish('2026-03-01', 'usr_ada', 800)
    await t.publish('2026-03-01', 'usr_bob', 1_600)
    await t.publish('2026-03-01', 'usr_eve', 1_600, 'ws_other')
    const report = await workspaceUsage(t, await t.as(t.owner), { range: '7d' })
    expect(report.range).toEqual({ from: '2026-02-23', to: '2026-03-01' })
    expect(report.buckets.map((b) => [b.from, b.messages, b.activeUsers])).toEqual([
      ['2026-02-23', 0, 0],
      ['2026-02-24', 1, 1],
      ['2026-02-25', 0, 0],
      ['2026-02-26', 0, 0],
      ['2026-02-27', 0, 0],
      ['2026-02-28', 0, 0],
      ['2026-03-01', 2, 2],
    ])
    expect(report.buckets[0]).toMatchObject({
      tokens: { input: 0, output: 0 },
      costUsd: 0,
      latency: { p50: null, p95: null, p99: null },
      byModel: {},
    })
    expect(report.totals).toMatchObject({
      from: '2026-02-23',
      to: '2026-03-01',
      messages: 3,
      activeUsers: 3,
      tokens: { input: 300, output: 60 },
      costUsd: 0.75,
      byModel: {
        'gpt-4o-mini': { messages: 3, tokens: { input: 300, output: 60 }, costUsd: 0.75 },
      },
      byAgent: { agt_helper: { messages: 3, tokens: { input: 300, output: 60 }, costUsd: 0.75 } },
      byProfile: {},
      tools: { calculator: { calls: 3, errors: 0 } },
      documents: { ready: 0, failed: 0 },
      workflows: { succeeded: 0, failed: 0 },
    })
    const { latency, timeToFirstToken } = report.totals
    expect(latency.p50).toBeGreaterThan(700)
    expect(latency.p50).toBeLessThan(900)
    expect(latency.p99).toBeGreaterThan(1_450)
    expect(timeToFirstToken.p50).toBeGreaterThan(180)
    expect(timeToFirstToken.p50).toBeLessThan(220)
  })

  it('sums days into weeks and months, active users as the sum of daily actives', async () => {
    const t = await setup()
    await t.publish('2026-02-24', 'usr_ada', 400) // Tuesday
    await t.publish('2026-02-26', 'usr_ada', 400)
    await t.publish('2026-03-01', 'usr_ada', 400) // Sunday, same ISO week, next month
    const acting = await t.as(t.admin)
    const weeks = await workspaceUsage(t, acting, {
      range: '2026-02-16..2026-03-01',
      bucket: 'week',
    })
    expect(weeks.buckets.map((b) => [b.from, b.to, b.messages, b.activeUsers])).toEqual([
      ['2026-02-16', '2026-02-22', 0, 0],
      ['2026-02-23', '2026-03-01', 3, 3],
    ])
    const months = await workspaceUsage(t, acting, { range: '30d', bucket: 'month' })
    expect(months.buckets.map((b) => [b.from, b.to, b.messages])).toEqual([
      ['2026-01-31', '2026-01-31', 0],
      ['2026-02-01', '2026-02-28', 2],
      ['2026-03-01', '2026-03-01', 1],
    ])
  })
})

describe('usage figures', () => {
  it('keep tools and models named like object internals as data', async () => {
    const t = await setup()
    await t.usage.add('ws_team', '2026-03-01', {
      'tool#__proto__#calls': 2,
      'tool#constructor#errors': 1,
      'model#__proto__#messages': 1,
    })
    const report = await workspaceUsage(t, await t.as(t.owner), { range: '1d' })
    expect(Object.entries(report.totals.tools)).toEqual([
      ['__proto__', { calls: 2, errors: 0 }],
      ['constructor', { calls: 0, errors: 1 }],
    ])
    expect(Object.keys(report.totals.byModel)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).calls).toBeUndefined()
  })
})

describe('platformUsage', () => {
  it('adds up every workspace', async () => {
    const t = await setup()
    await t.publish('2026-03-01', 'usr_ada', 400)
    await t.publish('2026-03-01', 'usr_eve', 400, 'ws_other')
    const report = await platformUsage(t, { range: '2026-03-01..2026-03-01' }, now)
    expect(report.totals).toMatchObject({ messages: 2, activeUsers: 2, costUsd: 0.5 })
  })
})
