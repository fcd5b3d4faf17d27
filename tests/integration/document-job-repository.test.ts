import { randomUUID } from 'node:crypto'
import { DynamoDocumentJobRepository } from '@chatter/aws'
import type { NewDocumentJob } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const jobs = new DynamoDocumentJobRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<NewDocumentJob> = {}) =>
    jobs.create({
      id: `job_${randomUUID()}`,
      workspaceId,
      action: 'delete',
      documentIds: ['doc_1', 'doc_2'],
      status: 'queued',
      progress: { done: 0, failed: 0, total: 2 },
      errors: [],
      createdBy: 'usr_ada',
      ...overrides,
    })
  return { ...fresh, jobs, create }
}

describe('DynamoDocumentJobRepository', () => {
  it('stores a job of a thousand documents as given and refuses a duplicate id', async () => {
    const { jobs, create } = await setup()
    const documentIds = Array.from({ length: 1_000 }, (_, i) => `doc_${randomUUID()}_${i}`)
    const job = await create('ws_a', {
      action: 'tag',
      documentIds,
      tags: ['finance', 'q1'],
      progress: { done: 0, failed: 0, total: 1_000 },
    })
    expect(job).toMatchObject({ documentIds, createdAt: '2025-01-01T00:00:01.000Z' })
    await expect(jobs.get('ws_a', job.id)).resolves.toEqual(job)
    await expect(create('ws_a', { id: job.id })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })

  it('records progress, errors and the finish, replacing them whole', async () => {
    const { jobs, create } = await setup()
    const job = await create('ws_a')
    await jobs.update('ws_a', job.id, {
      status: 'running',
      progress: { done: 1, failed: 1, total: 2 },
      errors: [{ documentId: 'doc_1', message: 'No such document.' }],
    })
    const finished = await jobs.update('ws_a', job.id, {
      status: 'succeeded',
      progress: { done: 2, failed: 1, total: 2 },
      finishedAt: '2025-01-01T00:01:00.000Z',
    })
    expect(finished).toEqual({
      ...job,
      status: 'succeeded',
      progress: { done: 2, failed: 1, total: 2 },
      errors: [{ documentId: 'doc_1', message: 'No such document.' }],
      finishedAt: '2025-01-01T00:01:00.000Z',
      updatedAt: '2025-01-01T00:00:03.000Z',
    })
    await expect(jobs.get('ws_a', job.id)).resolves.toEqual(finished)
    await expect(jobs.update('ws_a', 'job_missing', { status: 'failed' })).resolves.toBeUndefined()
  })

  it('stores a retag job’s rename and a runner’s lease', async () => {
    const { jobs, create } = await setup()
    const job = await create('ws_a', { action: 'retag', rename: { from: 'manuals', to: 'guides' } })
    expect(job.rename).toEqual({ from: 'manuals', to: 'guides' })
    expect(job.tags).toBeUndefined()
    const leased = await jobs.update('ws_a', job.id, {
      status: 'running',
      leaseExpiresAt: '2025-01-01T00:15:00.000Z',
    })
    expect(leased).toMatchObject({
      rename: { from: 'manuals', to: 'guides' },
      leaseExpiresAt: '2025-01-01T00:15:00.000Z',
    })
    await expect(jobs.get('ws_a', job.id)).resolves.toEqual(leased)
  })

  it('lets exactly one of many concurrent claims take a queued job', async () => {
    const { jobs, create } = await setup()
    const job = await create('ws_a')
    const claims = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        jobs.update(
          'ws_a',
          job.id,
          { status: 'running', leaseExpiresAt: `2025-01-01T00:0${i}:00.000Z` },
          { ifStatus: ['queued'] },
        ),
      ),
    )
    const won = claims.filter((claim) => claim !== undefined)
    expect(won).toHaveLength(1)
    await expect(jobs.get('ws_a', job.id)).resolves.toEqual(won[0])
  })

  it('changes nothing when the status is not one asked for', async () => {
    const { jobs, create, document, tableName } = await setup()
    const job = await create('ws_a', { status: 'succeeded' })
    const before = await scanAll(document, tableName)
    for (const ifStatus of [['queued', 'running'] as const, [] as const])
      await expect(
        jobs.update('ws_a', job.id, { status: 'failed' }, { ifStatus }),
      ).resolves.toBeUndefined()
    await expect(
      jobs.update('ws_a', 'job_missing', { status: 'running' }, { ifStatus: ['queued'] }),
    ).resolves.toBeUndefined()
    expect(await scanAll(document, tableName)).toEqual(before)
    const failed = await jobs.update(
      'ws_a',
      job.id,
      { status: 'failed' },
      { ifStatus: ['queued', 'succeeded'] },
    )
    expect(failed?.status).toBe('failed')
  })

  it('lists newest first, two per page, only the workspace’s own', async () => {
    const { jobs, create } = await setup()
    const made = []
    for (let i = 0; i < 5; i++) made.push(await create('ws_a'))
    await create('ws_b')
    const pages = await walkPages((page) => jobs.list('ws_a', page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    expect(pages.flatMap((page) => page.items.map((job) => job.id))).toEqual(
      made.map((job) => job.id).reverse(),
    )
  })

  it('never reads or changes a job through another workspace', async () => {
    const { jobs, create, document, tableName } = await setup()
    const job = await create('ws_a')
    const before = await scanAll(document, tableName)
    await expect(jobs.get('ws_b', job.id)).resolves.toBeUndefined()
    await expect(jobs.update('ws_b', job.id, { status: 'failed' })).resolves.toBeUndefined()
    await expect(jobs.list('ws_b', { limit: 10 })).resolves.toEqual({ items: [], nextCursor: null })
    expect(await scanAll(document, tableName)).toEqual(before)
  })
})
