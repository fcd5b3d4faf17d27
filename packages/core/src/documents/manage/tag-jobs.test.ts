import { describe, expect, it } from 'vitest'
import { documentTeam } from '../jobs/document-team'
import { removeTagEverywhere } from './tag-jobs'

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
