import {
  DynamoToolCallLog,
  DynamoToolServerRepository,
  deleteWorkspaceToolServers,
} from '@chatter/aws'
import type { NewToolServer, ToolCallRecord } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

const day = 24 * 60 * 60 * 1000

const newServer = (id: string, overrides: Partial<NewToolServer> = {}): NewToolServer => ({
  id,
  workspaceId: 'ws_a',
  name: `Server ${id}`,
  url: 'https://mcp.example/mcp',
  transport: 'streamable-http',
  headerNames: ['Authorization'],
  encryptedHeaders: 'ciphertext',
  disabledTools: [],
  enabled: true,
  health: { status: 'healthy', checkedAt: '2025-03-01T00:00:00.000Z', latencyMs: 12, tools: 1 },
  tools: [
    {
      name: 'weather',
      description: 'Weather',
      inputSchema: {
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
      },
    },
  ],
  createdBy: 'usr_ada',
  ...overrides,
})

async function setup() {
  const fresh = await freshTable()
  const clock = tickingClock(Date.parse('2025-03-01T00:00:00.000Z'))
  return {
    ...fresh,
    clock,
    servers: new DynamoToolServerRepository(fresh.table, clock),
    calls: new DynamoToolCallLog(fresh.table),
  }
}

describe('DynamoToolServerRepository', () => {
  it('stores a server with its discovered schemas and lists newest first across pages', async () => {
    const { servers } = await setup()
    const created = []
    for (const id of ['tsv_1', 'tsv_2', 'tsv_3']) created.push(await servers.create(newServer(id)))
    await servers.create(newServer('tsv_other', { workspaceId: 'ws_b' }))
    expect(await servers.get('ws_a', 'tsv_1')).toEqual(created[0])
    expect(await servers.get('ws_b', 'tsv_1')).toBeUndefined()
    const pages = await walkPages((page) => servers.list('ws_a', page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 1])
    expect(pages.flatMap((page) => page.items.map((server) => server.id))).toEqual([
      'tsv_3',
      'tsv_2',
      'tsv_1',
    ])
    expect((await servers.listAll('ws_a')).map((server) => server.id)).toEqual([
      'tsv_3',
      'tsv_2',
      'tsv_1',
    ])
    await expect(servers.create(newServer('tsv_1'))).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('updates fields, clears the headers, and answers undefined for a missing server', async () => {
    const { servers } = await setup()
    await servers.create(newServer('tsv_1'))
    const updated = await servers.update('ws_a', 'tsv_1', {
      name: 'Renamed',
      disabledTools: ['weather'],
      enabled: false,
      health: {
        status: 'unhealthy',
        checkedAt: '2025-03-02T00:00:00.000Z',
        error: 'connection refused',
      },
      tools: [],
    })
    expect(updated).toMatchObject({
      name: 'Renamed',
      disabledTools: ['weather'],
      enabled: false,
      health: { status: 'unhealthy', error: 'connection refused' },
      tools: [],
      encryptedHeaders: 'ciphertext',
    })
    const cleared = await servers.update('ws_a', 'tsv_1', { headerNames: [], encryptedHeaders: '' })
    expect(cleared?.headerNames).toEqual([])
    expect(cleared?.encryptedHeaders).toBeUndefined()
    expect(await servers.update('ws_a', 'tsv_missing', { name: 'x' })).toBeUndefined()
    expect(await servers.get('ws_a', 'tsv_missing')).toBeUndefined()
  })

  it('keeps a health history newest first for 90 days and deletes it with the server', async () => {
    const { servers, clock, document, tableName } = await setup()
    await servers.create(newServer('tsv_1'))
    const at = (minutes: number) =>
      new Date(Date.parse('2025-03-01T00:00:00.000Z') + minutes * 60_000).toISOString()
    for (let i = 1; i <= 3; i++)
      await servers.recordHealth({
        serverId: 'tsv_1',
        workspaceId: 'ws_a',
        checkedAt: at(i),
        status: i === 3 ? 'unhealthy' : 'healthy',
        ...(i === 3 ? { error: 'connection refused' } : { latencyMs: i, tools: 1 }),
      })
    // Two checks in the same instant both stay.
    await servers.recordHealth({
      serverId: 'tsv_1',
      workspaceId: 'ws_a',
      checkedAt: at(3),
      status: 'unhealthy',
    })
    const pages = await walkPages((page) => servers.healthHistory('ws_a', 'tsv_1', page), 3)
    const checks = pages.flatMap((page) => page.items)
    expect(checks.map((check) => check.checkedAt)).toEqual([at(3), at(3), at(2), at(1)])
    expect(checks[3]).toEqual({
      serverId: 'tsv_1',
      workspaceId: 'ws_a',
      checkedAt: at(1),
      status: 'healthy',
      latencyMs: 1,
      tools: 1,
    })
    expect((await servers.healthHistory('ws_b', 'tsv_1', { limit: 10 })).items).toEqual([])

    clock.jump(91 * day)
    expect((await servers.healthHistory('ws_a', 'tsv_1', { limit: 10 })).items).toEqual([])

    expect(await servers.delete('ws_a', 'tsv_1')).toBe(true)
    expect(await servers.delete('ws_a', 'tsv_1')).toBe(false)
    expect(await scanAll(document, tableName)).toEqual([])
  })

  it('deletes every server of a workspace and leaves the others', async () => {
    const { servers, table } = await setup()
    await servers.create(newServer('tsv_1'))
    await servers.create(newServer('tsv_2'))
    await servers.create(newServer('tsv_3', { workspaceId: 'ws_b' }))
    expect(await deleteWorkspaceToolServers(table, 'ws_a')).toBe(2)
    expect(await servers.listAll('ws_a')).toEqual([])
    expect(await servers.listAll('ws_b')).toHaveLength(1)
  })
})

describe('DynamoToolCallLog', () => {
  const call = (n: number, overrides: Partial<ToolCallRecord> = {}): ToolCallRecord => ({
    id: `call_${String(n).padStart(3, '0')}`,
    workspaceId: 'ws_a',
    tool: 'weather__forecast',
    source: { type: 'mcp', serverId: 'tsv_1', serverName: 'Weather', toolName: 'forecast' },
    at: new Date(Date.parse('2025-03-01T00:00:00.000Z') + n * 60_000).toISOString(),
    durationMs: n * 10,
    ok: true,
    resultSize: 5,
    via: 'chat',
    ...overrides,
  })

  it('aggregates calls, errors, average and p95 per tool and server within the range', async () => {
    const { calls, document, tableName } = await setup()
    for (let n = 1; n <= 20; n++) await calls.record(call(n, { ok: n % 5 !== 0 }))
    await calls.record(call(21, { tool: 'calculator', source: { type: 'builtin' }, durationMs: 3 }))
    await calls.record(
      call(22, {
        tool: 'calculator',
        source: { type: 'builtin' },
        durationMs: 5,
        conversationId: 'cnv_1',
        messageId: 'msg_1',
        agentId: 'agt_1',
      }),
    )
    await calls.record(call(23, { workspaceId: 'ws_b' }))
    await calls.record(call(60))

    const usage = await calls.usage('ws_a', {
      from: call(1).at,
      to: call(60).at, // exclusive
    })
    expect(usage).toEqual([
      {
        tool: 'weather__forecast',
        serverId: 'tsv_1',
        calls: 20,
        errors: 4,
        averageMs: 105,
        p95Ms: 190,
      },
      { tool: 'calculator', calls: 2, errors: 0, averageMs: 4, p95Ms: 5 },
    ])
    const [item] = (await scanAll(document, tableName)).filter((raw) => raw.id === 'call_001')
    expect(item?.expiresAt).toBe(Date.parse(call(1).at) / 1000 + 90 * 24 * 60 * 60)
  })
})
