import { randomUUID } from 'node:crypto'
import { DynamoImportJobRepository, deleteWorkspaceImportJobs } from '@chatter/aws'
import type { NewImportJob } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const importJobs = new DynamoImportJobRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<NewImportJob> = {}) => {
    const id = overrides.id ?? `imp_${randomUUID()}`
    return importJobs.create({
      id,
      workspaceId,
      source: 'chatgpt',
      filename: 'chatgpt-export.zip',
      kind: 'zip',
      size: 1234,
      status: 'uploading',
      progress: { done: 0, total: 0 },
      createdBy: 'usr_ada',
      blobKey: `imports/${workspaceId}/${id}`,
      ...overrides,
    })
  }
  return { ...fresh, importJobs, create }
}

describe('DynamoImportJobRepository', () => {
  it('stores an import with a 7-day TTL, scoped to its workspace, and refuses a duplicate id', async () => {
    const { importJobs, create, document, tableName } = await setup()
    const job = await create('ws_a')
    expect(job).toMatchObject({ status: 'uploading', source: 'chatgpt', kind: 'zip' })
    await expect(importJobs.get('ws_a', job.id)).resolves.toEqual(job)
    await expect(importJobs.get('ws_b', job.id)).resolves.toBeUndefined()
    await expect(create('ws_a', { id: job.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    const [item] = await scanAll(document, tableName)
    expect(item?.expiresAt).toBe(Date.parse(job.createdAt) / 1000 + 7 * 86_400)
  })

  it('starts and claims a job once, then records its report', async () => {
    const { importJobs, create } = await setup()
    const job = await create('ws_a')
    const queued = await importJobs.update(
      'ws_a',
      job.id,
      { status: 'queued' },
      {
        ifStatus: ['uploading'],
      },
    )
    expect(queued?.status).toBe('queued')
    const claims = await Promise.all(
      [1, 2].map(() =>
        importJobs.update('ws_a', job.id, { status: 'running' }, { ifStatus: ['queued'] }),
      ),
    )
    expect(claims.filter(Boolean)).toHaveLength(1)
    const done = await importJobs.update('ws_a', job.id, {
      status: 'succeeded',
      progress: { done: 2, total: 2 },
      report: {
        conversations: 2,
        messages: 6,
        skipped: [{ title: 'Empty chat', reason: 'No messages.' }],
      },
      finishedAt: '2025-01-01T00:01:00.000Z',
    })
    expect(done).toMatchObject({
      status: 'succeeded',
      report: { conversations: 2, messages: 6, skipped: [{ title: 'Empty chat' }] },
    })
    await expect(importJobs.get('ws_a', job.id)).resolves.toEqual(done)
    await expect(importJobs.update('ws_a', 'imp_missing', { status: 'failed' })).resolves.toBe(
      undefined,
    )
  })

  it('lists a member’s imports newest first, page by page, and deletes a workspace’s', async () => {
    const { importJobs, create, table } = await setup()
    const mine = []
    for (let i = 0; i < 5; i += 1) mine.push(await create('ws_a'))
    await create('ws_a', { createdBy: 'usr_bob' })
    await create('ws_b')
    const pages = await walkPages((page) => importJobs.listOf('ws_a', 'usr_ada', page), 2)
    expect(pages.flatMap((p) => p.items).map((job) => job.id)).toEqual(
      mine.map((job) => job.id).reverse(),
    )

    await deleteWorkspaceImportJobs(table, 'ws_a')
    expect((await importJobs.listOf('ws_a', 'usr_ada', { limit: 10 })).items).toEqual([])
    expect((await importJobs.listOf('ws_b', 'usr_ada', { limit: 10 })).items).toHaveLength(1)
  })
})
