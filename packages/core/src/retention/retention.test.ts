import { describe, expect, it } from 'vitest'
import { newAuditEvent } from '../audit/new-audit-event'
import { knowledgeTeam } from '../documents/manage/manage-test-kit'
import { InMemoryLexical, InMemoryVectors } from '../testing'
import { getRetentionPolicy, setRetentionPolicy } from './policy'
import { retentionCutoff } from './purge'
import { runRetention, runRetentionNow } from './run'

const day = 86_400_000

async function setup() {
  const t = await knowledgeTeam()
  const vectors = new InMemoryVectors()
  const lexical = new InMemoryLexical()
  const knowledge = { documents: t.documents, blobs: t.blobs, vectors, lexical }
  const ports = { ...t, knowledge }
  const now = new Date('2026-03-01T12:00:00Z')
  const ago = (days: number) => new Date(now.getTime() - days * day).toISOString()

  async function conversation(id: string, lastActiveDaysAgo: number, workspaceId = t.workspace.id) {
    await t.conversations.create({
      id,
      workspaceId,
      userId: t.member.id,
      title: id,
      archived: false,
      messageCount: 0,
      lastActivityAt: ago(lastActiveDaysAgo),
    })
  }
  async function document(createdDaysAgo: number, workspaceId = t.workspace.id) {
    const doc = await t.documentWith('ready', ['alpha beta', 'gamma'], workspaceId)
    for (const stored of t.documents.byKey.values())
      if (stored.id === doc.id) stored.createdAt = ago(createdDaysAgo)
    await t.blobs.put(doc.blobKey, 'bytes')
    const ids = [`${doc.id}:0`, `${doc.id}:1`]
    await vectors.upsert(
      workspaceId,
      ids.map((id) => ({ id, values: [1, 0] })),
    )
    await lexical.update(workspaceId, { add: ids.map((id) => ({ id, text: 'alpha' })) })
    return doc
  }
  async function auditEvent(daysAgo: number, workspaceId = t.workspace.id) {
    const event = newAuditEvent(
      { workspaceId, action: 'member.added', actor: { type: 'system' } },
      {},
      new Date(ago(daysAgo)),
    )
    await t.audit.record(event)
    return event
  }
  return { ...t, ports, vectors, lexical, now, conversation, document, auditEvent }
}

describe('retention policy', () => {
  it('is kept forever until set, and admins set each period or null', async () => {
    const t = await setup()
    const acting = await t.as(t.admin)
    expect(await getRetentionPolicy(t.ports, acting)).toMatchObject({
      conversationsDays: null,
      documentsDays: null,
      auditDays: null,
    })
    const set = await setRetentionPolicy(t.ports, acting, {
      conversationsDays: 30,
      auditDays: null,
    })
    expect(set).toMatchObject({ conversationsDays: 30, documentsDays: null, auditDays: null })
    expect(set.updatedBy).toBe(t.admin.id)
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'retention.updated',
      details: { conversationsDays: 30, documentsDays: 'forever' },
    })
  })

  it('refuses periods outside 1..3650 whole days, naming each field', async () => {
    const t = await setup()
    await expect(
      setRetentionPolicy(t.ports, await t.as(t.owner), { documentsDays: 0, auditDays: 3651.5 }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'documentsDays' }, { path: 'auditDays' }] },
    })
    expect(t.retention.policies.size).toBe(0)
  })

  it('is for admins and the owner only', async () => {
    const t = await setup()
    await expect(getRetentionPolicy(t.ports, await t.as(t.member))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    await expect(
      setRetentionPolicy(t.ports, await t.as(t.viewer), { documentsDays: 5 }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
  })
})

describe('purging', () => {
  it('removes what is older than each cutoff and keeps the rest', async () => {
    const t = await setup()
    await t.conversation('cnv_old', 31)
    await t.conversation('cnv_new', 29)
    const oldDoc = await t.document(11)
    const newDoc = await t.document(9)
    await t.auditEvent(100)
    const recentEvent = await t.auditEvent(80)
    await t.retention.putPolicy({
      workspaceId: t.workspace.id,
      conversationsDays: 30,
      documentsDays: 10,
      auditDays: 90,
      updatedBy: t.owner.id,
      updatedAt: t.now.toISOString(),
    })

    const summary = await runRetention(t.ports, { now: t.now })

    expect(summary).toEqual({
      workspaces: 1,
      conversations: 1,
      documents: 1,
      auditEvents: 1,
      complete: true,
    })
    expect(await t.conversations.get(t.workspace.id, 'cnv_old')).toBeUndefined()
    expect(await t.conversations.get(t.workspace.id, 'cnv_new')).toBeDefined()
    expect(await t.documents.get(t.workspace.id, oldDoc.id)).toBeUndefined()
    expect(await t.blobs.exists(oldDoc.blobKey)).toBe(false)
    expect(t.documents.chunksOf(t.workspace.id, oldDoc.id)).toEqual([])
    const vectorIds = [...(t.vectors.namespaces.get(t.workspace.id)?.keys() ?? [])]
    expect(vectorIds).toEqual([`${newDoc.id}:0`, `${newDoc.id}:1`])
    expect([...(t.lexical.namespaces.get(t.workspace.id)?.keys() ?? [])]).toEqual(vectorIds)
    expect(await t.blobs.exists(newDoc.blobKey)).toBe(true)
    const left = t.audit.events.filter((e) => e.workspaceId === t.workspace.id)
    expect(left.map((e) => e.action)).toEqual(['member.added', 'retention.purged'])
    expect(left[0]?.id).toBe(recentEvent.id)
    expect(left[1]).toMatchObject({
      actor: { type: 'system', label: 'retention job' },
      details: { conversations: 1, documents: 1, auditEvents: 1, complete: true },
    })
    expect(t.retention.policies.get(t.workspace.id)?.lastPurgedAt).toBe(t.now.toISOString())
  })

  it('touches neither another workspace nor kinds the policy keeps forever', async () => {
    const t = await setup()
    await t.conversation('cnv_old', 400)
    await t.conversation('cnv_elsewhere', 400, t.other.id)
    const oldDoc = await t.document(400)
    await t.retention.putPolicy({
      workspaceId: t.workspace.id,
      conversationsDays: 30,
      updatedBy: t.owner.id,
      updatedAt: t.now.toISOString(),
    })
    const summary = await runRetention(t.ports, { now: t.now })
    expect(summary).toMatchObject({ conversations: 1, documents: 0 })
    expect(await t.conversations.get(t.other.id, 'cnv_elsewhere')).toBeDefined()
    expect(await t.documents.get(t.workspace.id, oldDoc.id)).toBeDefined()
  })

  it('is idempotent: a second run finds nothing and records nothing', async () => {
    const t = await setup()
    await t.conversation('cnv_old', 40)
    await t.retention.putPolicy({
      workspaceId: t.workspace.id,
      conversationsDays: 30,
      updatedBy: t.owner.id,
      updatedAt: t.now.toISOString(),
    })
    await runRetention(t.ports, { now: t.now })
    const events = t.audit.events.length
    expect(await runRetention(t.ports, { now: t.now })).toMatchObject({ conversations: 0 })
    expect(t.audit.events.length).toBe(events)
  })

  it('stops when out of time, leaving the workspace first in line for the next run', async () => {
    const t = await setup()
    for (let i = 0; i < 30; i++) await t.conversation(`cnv_${i}`, 40 + i)
    await t.retention.putPolicy({
      workspaceId: t.workspace.id,
      conversationsDays: 30,
      updatedBy: t.owner.id,
      updatedAt: t.now.toISOString(),
    })
    // One check before the workspace, one before its first batch: time for one batch only.
    let batches = 0
    const first = await runRetention(t.ports, { now: t.now, hasTime: () => batches++ < 2 })
    expect(first).toMatchObject({ conversations: 25, complete: false })
    expect(t.retention.policies.get(t.workspace.id)?.lastPurgedAt).toBeUndefined()
    const second = await runRetention(t.ports, { now: t.now })
    expect(second).toMatchObject({ conversations: 5, complete: true })
  })

  it('runs one workspace now for an admin, naming them in the audit log', async () => {
    const t = await setup()
    await t.document(20)
    await t.retention.putPolicy({
      workspaceId: t.workspace.id,
      documentsDays: 10,
      updatedBy: t.owner.id,
      updatedAt: t.now.toISOString(),
    })
    const acting = { ...(await t.as(t.admin)), now: t.now }
    expect(await runRetentionNow(t.ports, acting)).toMatchObject({ documents: 1, complete: true })
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'retention.purged',
      actor: { type: 'user', id: t.admin.id },
    })
    await expect(runRetentionNow(t.ports, await t.as(t.member))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
  })

  it('cuts off at exactly the period', () => {
    expect(retentionCutoff(new Date('2026-03-01T00:00:00Z'), 1)).toBe('2026-02-28T00:00:00.000Z')
  })
})
