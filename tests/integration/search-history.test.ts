import { DynamoLexicalSnapshotPointers, DynamoSearchHistory } from '@chatter/aws'
import type { SearchHistoryEntry } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

const day = 24 * 60 * 60 * 1000

async function setup() {
  const fresh = await freshTable()
  const clock = tickingClock(Date.parse('2025-03-01T00:00:00.000Z'))
  const history = new DynamoSearchHistory(fresh.table, clock)
  let made = 0
  const record = async (overrides: Partial<SearchHistoryEntry> = {}) => {
    made += 1
    const entry: SearchHistoryEntry = {
      id: `sh_${String(made).padStart(4, '0')}`,
      workspaceId: 'ws_a',
      userId: 'usr_ada',
      query: `query ${made}`,
      mode: 'hybrid',
      hits: made,
      at: new Date(Date.parse('2025-03-01T00:00:00.000Z') + made * 60_000).toISOString(),
      ...overrides,
    }
    await history.record(entry)
    return entry
  }
  return { ...fresh, clock, history, record }
}

describe('DynamoSearchHistory', () => {
  it("lists one user's searches in one workspace, newest first, across pages", async () => {
    const { history, record } = await setup()
    const mine: SearchHistoryEntry[] = []
    for (let i = 0; i < 5; i++) mine.push(await record())
    mine.push(await record({ mode: 'lexical', filter: { tags: ['q1'], page: { $gte: 2 } } }))
    await record({ userId: 'usr_bob' })
    await record({ workspaceId: 'ws_b' })
    const pages = await walkPages((page) => history.list('ws_a', 'usr_ada', page), 4)
    expect(pages.map((page) => page.items.length)).toEqual([4, 2])
    expect(pages.flatMap((page) => page.items)).toEqual([...mine].reverse())
  })

  it('expires entries 90 days after they were made', async () => {
    const { history, record, clock, document, tableName } = await setup()
    const entry = await record()
    const [item] = await scanAll(document, tableName)
    expect(item?.expiresAt).toBe(Date.parse(entry.at) / 1000 + 90 * 24 * 60 * 60)
    clock.jump(89 * day)
    expect((await history.list('ws_a', 'usr_ada', { limit: 10 })).items).toEqual([entry])
    clock.jump(2 * day)
    // DynamoDB's TTL deletes late; the list already leaves the entry out.
    expect((await history.list('ws_a', 'usr_ada', { limit: 10 })).items).toEqual([])
  })

  it("clears only the user's own history in that workspace and counts what went", async () => {
    const { history, record } = await setup()
    for (let i = 0; i < 30; i++) await record()
    const bob = await record({ userId: 'usr_bob' })
    const elsewhere = await record({ workspaceId: 'ws_b' })
    await expect(history.clear('ws_a', 'usr_ada')).resolves.toBe(30)
    await expect(history.clear('ws_a', 'usr_ada')).resolves.toBe(0)
    expect((await history.list('ws_a', 'usr_ada', { limit: 10 })).items).toEqual([])
    expect((await history.list('ws_a', 'usr_bob', { limit: 10 })).items).toEqual([bob])
    expect((await history.list('ws_b', 'usr_ada', { limit: 10 })).items).toEqual([elsewhere])
  })
})

describe('DynamoLexicalSnapshotPointers', () => {
  it('creates a pointer only where there is none, then moves it only from the version read', async () => {
    const pointers = new DynamoLexicalSnapshotPointers((await freshTable()).table)
    await expect(pointers.get('ws_a')).resolves.toBeUndefined()
    await expect(pointers.swap('ws_a', undefined, { version: 1, key: 'k1' })).resolves.toBe(true)
    await expect(pointers.swap('ws_a', undefined, { version: 1, key: 'k1b' })).resolves.toBe(false)
    await expect(pointers.swap('ws_a', 7, { version: 8, key: 'k8' })).resolves.toBe(false)
    await expect(pointers.swap('ws_b', 1, { version: 2, key: 'b2' })).resolves.toBe(false)
    await expect(pointers.get('ws_a')).resolves.toEqual({ version: 1, key: 'k1' })
    await expect(pointers.swap('ws_a', 1, { version: 2, key: 'k2' })).resolves.toBe(true)
    await expect(pointers.get('ws_a')).resolves.toEqual({ version: 2, key: 'k2' })
    await expect(pointers.get('ws_b')).resolves.toBeUndefined()
    await pointers.delete('ws_a')
    await expect(pointers.get('ws_a')).resolves.toBeUndefined()
    await pointers.delete('ws_a')
  })

  it('lets exactly one of many writers who read the same version move the pointer', async () => {
    const pointers = new DynamoLexicalSnapshotPointers((await freshTable()).table)
    const first = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        pointers.swap('ws_a', undefined, { version: 1, key: `a${i}` }),
      ),
    )
    expect(first.filter(Boolean)).toHaveLength(1)
    const next = await Promise.all(
      Array.from({ length: 5 }, (_, i) => pointers.swap('ws_a', 1, { version: 2, key: `b${i}` })),
    )
    expect(next.filter(Boolean)).toHaveLength(1)
    const winner = `b${next.indexOf(true)}`
    await expect(pointers.get('ws_a')).resolves.toEqual({ version: 2, key: winner })
  })
})
