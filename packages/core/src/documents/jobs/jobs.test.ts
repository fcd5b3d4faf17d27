import { describe, expect, it, vi } from 'vitest'
import { documentTeam } from './document-team'
import { getDocumentJob, listDocumentJobs } from './read-jobs'
import { runDocumentJob } from './run-job'
import { documentJobProblems, startDocumentJob } from './start-job'

async function withDocuments(count = 3) {
  const t = await documentTeam()
  const ids: string[] = []
  for (let i = 0; i < count; i++) ids.push((await t.seed({ tags: ['draft'] })).id)
  return { ...t, ids, member: await t.as(t.member) }
}

const run = (
  t: Awaited<ReturnType<typeof withDocuments>>,
  jobId: string,
  deadline?: () => boolean,
) => runDocumentJob(t, { workspaceId: t.workspace.id, jobId }, deadline ? { deadline } : {})

describe('startDocumentJob', () => {
  it('stores a queued job, sends one run command and records the start', async () => {
    const t = await withDocuments()
    const job = await startDocumentJob(t, t.member, { action: 'delete', documentIds: t.ids })
    expect(job).toMatchObject({
      action: 'delete',
      documentIds: t.ids,
      status: 'queued',
      progress: { done: 0, failed: 0, total: 3 },
      errors: [],
      createdBy: t.member.access.principal.userId,
    })
    expect(job.id).toMatch(/^job_/)
    expect(t.queue.sent).toEqual([
      { kind: 'documentJob.run', workspaceId: t.workspace.id, jobId: job.id },
    ])
    expect(t.audit.events).toEqual([
      expect.objectContaining({
        action: 'documents.job.started',
        target: { type: 'documentJob', id: job.id, label: 'delete' },
        details: { action: 'delete', documents: 3 },
      }),
    ])
  })

  it('resolves a filter to the matching documents when it starts', async () => {
    const t = await withDocuments(2)
    const failed = await t.seed({ status: 'failed', tags: ['draft'] })
    await t.seed({ status: 'failed' })
    const job = await startDocumentJob(t, t.member, {
      action: 'reprocess',
      filter: { tag: 'draft', status: 'failed' },
    })
    expect(job.documentIds).toEqual([failed.id])
  })

  it('refuses a filter matching more than 1000 documents, storing no job', async () => {
    const t = await documentTeam()
    for (let i = 0; i < 1001; i++)
      await t.documents.create({
        id: `doc_many_${i}`,
        workspaceId: t.workspace.id,
        filename: 'a.txt',
        contentType: 'text/plain',
        size: 1,
        tags: ['bulk'],
        status: 'ready',
        progress: { chunksDone: 0, chunksTotal: 0 },
        source: 'upload',
        blobKey: `k/${i}`,
        chunkCount: 0,
        createdBy: t.member.id,
      })
    await expect(
      startDocumentJob(t, await t.as(t.member), { action: 'delete', filter: { tag: 'bulk' } }),
    ).rejects.toMatchObject({ code: 'request.invalid', message: /narrow the filter/ })
    expect(t.documentJobs.byKey.size).toBe(0)
    expect(t.queue.sent).toEqual([])
  })

  it.each<[string, Parameters<typeof documentJobProblems>[0], string[]]>([
    ['both ids and a filter', { action: 'delete', documentIds: ['a'], filter: { tag: 'x' } }, ['']],
    ['neither ids nor a filter', { action: 'delete' }, ['']],
    ['no ids', { action: 'delete', documentIds: [] }, ['documentIds']],
    [
      '1001 ids',
      { action: 'delete', documentIds: Array.from({ length: 1001 }, (_, i) => `d${i}`) },
      ['documentIds'],
    ],
    ['a repeated id', { action: 'delete', documentIds: ['a', 'a'] }, ['documentIds']],
    ['an empty filter', { action: 'delete', filter: {} }, ['filter']],
    ['tag without tags', { action: 'tag', documentIds: ['a'] }, ['tags']],
    ['a bad tag', { action: 'untag', documentIds: ['a'], tags: ['ok', 'no/slash'] }, ['tags.1']],
    ['tags on a delete', { action: 'delete', documentIds: ['a'], tags: ['x'] }, ['tags']],
    ['retag without rename', { action: 'retag', documentIds: ['a'] }, ['rename']],
    [
      'a bad new name',
      { action: 'retag', documentIds: ['a'], rename: { from: 'ok', to: 'no/slash' } },
      ['rename.to'],
    ],
    [
      'a rename to the same tag',
      { action: 'retag', documentIds: ['a'], rename: { from: 'Q3', to: ' q3 ' } },
      ['rename.to'],
    ],
    [
      'a rename on a tag job',
      { action: 'tag', documentIds: ['a'], tags: ['x'], rename: { from: 'a', to: 'b' } },
      ['rename'],
    ],
  ])('refuses %s', async (_, input, paths) => {
    expect(documentJobProblems(input).map((p) => p.path)).toEqual(paths)
    const t = await documentTeam()
    await expect(startDocumentJob(t, await t.as(t.member), input)).rejects.toMatchObject({
      code: 'request.invalid',
    })
    expect(t.queue.sent).toEqual([])
  })

  it('lets a viewer read jobs but not start one', async () => {
    const t = await withDocuments()
    const job = await startDocumentJob(t, t.member, { action: 'delete', documentIds: t.ids })
    const viewer = await t.as(t.viewer)
    await expect(
      startDocumentJob(t, viewer, { action: 'delete', documentIds: t.ids }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect((await getDocumentJob(t, viewer, { jobId: job.id })).id).toBe(job.id)
    expect((await listDocumentJobs(t, viewer, { limit: 10 })).items).toHaveLength(1)
    await expect(
      getDocumentJob(t, await t.as(t.outsider, t.other.id), { jobId: job.id }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })
})

describe('runDocumentJob', () => {
  it('deletes every document as its creator, counting progress to the total', async () => {
    const t = await withDocuments()
    const job = await startDocumentJob(t, t.member, { action: 'delete', documentIds: t.ids })
    const done = await run(t, job.id)
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, failed: 0, total: 3 },
      errors: [],
      finishedAt: expect.any(String),
    })
    expect(t.vectors.ids(t.workspace.id)).toEqual([])
    expect(t.lexical.ids(t.workspace.id)).toEqual([])
    expect(t.blobs.objects.size).toBe(0)
    expect(await t.documents.list(t.workspace.id, { limit: 10 })).toMatchObject({ items: [] })
    const deletions = t.audit.events.filter((e) => e.action === 'document.deleted')
    expect(deletions).toHaveLength(3)
    expect(deletions[0]).toMatchObject({
      actor: { type: 'user', id: t.member.access.principal.userId },
      ip: 'job',
    })
  })

  it('tags and untags, normalised; a missing document fails with its reason', async () => {
    const t = await withDocuments(2)
    const ids = [t.ids[0] ?? '', 'doc_missing', t.ids[1] ?? '']
    const tag = await startDocumentJob(t, t.member, {
      action: 'tag',
      documentIds: ids,
      tags: [' Q3 '],
    })
    expect(await run(t, tag.id)).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, failed: 1, total: 3 },
      errors: [{ documentId: 'doc_missing', message: 'No such document in this workspace.' }],
    })
    expect((await t.documents.tags(t.workspace.id)).map((c) => [c.tag, c.documents])).toEqual([
      ['draft', 2],
      ['q3', 2],
    ])
    const untag = await startDocumentJob(t, t.member, {
      action: 'untag',
      filter: { tag: 'draft' },
      tags: ['draft'],
    })
    await run(t, untag.id)
    expect(await t.documents.tags(t.workspace.id)).toEqual([{ tag: 'q3', documents: 2 }])
  })

  it('ends failed when every document failed', async () => {
    const t = await withDocuments(0)
    const job = await startDocumentJob(t, t.member, {
      action: 'reprocess',
      documentIds: ['doc_x', 'doc_y'],
    })
    expect(await run(t, job.id)).toMatchObject({
      status: 'failed',
      progress: { done: 2, failed: 2, total: 2 },
    })
  })

  it('continues past a deadline without redoing a document, and ignores a redelivery', async () => {
    const t = await withDocuments(5)
    const job = await startDocumentJob(t, t.member, { action: 'reprocess', documentIds: t.ids })
    let budget = 2
    const paused = await run(t, job.id, () => budget-- <= 0)
    // Let go between invocations: the continuation claims it like any queued job.
    expect(paused).toMatchObject({ status: 'queued', progress: { done: 3, failed: 0, total: 5 } })
    expect(
      t.queue.sent.filter((m) => (m as { kind: string }).kind === 'documentJob.run'),
    ).toHaveLength(2)

    const finished = await run(t, job.id)
    expect(finished).toMatchObject({
      status: 'succeeded',
      progress: { done: 5, failed: 0, total: 5 },
    })
    const ingests = t.queue.sent.filter((m) => (m as { kind: string }).kind === 'document.ingest')
    expect(ingests.map((m) => (m as { documentId: string }).documentId)).toEqual(t.ids)

    const before = JSON.stringify([[...t.documentJobs.byKey], [...t.documents.byKey], t.queue.sent])
    expect(await run(t, job.id)).toEqual(finished)
    expect(JSON.stringify([[...t.documentJobs.byKey], [...t.documents.byKey], t.queue.sent])).toBe(
      before,
    )
  })

  it('always handles one document per run, so a deadline already past still progresses', async () => {
    const t = await withDocuments(2)
    const job = await startDocumentJob(t, t.member, {
      action: 'tag',
      documentIds: t.ids,
      tags: ['x'],
    })
    expect(await run(t, job.id, () => true)).toMatchObject({ progress: { done: 1 } })
    expect(await run(t, job.id, () => true)).toMatchObject({ status: 'succeeded' })
  })

  it('fails the remaining documents when its creator can no longer write', async () => {
    const t = await withDocuments(2)
    const job = await startDocumentJob(t, t.member, { action: 'delete', documentIds: t.ids })
    await t.workspaces.setRole(t.workspace.id, t.member.access.principal.userId, 'viewer')
    expect(await run(t, job.id)).toMatchObject({
      status: 'failed',
      progress: { done: 2, failed: 2, total: 2 },
      errors: [{ message: expect.stringMatching(/can no longer change documents/) }, {}],
    })
    expect(await t.documents.get(t.workspace.id, t.ids[0] ?? '')).toBeDefined()
  })

  it('retags in one change per document: merging, and leaving one without the tag alone', async () => {
    const t = await documentTeam()
    const a = await t.seed({ tags: ['manuals', 'q3'] })
    const b = await t.seed({ tags: ['guides', 'manuals'] })
    const c = await t.seed({ tags: ['other'] })
    const job = await startDocumentJob(t, await t.as(t.member), {
      action: 'retag',
      documentIds: [a.id, b.id, c.id],
      rename: { from: ' Manuals', to: 'GUIDES' },
    })
    expect(job.rename).toEqual({ from: 'manuals', to: 'guides' })
    expect(await runDocumentJob(t, { workspaceId: t.workspace.id, jobId: job.id })).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, failed: 0, total: 3 },
    })
    const tagsOf = async (id: string) => (await t.documents.get(t.workspace.id, id))?.tags
    expect(await tagsOf(a.id)).toEqual(['guides', 'q3'])
    expect(await tagsOf(b.id)).toEqual(['guides'])
    expect(await tagsOf(c.id)).toEqual(['other'])
    expect(t.audit.events.filter((e) => e.action === 'document.tagged')).toEqual([
      expect.objectContaining({ details: { added: 'guides', removed: 'manuals' } }),
      expect.objectContaining({ details: { added: '', removed: 'manuals' } }),
    ])
  })

  it('lets exactly one of two runners delivered the same job at once run it', async () => {
    const t = await withDocuments(3)
    const job = await startDocumentJob(t, t.member, { action: 'delete', documentIds: t.ids })
    await Promise.all([run(t, job.id), run(t, job.id)])
    expect(await t.documentJobs.get(t.workspace.id, job.id)).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, failed: 0, total: 3 },
      errors: [],
    })
    expect(t.audit.events.filter((e) => e.action === 'document.deleted')).toHaveLength(3)
  })

  it('leaves a job its runner still holds alone, and takes over one whose runner was stopped', async () => {
    const t = await withDocuments(2)
    const job = await startDocumentJob(t, t.member, {
      action: 'tag',
      documentIds: t.ids,
      tags: ['x'],
    })
    const ws = t.workspace.id
    const inAMinute = new Date(Date.now() + 60_000).toISOString()
    await t.documentJobs.update(ws, job.id, { status: 'running', leaseExpiresAt: inAMinute })
    const held = JSON.stringify([[...t.documentJobs.byKey], [...t.documents.byKey], t.queue.sent])
    expect(await run(t, job.id)).toMatchObject({ status: 'running', progress: { done: 0 } })
    expect(JSON.stringify([[...t.documentJobs.byKey], [...t.documents.byKey], t.queue.sent])).toBe(
      held,
    )

    const aSecondAgo = new Date(Date.now() - 1000).toISOString()
    await t.documentJobs.update(ws, job.id, { leaseExpiresAt: aSecondAgo })
    expect(await run(t, job.id)).toMatchObject({
      status: 'succeeded',
      progress: { done: 2, failed: 0, total: 2 },
    })
  })

  it('lets go of the job on an unexpected error, so the redelivery resumes at that document', async () => {
    const t = await withDocuments(3)
    const job = await startDocumentJob(t, t.member, {
      action: 'tag',
      documentIds: t.ids,
      tags: ['x'],
    })
    const update = t.documents.update.bind(t.documents)
    let calls = 0
    const spy = vi.spyOn(t.documents, 'update').mockImplementation(async (...args) => {
      calls += 1
      if (calls === 2) throw new Error('Throughput exceeded')
      return update(...args)
    })
    await expect(run(t, job.id)).rejects.toThrow('Throughput exceeded')
    expect(await t.documentJobs.get(t.workspace.id, job.id)).toMatchObject({
      status: 'queued',
      progress: { done: 1, failed: 0, total: 3 },
    })
    expect(await run(t, job.id)).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, failed: 0, total: 3 },
    })
    expect(spy).toHaveBeenCalledTimes(4)
  })

  it('leaves a job that is gone alone', async () => {
    const t = await withDocuments(0)
    expect(await run(t, 'job_missing')).toBeUndefined()
  })
})
