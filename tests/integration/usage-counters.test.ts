import { DynamoUsageCounters, DynamoWorkspaceRepository } from '@chatter/aws'
import { type Permission, platformEvent, usageCounter, workspaceUsage } from '@chatter/core'
import { table as tableSpec } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll } from '../support/dynamodb'

const now = new Date('2026-03-04T15:00:00Z')

async function setup() {
  const fresh = await freshTable()
  const usage = new DynamoUsageCounters(fresh.table, fresh.document)
  return { ...fresh, usage, counter: usageCounter({ usage, clock: () => now }) }
}

const answer = (userId: string, modelId: string, latencyMs: number) => ({
  conversationId: 'cnv_1',
  messageId: 'msg_1',
  userId,
  status: 'complete',
  provider: 'openai',
  modelId,
  inputTokens: 100,
  outputTokens: 7,
  costUsd: 0.000_123,
  latencyMs,
  toolCalls: [{ name: 'web.search#v2', isError: false, durationMs: 5 }],
})

describe('DynamoUsageCounters', () => {
  it('sums concurrent additions exactly, one item per scope and day', async () => {
    const { usage, counter, document, tableName } = await setup()
    const users = ['usr_a', 'usr_b', 'usr_c']
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        counter.publish(
          platformEvent(
            'message.created',
            'ws_1',
            answer(users[i % 3] as string, i % 2 ? 'gpt-4o' : 'meta.llama3:70b/instruct', 100 + i),
            now,
          ),
        ),
      ),
    )
    const [day] = await usage.days('ws_1', '2026-03-04', '2026-03-04')
    expect(day?.day).toBe('2026-03-04')
    expect(day?.counts).toMatchObject({
      messages: 30,
      activeUsers: 3,
      tokensIn: 3_000,
      tokensOut: 210,
      costMicros: 30 * 123,
      'model#gpt-4o#messages': 15,
      'model#meta.llama3:70b/instruct#tokensIn': 1_500,
      'tool#web.search#v2#calls': 30,
    })
    const latency = Object.entries(day?.counts ?? {}).filter(([name]) => name.startsWith('lat#'))
    expect(latency.reduce((sum, [, count]) => sum + count, 0)).toBe(30)
    const [platform] = await usage.days('*', '2026-03-04', '2026-03-04')
    expect(platform?.counts.messages).toBe(30)
    // Two counter items (workspace, platform), 30 event markers, 6 active-user markers.
    const items = await scanAll(document, tableName)
    expect(items.filter((item) => item.__edb_e__ === 'usageDay')).toHaveLength(2)
    expect(items.filter((item) => item.__edb_e__ === 'usageMarker')).toHaveLength(36)
  })

  it('counts a redelivered event once and keeps markers with a TTL', async () => {
    const { usage, counter, document, tableName } = await setup()
    const event = platformEvent('message.created', 'ws_1', answer('usr_a', 'gpt-4o', 300), now)
    await Promise.all([counter.publish(event), counter.publish(structuredClone(event))])
    await counter.publish(structuredClone(event))
    const [day] = await usage.days('ws_1', '2026-03-01', '2026-03-31')
    expect(day?.counts.messages).toBe(1)
    const marker = (await scanAll(document, tableName)).find(
      (item) => item.marker === `event#${event.id}`,
    )
    expect(marker?.[tableSpec.ttlAttribute]).toBe(Date.parse('2026-03-06T15:00:00Z') / 1000)
    await usage.release(`event#${event.id}`)
    await expect(usage.claim(`event#${event.id}`, now)).resolves.toBe(true)
  })

  it('reads a range of days with one query, oldest first, in its own scope only', async () => {
    const { usage } = await setup()
    await usage.add('ws_1', '2026-02-27', { messages: 1 })
    await usage.add('ws_1', '2026-03-02', { messages: 2 })
    await usage.add('ws_1', '2026-03-09', { messages: 4 })
    await usage.add('ws_10', '2026-03-02', { messages: 8 })
    const days = await usage.days('ws_1', '2026-02-27', '2026-03-08')
    expect(days).toEqual([
      { day: '2026-02-27', counts: { messages: 1 } },
      { day: '2026-03-02', counts: { messages: 2 } },
    ])
  })

  it('feeds the usage report, and goes with its workspace', async () => {
    const fresh = await setup()
    const { table, usage, counter } = fresh
    const workspaces = new DynamoWorkspaceRepository(table)
    const owner = { userId: 'usr_a', email: 'a@example.com' }
    await workspaces.create({ id: 'ws_1', name: 'Team', personal: false, owner })
    await counter.publish(
      platformEvent('message.created', 'ws_1', answer('usr_a', 'gpt-4o', 300), now),
    )
    const access = {
      principal: { type: 'user', userId: 'usr_a', sessionId: 's', systemAdmin: false },
      workspaceId: 'ws_1',
      role: 'owner',
      permissions: new Set<Permission>(['seeAnalytics']),
    } as const
    const report = await workspaceUsage({ usage }, { access, now }, { range: '7d' })
    expect(report.totals).toMatchObject({
      messages: 1,
      activeUsers: 1,
      costUsd: 0.000_123,
      byModel: { 'gpt-4o': { messages: 1 } },
      tools: { 'web.search#v2': { calls: 1, errors: 0 } },
    })
    expect(report.totals.latency.p50).toBeGreaterThan(270)
    await workspaces.delete('ws_1')
    await expect(usage.days('ws_1', '2026-03-01', '2026-03-31')).resolves.toEqual([])
    await expect(usage.days('*', '2026-03-01', '2026-03-31')).resolves.toHaveLength(1)
  })
})
