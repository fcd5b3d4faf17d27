import { randomUUID } from 'node:crypto'
import {
  DynamoAuditLog,
  DynamoConversationRepository,
  DynamoDocumentRepository,
  DynamoRetentionStore,
  DynamoUserRepository,
  DynamoWorkspaceRepository,
} from '@chatter/aws'
import { newAuditEvent } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

const at = (day: number) => `2025-01-${String(day).padStart(2, '0')}T12:00:00.000Z`
const policy = (workspaceId: string, periods: Record<string, number> = { documentsDays: 30 }) => ({
  workspaceId,
  ...periods,
  updatedBy: 'usr_ada',
  updatedAt: at(1),
})

async function setup() {
  const fresh = await freshTable()
  const retention = new DynamoRetentionStore(fresh.table)
  return { ...fresh, retention, items: () => scanAll(fresh.document, fresh.tableName) }
}

describe('DynamoRetentionStore', () => {
  it('puts, reads, replaces and deletes a policy; one without periods is removed', async () => {
    const { retention, items } = await setup()
    await expect(retention.getPolicy('ws_a')).resolves.toBeUndefined()
    const stored = await retention.putPolicy(
      policy('ws_a', { conversationsDays: 7, auditDays: 90 }),
    )
    expect(stored).toEqual({
      workspaceId: 'ws_a',
      conversationsDays: 7,
      auditDays: 90,
      updatedBy: 'usr_ada',
      updatedAt: at(1),
    })
    await expect(retention.getPolicy('ws_a')).resolves.toEqual(stored)
    await expect(retention.getPolicy('ws_b')).resolves.toBeUndefined()

    // Replacing drops the periods not given again, and keeps when it was last purged.
    await retention.markPurged('ws_a', at(5))
    await retention.putPolicy(policy('ws_a', { documentsDays: 30 }))
    await expect(retention.getPolicy('ws_a')).resolves.toEqual({
      workspaceId: 'ws_a',
      documentsDays: 30,
      updatedBy: 'usr_ada',
      updatedAt: at(1),
      lastPurgedAt: at(5),
    })

    await expect(retention.putPolicy(policy('ws_a', {}))).resolves.toBeUndefined()
    await expect(retention.getPolicy('ws_a')).resolves.toBeUndefined()
    await retention.putPolicy(policy('ws_a'))
    await retention.deletePolicy('ws_a')
    await retention.deletePolicy('ws_a')
    await expect(retention.getPolicy('ws_a')).resolves.toBeUndefined()
    expect(await items()).toEqual([])
  })

  it('goes with its workspace, so the daily purge stops visiting it', async () => {
    const { table, retention } = await setup()
    await retention.putPolicy(policy('ws_a'))
    await retention.putPolicy(policy('ws_b'))
    const workspaces = new DynamoWorkspaceRepository(table, tickingClock())
    await workspaces.create({
      id: 'ws_a',
      name: 'A',
      personal: false,
      owner: { userId: 'usr_ada', email: 'ada@example.com' },
    })
    await workspaces.delete('ws_a')
    await expect(retention.getPolicy('ws_a')).resolves.toBeUndefined()
    const { items } = await retention.listPolicies({ limit: 10 })
    expect(items.map((p) => p.workspaceId)).toEqual(['ws_b'])
  })

  it('lists every policy least recently purged first, never purged first of all', async () => {
    const { retention } = await setup()
    for (const workspaceId of ['ws_a', 'ws_b', 'ws_c', 'ws_d'])
      await retention.putPolicy(policy(workspaceId))
    await retention.markPurged('ws_b', at(3))
    await retention.markPurged('ws_a', at(4))
    // A policy deleted meanwhile is not brought back by marking it.
    await retention.markPurged('ws_gone', at(4))
    await expect(retention.getPolicy('ws_gone')).resolves.toBeUndefined()

    const pages = await walkPages((page) => retention.listPolicies(page), 3)
    expect(pages.map((page) => page.items.length)).toEqual([3, 1])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    const listed = pages.flatMap((page) => page.items)
    expect(listed.map((p) => [p.workspaceId, p.lastPurgedAt])).toEqual([
      ['ws_c', undefined],
      ['ws_d', undefined],
      ['ws_b', at(3)],
      ['ws_a', at(4)],
    ])

    // Purging the front one moves it to the back.
    await retention.markPurged('ws_c', at(6))
    const { items } = await retention.listPolicies({ limit: 10 })
    expect(items.map((p) => p.workspaceId)).toEqual(['ws_d', 'ws_b', 'ws_a', 'ws_c'])
  })

  it("finds only this workspace's conversations and documents older than the cutoff, oldest first", async () => {
    const { table, retention } = await setup()
    const clockAt = (day: number) => () => new Date(at(day))
    const conversations = new DynamoConversationRepository(table, { delete: async () => {} })
    const conversation = (workspaceId: string, day: number) =>
      conversations.create({
        id: `cnv_${randomUUID()}`,
        workspaceId,
        userId: 'usr_ada',
        title: `day ${day}`,
        archived: false,
        messageCount: 0,
        lastActivityAt: at(day),
        createdAt: at(day),
      })
    const document = (workspaceId: string, day: number) =>
      new DynamoDocumentRepository(table, clockAt(day)).create({
        id: `doc_${randomUUID()}`,
        workspaceId,
        filename: `day-${day}.md`,
        contentType: 'text/markdown',
        size: 10,
        tags: ['kept-by-tag'],
        status: 'ready',
        progress: { chunksDone: 0, chunksTotal: 0 },
        source: 'upload',
        blobKey: `uploads/${workspaceId}/day-${day}.md`,
        chunkCount: 0,
        createdBy: 'usr_ada',
      })

    const c3 = await conversation('ws_a', 3)
    const c1 = await conversation('ws_a', 1)
    await conversation('ws_a', 10)
    await conversation('ws_b', 1)
    // Activity after the cutoff keeps an old conversation.
    const revived = await conversation('ws_a', 2)
    await conversations.touch('ws_a', revived.id, new Date(at(20)), 1)

    const d2 = await document('ws_a', 2)
    const d1 = await document('ws_a', 1)
    await document('ws_a', 10)
    await document('ws_b', 1)

    const cutoff = at(5)
    await expect(retention.conversationsInactiveSince('ws_a', cutoff, 25)).resolves.toEqual([
      c1.id,
      c3.id,
    ])
    await expect(retention.conversationsInactiveSince('ws_a', cutoff, 1)).resolves.toEqual([c1.id])
    await expect(retention.documentsCreatedBefore('ws_a', cutoff, 25)).resolves.toEqual([
      d1.id,
      d2.id,
    ])
    await expect(retention.documentsCreatedBefore('ws_a', at(1), 25)).resolves.toEqual([])
    await expect(retention.documentsCreatedBefore('ws_c', cutoff, 25)).resolves.toEqual([])
  })

  it("deletes only this workspace's audit events older than the cutoff, a batch at a time", async () => {
    const { table, retention } = await setup()
    const audit = new DynamoAuditLog(table)
    const record = (workspaceId: string, day: number) =>
      audit.record(
        newAuditEvent(
          {
            workspaceId,
            action: 'workspace.renamed',
            actor: { type: 'user', id: 'usr_ada' },
          },
          {},
          new Date(at(day)),
        ),
      )
    for (const day of [1, 2, 3, 10]) await record('ws_a', day)
    await record('ws_b', 1)

    await expect(retention.deleteAuditEventsBefore('ws_a', at(5), 2)).resolves.toBe(2)
    await expect(retention.deleteAuditEventsBefore('ws_a', at(5), 2)).resolves.toBe(1)
    await expect(retention.deleteAuditEventsBefore('ws_a', at(5), 2)).resolves.toBe(0)
    const left = await audit.query('ws_a', {}, { limit: 10 })
    expect(left.items.map((event) => event.at)).toEqual([at(10)])
    expect((await audit.query('ws_b', {}, { limit: 10 })).items).toHaveLength(1)
  })
})

describe('DynamoUserRepository.delete', () => {
  it('removes the user and their email record, so the address can sign up again', async () => {
    const fresh = await freshTable()
    const users = new DynamoUserRepository(fresh.table, tickingClock())
    const ada = await users.create({ id: 'usr_ada', email: 'Ada@Example.com' })
    await users.create({ id: 'usr_bob', email: 'bob@example.com' })

    await expect(users.delete(ada.id)).resolves.toBe(true)
    await expect(users.delete(ada.id)).resolves.toBe(false)
    await expect(users.getById(ada.id)).resolves.toBeUndefined()
    await expect(users.getByEmail('ada@example.com')).resolves.toBeUndefined()
    const left = await scanAll(fresh.document, fresh.tableName)
    expect(JSON.stringify(left)).not.toContain('ada@example.com')
    await expect(users.getByEmail('bob@example.com')).resolves.toMatchObject({ id: 'usr_bob' })

    // The address is free again.
    await expect(users.create({ id: 'usr_ada2', email: 'ada@example.com' })).resolves.toMatchObject(
      { id: 'usr_ada2' },
    )
  })
})
