import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors'
import { exportTeam } from './export-fixture'
import { getExport, listExports } from './read-exports'
import { requestExport } from './request-export'
import { exportBlobKey, runExport } from './run-export'
import { unzipStore } from './zip'

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes)

async function archiveOf(t: Awaited<ReturnType<typeof exportTeam>>, exportId: string) {
  const bytes = await t.blobs.get(exportBlobKey({ workspaceId: t.workspace.id, id: exportId }))
  if (!bytes) throw new Error('no archive')
  return unzipStore(bytes)
}

describe('requestExport', () => {
  it('queues an export.run and records export.requested', async () => {
    const t = await exportTeam()
    const job = await requestExport(t.ports, await t.as(t.admin), {
      scope: 'workspace',
      format: 'json',
    })
    expect(job).toMatchObject({ status: 'queued', scope: 'workspace', progress: { done: 0 } })
    expect(job.progress.total).toBeGreaterThan(5)
    expect(t.queue.sent).toEqual([
      { kind: 'export.run', workspaceId: t.workspace.id, exportId: job.id },
    ])
    const audit = await t.audit.query(t.workspace.id, {}, { limit: 5 })
    expect(audit.items[0]).toMatchObject({
      action: 'export.requested',
      actor: { id: t.admin.id },
      target: { type: 'export', id: job.id },
    })
  })

  it('lets only admins and owners export the workspace, and any member their own data', async () => {
    const t = await exportTeam()
    for (const user of [t.member, t.viewer]) {
      const refused = await requestExport(t.ports, await t.as(user), {
        scope: 'workspace',
        format: 'csv',
      }).catch((error) => error)
      expect(isDomainError(refused) && refused.code).toBe('auth.forbidden')
    }
    const mine = await requestExport(t.ports, await t.as(t.viewer), { scope: 'me', format: 'csv' })
    expect(mine.createdBy).toBe(t.viewer.id)
    expect(t.queue.sent).toHaveLength(1)
  })
})

describe('runExport', () => {
  it('writes the workspace as a ZIP of JSON collections, with every branch', async () => {
    const t = await exportTeam()
    await t.chat(t.member.id, 'Bread')
    await t.chat(t.admin.id, 'Taxes')
    await t.chat(t.outsider.id, 'Elsewhere', t.other.id)
    const { id } = await requestExport(t.ports, await t.as(t.owner), {
      scope: 'workspace',
      format: 'json',
    })
    const done = await runExport(t.ports, { workspaceId: t.workspace.id, exportId: id })
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: { done: done?.progress.total },
      counts: { conversations: 2, messages: 6, members: 4, workspace: 1 },
    })
    const files = await archiveOf(t, id)
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'conversations.json',
        'messages.json',
        'members.json',
        'prompts.json',
        'promptVersions.json',
        'agents.json',
        'workflows.json',
        'documents.json',
        'profiles.json',
      ]),
    )
    const conversations = JSON.parse(text(files.get('conversations.json')))
    expect(conversations.map((c: { title: string }) => c.title).sort()).toEqual(['Bread', 'Taxes'])
    const messages = JSON.parse(text(files.get('messages.json')))
    const branches = messages.filter((m: { parentId: string | null }) => m.parentId === 'msg_1_1')
    expect(branches.map((m: { id: string }) => m.id)).toEqual(['msg_1_2', 'msg_1_3'])
  })

  it('writes only the caller’s own conversations and preferences for a "me" export, as CSV', async () => {
    const t = await exportTeam()
    await t.chat(t.member.id, 'Mine, "really"')
    const settings = { language: 'fr-CA', streaming: false, toolsEnabled: true }
    const saved = { ...settings, updatedAt: t.now.toISOString(), updatedBy: t.member.id }
    await t.preferences.put({ ...saved, userId: t.member.id, version: 1 }, 0)
    await t.preferences.put({ ...saved, userId: t.admin.id, version: 1, language: 'de' }, 0)
    await t.chat(t.admin.id, 'Not mine')
    const { id } = await requestExport(t.ports, await t.as(t.member), {
      scope: 'me',
      format: 'csv',
    })
    await runExport(t.ports, { workspaceId: t.workspace.id, exportId: id })
    const files = await archiveOf(t, id)
    expect([...files.keys()].sort()).toEqual([
      'conversations.csv',
      'manifest.json',
      'messages.csv',
      'preferences.csv',
    ])
    const preferences = text(files.get('preferences.csv')).split('\r\n')
    expect(preferences).toHaveLength(3)
    expect(preferences[1]).toContain('fr-CA')
    const csv = text(files.get('conversations.csv'))
    expect(csv.split('\r\n')[0]).toContain('title')
    expect(csv).toContain('"Mine, ""really"""')
    expect(csv).not.toContain('Not mine')
    expect(text(files.get('messages.csv')).trim().split('\r\n')).toHaveLength(4)
  })

  it('gives a fresh one-hour download link on each read, to its creator only', async () => {
    const t = await exportTeam()
    const acting = await t.as(t.member)
    const { id } = await requestExport(t.ports, acting, { scope: 'me', format: 'json' })
    const queued = await getExport(t.ports, acting, { exportId: id })
    expect(queued.download).toBeUndefined()
    await runExport(t.ports, { workspaceId: t.workspace.id, exportId: id })
    const ready = await getExport(t.ports, acting, { exportId: id })
    expect(ready.download).toEqual({
      url: expect.stringContaining(encodeURIComponent(`exports/${t.workspace.id}/${id}.zip`)),
      expiresAt: new Date(t.now.getTime() + 3_600_000).toISOString(),
    })
    const other = await getExport(t.ports, await t.as(t.admin), { exportId: id }).catch((e) => e)
    expect(isDomainError(other) && other.code).toBe('resource.notFound')
    const list = await listExports(t.ports, acting, { limit: 10 })
    expect(list.items.map((job) => job.id)).toEqual([id])
    expect((await listExports(t.ports, await t.as(t.admin), { limit: 10 })).items).toEqual([])
  })

  it('does nothing on a redelivered message, and fails for a creator who lost the right', async () => {
    const t = await exportTeam()
    const { id } = await requestExport(t.ports, await t.as(t.admin), {
      scope: 'workspace',
      format: 'json',
    })
    await t.workspaces.setRole(t.workspace.id, t.admin.id, 'member')
    const failed = await runExport(t.ports, { workspaceId: t.workspace.id, exportId: id })
    expect(failed).toMatchObject({ status: 'failed', error: expect.stringContaining('no longer') })
    expect(await t.blobs.exists(exportBlobKey({ workspaceId: t.workspace.id, id }))).toBe(false)
    const again = await runExport(t.ports, { workspaceId: t.workspace.id, exportId: id })
    expect(again?.status).toBe('failed')
  })

  it('lets go of the job on an outage so the redelivery builds it, and fails it on the last', async () => {
    const t = await exportTeam()
    const { id } = await requestExport(t.ports, await t.as(t.member), {
      scope: 'me',
      format: 'json',
    })
    const down = {
      ...t.ports,
      blobs: {
        ...t.ports.blobs,
        put: async () => {
          throw new Error('S3 is down')
        },
      },
    }
    const input = { workspaceId: t.workspace.id, exportId: id }
    await expect(runExport(down, input, { finalAttempt: false })).rejects.toThrow('S3 is down')
    expect((await t.exportJobs.get(t.workspace.id, id))?.status).toBe('queued')
    await expect(runExport(down, input, { finalAttempt: true, receiveCount: 5 })).rejects.toThrow()
    expect(await t.exportJobs.get(t.workspace.id, id)).toMatchObject({
      status: 'failed',
      error: 'The export stopped after 5 attempts: S3 is down',
    })
  })
})
