import { describe, expect, it } from 'vitest'
import { knowledgeTeam } from './manage-test-kit'
import { abortDocumentUpload, completeDocumentUpload, createDocumentUpload } from './upload'
import { filenameProblem, uploadFormatOf } from './upload-rules'

const pdf = { filename: 'Q3 report.pdf', contentType: 'application/pdf', size: 90 }

describe('createDocumentUpload', () => {
  it('stores an uploading document and signs a PUT of exactly the declared type and size', async () => {
    const t = await knowledgeTeam()
    const { document, upload } = await createDocumentUpload(t, await t.as(t.member), {
      ...pdf,
      tags: ['Finance', ' q3 ', 'finance'],
    })
    expect(document).toMatchObject({
      workspaceId: 'ws_team',
      filename: 'Q3 report.pdf',
      contentType: 'application/pdf',
      size: 90,
      tags: ['finance', 'q3'],
      status: 'uploading',
      progress: { chunksDone: 0, chunksTotal: 0 },
      chunkCount: 0,
      source: 'upload',
      blobKey: `uploads/ws_team/${document.id}/Q3 report.pdf`,
      createdBy: t.member.id,
    })
    expect(document.id).toMatch(/^doc_/)
    expect(upload).toEqual({
      url: expect.any(String),
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', 'content-length': '90' },
    })
    expect(await t.documents.get('ws_team', document.id)).toEqual(document)
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'document.uploaded',
      actor: { type: 'user', id: t.member.id, label: 'member@example.com' },
      target: { type: 'document', id: document.id, label: 'Q3 report.pdf' },
      details: { contentType: 'application/pdf', size: 90 },
    })
  })

  it('names an API key as the creator', async () => {
    const t = await knowledgeTeam()
    const { document } = await createDocumentUpload(t, await t.asKey(t.owner, ['write']), pdf)
    expect(document.createdBy).toBe('apiKey:key_test')
  })

  it('signs a multipart upload above the threshold, which completes while uploading only', async () => {
    const t = await knowledgeTeam()
    const acting = await t.as(t.owner)
    const { document, upload } = await createDocumentUpload(t, acting, { ...pdf, size: 130 })
    if (upload.method !== 'multipart') throw new Error('expected a multipart upload')
    expect(upload.partSize).toBe(40)
    expect(upload.parts.map((p) => [p.partNumber, p.headers['content-length']])).toEqual([
      [1, '40'],
      [2, '40'],
      [3, '40'],
      [4, '10'],
    ])
    const parts = upload.parts.map((p) => ({
      partNumber: p.partNumber,
      etag: `"e${p.partNumber}"`,
    }))
    await expect(
      completeDocumentUpload(t, acting, document.id, {
        uploadId: upload.uploadId,
        parts: [...parts, parts[0]!],
      }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
    await expect(
      completeDocumentUpload(t, acting, document.id, { uploadId: 'nope', parts }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    const done = await completeDocumentUpload(t, acting, document.id, {
      uploadId: upload.uploadId,
      parts: [...parts].reverse(),
    })
    expect(done).toMatchObject({ id: document.id, status: 'uploading' })
    expect(t.blobs.multiparts.size).toBe(0)

    await t.documents.update('ws_team', document.id, { status: 'processing' })
    await expect(
      completeDocumentUpload(t, acting, document.id, { uploadId: upload.uploadId, parts }),
    ).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/processing/),
    })
  })

  it.each([
    ['too large', { size: 1001 }, 'document.tooLarge', /largest accepted is .*\(1000 bytes\)/],
    [
      'an unsupported type',
      { contentType: 'application/zip' },
      'document.unsupportedType',
      /supported are PDF/,
    ],
    ['a path for a name', { filename: '../etc/passwd' }, 'request.invalid', /"\/"/],
    ['an empty file', { size: 0 }, 'request.invalid', /at least 1/],
    ['a bad tag', { tags: ['ok', 'no/slash'] }, 'request.invalid', /letters a-z/],
  ])('refuses %s, storing and signing nothing', async (_, change, code, message) => {
    const t = await knowledgeTeam()
    await expect(
      createDocumentUpload(t, await t.as(t.owner), { ...pdf, ...change }),
    ).rejects.toMatchObject({ code, message: expect.stringMatching(message) })
    expect(t.documents.byKey.size).toBe(0)
    expect(t.audit.events.filter((e) => e.action === 'document.uploaded')).toHaveLength(0)
  })

  it('refuses a viewer and a read-only key', async () => {
    const t = await knowledgeTeam()
    for (const acting of [await t.as(t.viewer), await t.asKey(t.owner, ['read'])])
      await expect(createDocumentUpload(t, acting, pdf)).rejects.toMatchObject({
        code: 'auth.forbidden',
      })
    expect(t.documents.byKey.size).toBe(0)
  })

  it('abandons an unfinished upload, and only an unfinished one', async () => {
    const t = await knowledgeTeam()
    const acting = await t.as(t.owner)
    const { document, upload } = await createDocumentUpload(t, acting, { ...pdf, size: 130 })
    const uploadId = upload.method === 'multipart' ? upload.uploadId : ''
    expect(await abortDocumentUpload(t, acting, document.id, { uploadId })).toMatchObject({
      id: document.id,
    })
    expect(t.blobs.multiparts.size).toBe(0)
    await expect(t.documents.get('ws_team', document.id)).resolves.toBeUndefined()

    const ready = await t.documentWith('ready')
    await expect(abortDocumentUpload(t, acting, ready.id)).rejects.toMatchObject({
      code: 'resource.conflict',
    })
  })
})

describe('upload rules', () => {
  it('keeps any script and emoji in a file name, not separators or hidden characters', () => {
    for (const fine of ['Résumé 2026.pdf', '報告書.docx', 'notes 📝.md', 'a'.repeat(255)])
      expect(filenameProblem(fine)).toBeUndefined()
    for (const bad of [
      '',
      '   ',
      'a/b.pdf',
      'a\\b.pdf',
      '..',
      'evil\u202Efdp.exe',
      'tab\there.txt',
      'a'.repeat(256),
      '😀'.repeat(200),
    ])
      expect(filenameProblem(bad)).toBeDefined()
  })

  it('reads the declared type, and the extension of an octet-stream', () => {
    expect(uploadFormatOf('text/csv; charset=utf-8', 'x')).toBe('csv')
    expect(uploadFormatOf('text/tab-separated-values', 'x.tsv')).toBe('csv')
    expect(uploadFormatOf('application/ld+json', 'x')).toBe('json')
    expect(uploadFormatOf('application/octet-stream', 'readme.MD')).toBe('markdown')
    expect(uploadFormatOf('application/octet-stream', 'setup.exe')).toBeUndefined()
    expect(uploadFormatOf('image/png', 'scan.pdf')).toBeUndefined()
  })
})
