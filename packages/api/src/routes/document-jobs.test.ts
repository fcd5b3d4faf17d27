import { type HttpConfig, newId, runDocumentJob } from '@chatter/core'
import type { InMemoryQueue } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { apiKeyOf, bodyOf, inWorkspace, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'
import { documentJobPorts } from './document-jobs'

async function setup() {
  // Room for 1,000 ids (the default test limit is 1 KB; the real default is 1 MB).
  const config: HttpConfig = { CORS_ORIGINS: [], MAX_BODY_BYTES: 256 * 1024, LOG_LEVEL: 'SILENT' }
  const deps = testDependencies({ config })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const viewer = await signedInUser(deps)
  await join(deps, team, viewer, 'viewer')
  const call = async (
    who: Record<string, string>,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const response = await app.request(`/v1/document-jobs${path}`, {
      method,
      headers: inWorkspace(who, team.id),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, body: await bodyOf(response) }
  }
  const seed = (id: string, tags: string[] = []) =>
    deps.knowledge.documents.create({
      id,
      workspaceId: team.id,
      filename: `${id}.txt`,
      contentType: 'text/plain',
      size: 10,
      tags,
      status: 'ready',
      progress: { chunksDone: 0, chunksTotal: 0 },
      source: 'upload',
      blobKey: `documents/${team.id}/${id}`,
      chunkCount: 0,
      createdBy: owner.user.id,
    })
  const runJob = (jobId: string) =>
    runDocumentJob(documentJobPorts(deps), { workspaceId: team.id, jobId })
  const queue = deps.knowledge.queue as InMemoryQueue
  return { deps, owner, viewer, team, call, seed, runJob, queue }
}

describe('/v1/document-jobs', () => {
  it('starts a job (202), and GET shows its progress once it has run', async () => {
    const t = await setup()
    await t.seed('doc_a', ['draft'])
    await t.seed('doc_b', ['draft'])
    const started = await t.call(t.owner.headers, 'POST', '', {
      action: 'tag',
      filter: { tag: 'draft' },
      tags: [' Q3 '],
    })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({
      action: 'tag',
      tags: ['q3'],
      status: 'queued',
      progress: { done: 0, failed: 0, total: 2 },
      documentIds: expect.arrayContaining(['doc_a', 'doc_b']),
    })
    expect(t.queue.sent).toEqual([
      { kind: 'documentJob.run', workspaceId: t.team.id, jobId: started.body.id },
    ])

    await t.runJob(started.body.id)
    const read = await t.call(t.owner.headers, 'GET', `/${started.body.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      status: 'succeeded',
      progress: { done: 2, failed: 0, total: 2 },
      errors: [],
      finishedAt: expect.any(String),
    })
    expect((await t.deps.knowledge.documents.get(t.team.id, 'doc_a'))?.tags).toEqual([
      'draft',
      'q3',
    ])
  })

  it('renames a tag on the listed documents with a retag job', async () => {
    const t = await setup()
    await t.seed('doc_a', ['draft', 'q3'])
    await t.seed('doc_b', ['final'])
    const started = await t.call(t.owner.headers, 'POST', '', {
      action: 'retag',
      documentIds: ['doc_a', 'doc_b'],
      rename: { from: 'Draft', to: 'Review' },
    })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({ rename: { from: 'draft', to: 'review' } })
    await t.runJob(started.body.id)
    const read = await t.call(t.owner.headers, 'GET', `/${started.body.id}`)
    expect(read.body).toMatchObject({ status: 'succeeded', progress: { done: 2, failed: 0 } })
    // How long the runner held the job is its own business.
    expect(read.body).not.toHaveProperty('leaseExpiresAt')
    const tagsOf = async (id: string) => (await t.deps.knowledge.documents.get(t.team.id, id))?.tags
    expect(await tagsOf('doc_a')).toEqual(['q3', 'review'])
    expect(await tagsOf('doc_b')).toEqual(['final'])
  })

  it('lists jobs newest first without their document ids, paged', async () => {
    const t = await setup()
    await t.seed('doc_a')
    const ids = []
    for (const action of ['reprocess', 'delete'])
      ids.push(
        (await t.call(t.owner.headers, 'POST', '', { action, documentIds: ['doc_a'] })).body.id,
      )
    const first = await t.call(t.owner.headers, 'GET', '?limit=1')
    expect(first.body.items.map((j: { id: string }) => j.id)).toEqual([ids[1]])
    expect(first.body.items[0].documentIds).toBeUndefined()
    const rest = await t.call(t.owner.headers, 'GET', `?limit=1&cursor=${first.body.nextCursor}`)
    expect(rest.body).toMatchObject({ items: [{ id: ids[0] }], nextCursor: null })
  })

  it('records a missing document as failed with its reason', async () => {
    const t = await setup()
    await t.seed('doc_a')
    const job = await t.call(t.owner.headers, 'POST', '', {
      action: 'delete',
      documentIds: ['doc_a', 'doc_gone'],
    })
    await t.runJob(job.body.id)
    const read = await t.call(t.owner.headers, 'GET', `/${job.body.id}`)
    expect(read.body).toMatchObject({
      status: 'succeeded',
      progress: { done: 2, failed: 1, total: 2 },
      errors: [{ documentId: 'doc_gone', message: 'No such document in this workspace.' }],
    })
  })

  it.each<[string, unknown, string[]]>([
    [
      'ids and a filter',
      { action: 'delete', documentIds: ['doc_a'], filter: { tag: 'x' } },
      ['json'],
    ],
    ['neither', { action: 'delete' }, ['json']],
    ['an unknown action', { action: 'shred', documentIds: ['doc_a'] }, ['json.action']],
    ['no ids', { action: 'delete', documentIds: [] }, ['json.documentIds']],
    ['a repeated id', { action: 'delete', documentIds: ['a', 'a'] }, ['json.documentIds']],
    [
      '1001 ids',
      { action: 'delete', documentIds: Array.from({ length: 1001 }, (_, i) => `d${i}`) },
      ['json.documentIds'],
    ],
    ['a bad id', { action: 'delete', documentIds: ['../etc'] }, ['json.documentIds.0']],
    ['tag without tags', { action: 'tag', documentIds: ['a'] }, ['json.tags']],
    ['a bad tag', { action: 'tag', documentIds: ['a'], tags: ['ok', 'a/b'] }, ['json.tags.1']],
    ['an unknown status', { action: 'delete', filter: { status: 'gone' } }, ['json.filter.status']],
    ['an empty filter', { action: 'delete', filter: {} }, ['json.filter']],
    ['retag without rename', { action: 'retag', documentIds: ['a'] }, ['json.rename']],
    [
      'a rename on a delete',
      { action: 'delete', documentIds: ['a'], rename: { from: 'a', to: 'b' } },
      ['json.rename'],
    ],
    [
      'a rename to the same tag',
      { action: 'retag', documentIds: ['a'], rename: { from: 'Q3', to: 'q3' } },
      ['json.rename.to'],
    ],
  ])('refuses %s with a 422 naming the field, queueing nothing', async (_, body, paths) => {
    const t = await setup()
    const refused = await t.call(t.owner.headers, 'POST', '', body)
    expect(refused.status).toBe(422)
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(paths)
    expect(t.queue.sent).toEqual([])
  })

  it('takes 1000 document ids of real length', async () => {
    const t = await setup()
    const documentIds = Array.from({ length: 1000 }, () => newId('doc'))
    const started = await t.call(t.owner.headers, 'POST', '', { action: 'delete', documentIds })
    expect(started.status).toBe(202)
    expect(started.body.progress).toEqual({ done: 0, failed: 0, total: 1000 })
  })

  it('answers 422 when a filter matches more than 1000 documents', async () => {
    const t = await setup()
    for (let i = 0; i < 1001; i++) await t.seed(`doc_${i}`, ['bulk'])
    const refused = await t.call(t.owner.headers, 'POST', '', {
      action: 'delete',
      filter: { tag: 'bulk' },
    })
    expect(refused.status).toBe(422)
    expect(refused.body.detail).toMatch(/narrow the filter/)
  })

  it('lets a viewer and a read key read jobs but not start one (403)', async () => {
    const t = await setup()
    await t.seed('doc_a')
    const job = await t.call(t.owner.headers, 'POST', '', {
      action: 'reprocess',
      documentIds: ['doc_a'],
    })
    const readKey = await apiKeyOf(t.deps, t.owner, t.team.id, ['read'])
    for (const who of [t.viewer.headers, readKey.headers]) {
      const refused = await t.call(who, 'POST', '', { action: 'delete', documentIds: ['doc_a'] })
      expect(refused.status).toBe(403)
      expect((await t.call(who, 'GET', `/${job.body.id}`)).status).toBe(200)
      expect((await t.call(who, 'GET', '')).body.items).toHaveLength(1)
    }
    expect(t.queue.sent).toHaveLength(1)
  })

  it("answers 404 for another workspace's job", async () => {
    const t = await setup()
    await t.seed('doc_a')
    const job = await t.call(t.owner.headers, 'POST', '', {
      action: 'reprocess',
      documentIds: ['doc_a'],
    })
    const stranger = await signedInUser(t.deps)
    const response = await createApp(t.deps).request(`/v1/document-jobs/${job.body.id}`, {
      headers: stranger.headers,
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })
})
