import { randomUUID } from 'node:crypto'
import { DynamoExportJobRepository, deleteWorkspaceExportJobs } from '@chatter/aws'
import type { NewExportJob } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const exportJobs = new DynamoExportJobRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<NewExportJob> = {}) =>
    exportJobs.create({
      id: `exp_${randomUUID()}`,
      workspaceId,
      scope: 'workspace',
      format: 'json',
      status: 'queued',
      progress: { done: 0, total: 11 },
      createdBy: 'usr_ada',
      ...overrides,
    })
  return { ...fresh, exportJobs, create }
}

describe('DynamoExportJobRepository', () => {
  it('stores an export with a 7-day TTL and refuses a duplicate id', async () => {
    const { exportJobs, create, document, tableName } = await setup()
    const job = await create('ws_a')
    expect(job).toMatchObject({ status: 'queued', createdAt: '2025-01-01T00:00:01.000Z' })
    await expect(exportJobs.get('ws_a', job.id)).resolves.toEqual(job)
    await expect(exportJobs.get('ws_b', job.id)).resolves.toBeUndefined()
    await expect(create('ws_a', { id: job.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    const [item] = await scanAll(document, tableName)
    expect(item?.expiresAt).toBe(Date.parse(job.createdAt) / 1000 + 7 * 86_400)
  })

  it('claims a job once, and records its counts and archive', async () => {
    const { exportJobs, create } = await setup()
    const job = await create('ws_a')
    const claims = await Promise.all(
      [1, 2].map(() =>
        exportJobs.update('ws_a', job.id, { status: 'running' }, { ifStatus: ['queued'] }),
      ),
    )
    expect(claims.filter(Boolean)).toHaveLength(1)
    const done = await exportJobs.update('ws_a', job.id, {
      status: 'succeeded',
      progress: { done: 11, total: 11 },
      counts: { conversations: 2, messages: 6 },
      blobKey: `exports/ws_a/${job.id}.zip`,
      finishedAt: '2025-01-01T00:01:00.000Z',
    })
    expect(done).toMatchObject({
      status: 'succeeded',
      counts: { conversations: 2, messages: 6 },
      blobKey: `exports/ws_a/${job.id}.zip`,
    })
    await expect(exportJobs.get('ws_a', job.id)).resolves.toEqual(done)
    await expect(
      exportJobs.update('ws_a', job.id, { status: 'running' }, { ifStatus: ['queued'] }),
    ).resolves.toBeUndefined()
    await expect(exportJobs.update('ws_a', 'exp_missing', { status: 'failed' })).resolves.toBe(
      undefined,
    )
  })

  it('lists a member’s exports newest first, page by page, and deletes a workspace’s', async () => {
    const { exportJobs, create, table } = await setup()
    const mine = []
    for (let i = 0; i < 5; i++) mine.push(await create('ws_a'))
    await create('ws_a', { createdBy: 'usr_bob' })
    await create('ws_b')
    const pages = await walkPages((page) => exportJobs.listOf('ws_a', 'usr_ada', page), 2)
    expect(pages.flatMap((p) => p.items).map((j) => j.id)).toEqual(mine.map((j) => j.id).reverse())
    await expect(deleteWorkspaceExportJobs(table, 'ws_a')).resolves.toBe(6)
    expect((await exportJobs.listOf('ws_a', 'usr_ada', { limit: 10 })).items).toEqual([])
    expect((await exportJobs.listOf('ws_b', 'usr_ada', { limit: 10 })).items).toHaveLength(1)
  })
})
