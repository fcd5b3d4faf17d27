import { platformEvent, usageCounter } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { bodyOf, inWorkspace, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

const now = new Date('2026-03-04T15:00:00Z') // a Wednesday

async function setup() {
  const deps = testDependencies({ clock: () => now })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const member = await signedInUser(deps)
  const root = await signedInUser(deps, { systemAdmin: true })
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, member, 'member')
  const counter = usageCounter({ usage: deps.usage, clock: () => now })
  const chat = (workspaceId: string, userId: string, day: string, latencyMs = 900) =>
    counter.publish(
      platformEvent(
        'message.created',
        workspaceId,
        {
          conversationId: 'cnv_1',
          messageId: 'msg_1',
          userId,
          status: 'complete',
          provider: 'local',
          modelId: 'local',
          inputTokens: 40,
          outputTokens: 12,
          latencyMs,
          timeToFirstTokenMs: 100,
          toolCalls: [{ name: 'calculator', isError: true, durationMs: 2 }],
        },
        new Date(`${day}T09:00:00Z`),
      ),
    )
  const get = async (path: string, headers: Record<string, string>) => {
    const response = await app.request(path, { headers })
    return { status: response.status, body: await bodyOf(response) }
  }
  return { deps, team, owner, member, root, chat, get }
}

describe('GET /v1/analytics/usage', () => {
  it('answers the workspace’s days with zeros where nothing happened, and totals', async () => {
    const t = await setup()
    await t.chat(t.team.id, t.owner.user.id, '2026-03-02')
    await t.chat(t.team.id, t.member.user.id, '2026-03-04')
    await t.chat(t.team.id, t.owner.user.id, '2026-03-04')
    await t.chat(t.owner.personalWorkspaceId, t.owner.user.id, '2026-03-04')
    const { status, body } = await t.get(
      '/v1/analytics/usage?range=7d',
      inWorkspace(t.owner.headers, t.team.id),
    )
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.range).toEqual({ from: '2026-02-26', to: '2026-03-04' })
    expect(body.buckets.map((b: { messages: number }) => b.messages)).toEqual([0, 0, 0, 0, 1, 0, 2])
    expect(body.totals).toMatchObject({
      messages: 3,
      activeUsers: 3,
      tokens: { input: 120, output: 36 },
      costUsd: 0,
      byModel: { local: { messages: 3, tokens: { input: 120, output: 36 }, costUsd: 0 } },
      tools: { calculator: { calls: 3, errors: 3 } },
      latency: { p50: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) },
    })
  })

  it('buckets by week and refuses a range it cannot read with a path to it', async () => {
    const t = await setup()
    await t.chat(t.team.id, t.owner.user.id, '2026-03-01')
    await t.chat(t.team.id, t.owner.user.id, '2026-03-02')
    const headers = inWorkspace(t.owner.headers, t.team.id)
    const weeks = await t.get(
      '/v1/analytics/usage?range=2026-02-23..2026-03-04&bucket=week',
      headers,
    )
    expect(
      weeks.body.buckets.map((b: { from: string; messages: number }) => [b.from, b.messages]),
    ).toEqual([
      ['2026-02-23', 1],
      ['2026-03-02', 1],
    ])
    for (const query of ['range=yesterday', 'range=2026-03-05..2026-03-01', 'bucket=year']) {
      const refused = await t.get(`/v1/analytics/usage?${query}`, headers)
      expect(refused.status, query).toBe(422)
      expect(refused.body.errors[0].path, query).toMatch(/^query\.(range|bucket)$/)
    }
  })

  it('is for those who may see analytics', async () => {
    const t = await setup()
    const refused = await t.get('/v1/analytics/usage', inWorkspace(t.member.headers, t.team.id))
    expect(refused.status).toBe(403)
  })
})

describe('GET /v1/admin/analytics/usage', () => {
  it('adds up every workspace for platform admins, and only for them', async () => {
    const t = await setup()
    await t.chat(t.team.id, t.owner.user.id, '2026-03-04')
    await t.chat(t.owner.personalWorkspaceId, t.owner.user.id, '2026-03-04')
    await t.chat(t.root.personalWorkspaceId, t.root.user.id, '2026-03-03')
    const { status, body } = await t.get(
      '/v1/admin/analytics/usage?range=2026-03-01..2026-03-31&bucket=month',
      t.root.headers,
    )
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.buckets).toHaveLength(1)
    // The owner chatted in two workspaces that day: one active user of the platform.
    expect(body.totals).toMatchObject({ messages: 3, activeUsers: 2 })
    expect((await t.get('/v1/admin/analytics/usage', t.owner.headers)).status).toBe(403)
  })
})
