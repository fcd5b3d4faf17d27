import { describe, expect, it } from 'vitest'
import { documentsSetup } from './documents-test-kit'

// These routes call the single-document commands of @chatter/core (document-commands.ts).
describe('document tags', () => {
  it('replaces tags and renames with PATCH, edits them with POST /tags, counts them in /v1/tags', async () => {
    const { call, asViewer, upload } = await documentsSetup()
    const a = (await upload({ filename: 'a.md', tags: ['draft'] })).document
    const b = (await upload({ filename: 'b.md' })).document

    const patched = await call('PATCH', `/v1/documents/${a.id}`, {
      tags: ['Finance', 'Q3 ', 'finance'],
      filename: 'Budget 2026.md',
    })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({
      id: a.id,
      tags: ['finance', 'q3'],
      filename: 'Budget 2026.md',
    })

    const edited = await call('POST', `/v1/documents/${b.id}/tags`, { add: ['Finance', 'legal'] })
    expect(edited.body.tags).toEqual(['finance', 'legal'])
    const removed = await call('POST', `/v1/documents/${b.id}/tags`, { remove: ['legal'] })
    expect(removed.body.tags).toEqual(['finance'])

    const tags = await asViewer('GET', '/v1/tags')
    expect(tags.status).toBe(200)
    expect(tags.body).toEqual({
      items: [
        { tag: 'finance', documents: 2 },
        { tag: 'q3', documents: 1 },
      ],
    })
    expect(
      (await call('GET', '/v1/documents?tag=q3')).body.items.map((d: { id: string }) => d.id),
    ).toEqual([a.id])
  })

  it('refuses an empty patch and bad tags (422), changing nothing', async () => {
    const { call, upload } = await documentsSetup()
    const { document } = await upload({ tags: ['keep'] })
    const empty = await call('PATCH', `/v1/documents/${document.id}`, {})
    expect(empty.status).toBe(422)
    const noChange = await call('POST', `/v1/documents/${document.id}/tags`, { add: [] })
    expect(noChange.status).toBe(422)
    const tooMany = await call('PATCH', `/v1/documents/${document.id}`, {
      tags: Array.from({ length: 21 }, (_, i) => `t${i}`),
      filename: 'renamed.md',
    })
    expect(tooMany.status).toBe(422)
    const now = (await call('GET', `/v1/documents/${document.id}`)).body
    expect(now).toMatchObject({ tags: ['keep'], filename: 'notes.md' })
  })

  it('shows another workspace no tags', async () => {
    const { asOutsider, upload } = await documentsSetup()
    await upload({ tags: ['secret'] })
    expect((await asOutsider('GET', '/v1/tags')).body).toEqual({ items: [] })
  })
})

describe('DELETE and reprocess', () => {
  it('deletes a document with its chunks, answering what went', async () => {
    const { call, upload, ingested, documents, team } = await documentsSetup()
    const { document } = await upload()
    await ingested(document.id, 'ready', ['One.', 'Two.'])
    const deleted = await call('DELETE', `/v1/documents/${document.id}`)
    expect(deleted.status).toBe(200)
    expect(deleted.body).toMatchObject({
      document: { id: document.id },
      deleted: { chunks: 2 },
    })
    expect(deleted.body.document).not.toHaveProperty('blobKey')
    expect(documents.chunksOf(team.id, document.id)).toEqual([])
    expect((await call('GET', `/v1/documents/${document.id}`)).status).toBe(404)
    expect((await call('DELETE', `/v1/documents/${document.id}`)).status).toBe(404)
  })

  it('reprocesses a failed document (202) and refuses one still uploading (409)', async () => {
    const { call, upload, ingested } = await documentsSetup()
    const { document } = await upload()
    expect((await call('POST', `/v1/documents/${document.id}/reprocess`)).status).toBe(409)
    await ingested(document.id, 'failed')
    const again = await call('POST', `/v1/documents/${document.id}/reprocess`)
    expect(again.status).toBe(202)
    expect(again.body).toMatchObject({ id: document.id, status: 'processing' })
  })
})
