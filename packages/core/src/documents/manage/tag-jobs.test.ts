import { describe, expect, it } from 'vitest'
import { documentTeam } from '../jobs/document-team'
import { runDocumentJob } from '../jobs/run-job'
import { removeTagEverywhere, renameTagEverywhere } from './tag-jobs'

describe('removeTagEverywhere', () => {
  it('queues an untag job over the documents carrying the tag now', async () => {
    const t = await documentTeam()
    const a = await t.seed({ tags: ['finance', 'q3'] })
    const b = await t.seed({ tags: ['finance'] })
    await t.seed({ tags: ['legal'] })
    const job = await removeTagEverywhere(t.ports, await t.as(t.member), ' Finance ')
    expect(job).toMatchObject({ action: 'untag', tags: ['finance'], status: 'queued' })
    expect([...job.documentIds].sort()).toEqual([a.id, b.id].sort())
    expect(t.ports.queue.sent).toEqual([
      { kind: 'documentJob.run', workspaceId: 'ws_team', jobId: job.id },
    ])
  })

  it('is a 404 for a tag no document carries, and a 403 for a viewer', async () => {
    const t = await documentTeam()
    await t.seed({ tags: ['finance'] })
    await expect(removeTagEverywhere(t.ports, await t.as(t.owner), 'nope')).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    await expect(
      removeTagEverywhere(t.ports, await t.as(t.viewer), 'finance'),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(t.ports.queue.sent).toEqual([])
  })
})

describe('renameTagEverywhere', () => {
  it('queues a retag job over the documents carrying the tag, which renames it on each', async () => {
    const t = await documentTeam()
    const a = await t.seed({ tags: ['manuals', 'q3'] })
    const b = await t.seed({ tags: ['guides', 'manuals'] })
    await t.seed({ tags: ['legal'] })
    const job = await renameTagEverywhere(t.ports, await t.as(t.member), ' Manuals ', 'Guides')
    expect(job).toMatchObject({
      action: 'retag',
      rename: { from: 'manuals', to: 'guides' },
      status: 'queued',
      progress: { done: 0, total: 2 },
    })
    expect(job.tags).toBeUndefined()
    expect([...job.documentIds].sort()).toEqual([a.id, b.id].sort())
    expect(t.ports.queue.sent).toEqual([
      { kind: 'documentJob.run', workspaceId: 'ws_team', jobId: job.id },
    ])
    await runDocumentJob(t.ports, { workspaceId: 'ws_team', jobId: job.id })
    expect(await t.documents.tags('ws_team')).toEqual([
      { tag: 'guides', documents: 2 },
      { tag: 'legal', documents: 1 },
      { tag: 'q3', documents: 1 },
    ])
  })

  it.each([
    ['an invalid new name', 'manuals', 'no/slash', ['name']],
    ['an invalid tag', 'no/slash', 'guides', ['tag']],
    ['the same name once normalised', 'manuals', ' MANUALS ', ['name']],
    ['an empty new name', 'manuals', '   ', ['name']],
  ])('refuses %s with a 422 at its path, queueing nothing', async (_, tag, name, paths) => {
    const t = await documentTeam()
    await t.seed({ tags: ['manuals'] })
    const refused = renameTagEverywhere(t.ports, await t.as(t.member), tag, name)
    await expect(refused).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: paths.map((path) => expect.objectContaining({ path })) },
    })
    expect(t.ports.queue.sent).toEqual([])
    expect(t.documentJobs.byKey.size).toBe(0)
  })

  it('is a 404 for a tag no document carries, and a 403 for a viewer', async () => {
    const t = await documentTeam()
    await t.seed({ tags: ['manuals'] })
    await expect(
      renameTagEverywhere(t.ports, await t.as(t.owner), 'nope', 'guides'),
    ).rejects.toMatchObject({ code: 'resource.notFound', message: /"nope"/ })
    await expect(
      renameTagEverywhere(t.ports, await t.as(t.viewer), 'manuals', 'guides'),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(t.ports.queue.sent).toEqual([])
  })
})
