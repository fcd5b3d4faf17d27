import { describe, expect, it } from 'vitest'
import { documentsSetup } from './documents-test-kit'

describe('GET /v1/tags', () => {
  it('lists the workspace’s tags by name with their document counts', async () => {
    const { asViewer, upload } = await documentsSetup()
    await upload({ tags: ['Zeta', 'alpha'] })
    await upload({ tags: ['alpha'] })
    const tags = await asViewer('GET', '/v1/tags')
    expect(tags.status).toBe(200)
    expect(tags.body).toEqual({
      items: [
        { tag: 'alpha', documents: 2 },
        { tag: 'zeta', documents: 1 },
      ],
    })
  })

  it('needs credentials and shows another workspace nothing', async () => {
    const { app, asOutsider, upload } = await documentsSetup()
    await upload({ tags: ['secret'] })
    expect((await asOutsider('GET', '/v1/tags')).body).toEqual({ items: [] })
    expect((await app.request('/v1/tags')).status).toBe(401)
  })
})

describe('DELETE /v1/tags/{tag}', () => {
  it('starts an untag job over the documents carrying the tag (202)', async () => {
    const { call, asViewer, upload, deps } = await documentsSetup()
    const a = (await upload({ tags: ['q3 report', 'finance'] })).document
    await upload({ tags: ['finance'] })
    expect((await asViewer('DELETE', '/v1/tags/q3%20report')).status).toBe(403)
    const started = await call('DELETE', '/v1/tags/Q3%20Report')
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({
      action: 'untag',
      tags: ['q3 report'],
      status: 'queued',
      documentIds: [a.id],
    })
    const job = await call('GET', `/v1/document-jobs/${started.body.id}`)
    expect(job.body).toMatchObject({ id: started.body.id, progress: { done: 0, total: 1 } })
    expect(deps.knowledge.queue).toMatchObject({
      sent: [{ kind: 'documentJob.run', jobId: started.body.id }],
    })
    expect((await call('DELETE', '/v1/tags/unused')).status).toBe(404)
    expect((await call('DELETE', '/v1/tags/no!way')).status).toBe(422)
  })
})

describe('PATCH /v1/tags/{tag}', () => {
  it('starts a retag job over the documents carrying the tag (202)', async () => {
    const { call, asViewer, upload, deps } = await documentsSetup()
    const a = (await upload({ tags: ['manuals', 'finance'] })).document
    const b = (await upload({ tags: ['manuals', 'guides'] })).document
    await upload({ tags: ['finance'] })
    expect((await asViewer('PATCH', '/v1/tags/manuals', { name: 'guides' })).status).toBe(403)
    const started = await call('PATCH', '/v1/tags/Manuals', { name: ' Guides ' })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({
      action: 'retag',
      rename: { from: 'manuals', to: 'guides' },
      status: 'queued',
      progress: { done: 0, failed: 0, total: 2 },
    })
    expect([...started.body.documentIds].sort()).toEqual([a.id, b.id].sort())
    expect(started.body).not.toHaveProperty('leaseExpiresAt')
    const job = await call('GET', `/v1/document-jobs/${started.body.id}`)
    expect(job.body).toMatchObject({ id: started.body.id, rename: { to: 'guides' } })
    expect(deps.knowledge.queue).toMatchObject({
      sent: [{ kind: 'documentJob.run', jobId: started.body.id }],
    })
  })

  it('answers 404 for an unused tag and 422 for a bad or unchanged name', async () => {
    const { call, upload } = await documentsSetup()
    await upload({ tags: ['manuals'] })
    expect((await call('PATCH', '/v1/tags/unused', { name: 'guides' })).status).toBe(404)
    const same = await call('PATCH', '/v1/tags/manuals', { name: 'MANUALS' })
    expect(same.status).toBe(422)
    expect(same.body).toMatchObject({
      code: 'request.invalid',
      detail: 'The tag is already named "manuals".',
      errors: [{ path: 'name' }],
    })
    const bad = await call('PATCH', '/v1/tags/manuals', { name: 'no/slash' })
    expect(bad.status).toBe(422)
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'json.name' })])
    expect((await call('PATCH', '/v1/tags/manuals', {})).status).toBe(422)
    expect((await call('PATCH', '/v1/tags/manuals', { name: 'a', extra: 1 })).status).toBe(422)
    expect((await call('PATCH', '/v1/tags/manuals', undefined, '{')).status).toBe(400)
  })
})
