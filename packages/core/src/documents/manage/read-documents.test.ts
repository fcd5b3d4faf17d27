import { describe, expect, it } from 'vitest'
import { downloadDocument } from './download'
import { knowledgeTeam } from './manage-test-kit'
import { getDocument, listDocuments, listDocumentTags } from './read-documents'
import { renameDocument } from './rename'

describe('reading documents', () => {
  it('lists newest first, by status and by tag in any case, one workspace only', async () => {
    const t = await knowledgeTeam()
    const viewer = await t.as(t.viewer)
    const a = await t.documentWith('ready')
    const b = await t.documentWith('processing')
    const c = await t.documentWith('ready')
    await t.documentWith('ready', [], t.other.id)
    await t.documents.update('ws_team', a.id, { tags: ['finance'] })
    await t.documents.update('ws_team', b.id, { tags: ['finance', 'legal'] })

    const ids = async (input: Parameters<typeof listDocuments>[2]) =>
      (await listDocuments(t, viewer, input)).items.map((d) => d.id)
    expect(await ids({ limit: 10 })).toEqual([c.id, b.id, a.id])
    expect(await ids({ limit: 10, status: 'ready' })).toEqual([c.id, a.id])
    expect(await ids({ limit: 10, tag: ' Finance ' })).toEqual([b.id, a.id])
    const first = await listDocuments(t, viewer, { limit: 2 })
    expect(first.nextCursor).not.toBeNull()
    expect(await ids({ limit: 2, cursor: first.nextCursor ?? '' })).toEqual([a.id])
    expect(await listDocumentTags(t, viewer)).toEqual([
      { tag: 'finance', documents: 2 },
      { tag: 'legal', documents: 1 },
    ])
  })

  it('gets a document of the workspace, and 404s another workspace’s', async () => {
    const t = await knowledgeTeam()
    const viewer = await t.as(t.viewer)
    const mine = await t.documentWith('ready')
    const theirs = await t.documentWith('ready', [], t.other.id)
    expect((await getDocument(t, viewer, mine.id)).id).toBe(mine.id)
    for (const read of [getDocument, downloadDocument])
      await expect(read(t, viewer, theirs.id)).rejects.toMatchObject({ code: 'resource.notFound' })
  })

  it('links to the bytes under the current name, with when the link expires', async () => {
    const t = await knowledgeTeam()
    const owner = await t.as(t.owner)
    const document = await t.documentWith('failed')
    await renameDocument(t, owner, document.id, { filename: ' Minutes 📝.md ' })
    const link = await downloadDocument(t, await t.as(t.viewer), document.id)
    expect(link).toEqual({
      url: expect.stringContaining(encodeURIComponent(document.blobKey)),
      filename: 'Minutes 📝.md',
      expiresAt: new Date(t.now.getTime() + 900_000).toISOString(),
    })
  })

  it('has no download while the bytes are still uploading', async () => {
    const t = await knowledgeTeam()
    const document = await t.documentWith('uploading')
    await expect(downloadDocument(t, await t.as(t.owner), document.id)).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/still uploading/),
    })
  })

  it('renames only with write, and only to a plain file name', async () => {
    const t = await knowledgeTeam()
    const document = await t.documentWith('ready')
    await expect(
      renameDocument(t, await t.as(t.viewer), document.id, { filename: 'x.md' }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      renameDocument(t, await t.as(t.owner), document.id, { filename: 'a/b.md' }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'filename' }] },
    })
    expect((await getDocument(t, await t.as(t.owner), document.id)).filename).toBe('notes.md')
  })
})
