import { describe, expect, it } from 'vitest'
import { documentsSetup } from './documents-test-kit'

describe('POST /v1/documents', () => {
  it('registers an uploading document and signs a PUT of the declared type and size', async () => {
    const { call, team, owner, deps } = await documentsSetup()
    const made = await call('POST', '/v1/documents', {
      filename: 'Q3 report 📈.pdf',
      contentType: 'application/pdf',
      size: 48_213,
      tags: [' Finance', 'q3', 'FINANCE'],
    })
    expect(made.status).toBe(201)
    expect(made.body.upload).toEqual({
      url: expect.any(String),
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', 'content-length': '48213' },
    })
    const { document } = made.body
    expect(document).toEqual({
      id: expect.stringMatching(/^doc_/),
      workspaceId: team.id,
      filename: 'Q3 report 📈.pdf',
      contentType: 'application/pdf',
      size: 48_213,
      tags: ['finance', 'q3'],
      status: 'uploading',
      progress: { chunksDone: 0, chunksTotal: 0 },
      source: 'upload',
      chunkCount: 0,
      createdBy: owner.user.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    expect((await call('GET', `/v1/documents/${document.id}`)).body).toEqual(document)
    const stored = await deps.knowledge.documents.get(team.id, document.id)
    expect(stored?.blobKey).toBe(`uploads/${team.id}/${document.id}/Q3 report 📈.pdf`)
  })

  it.each([
    [
      { size: 50 * 1024 * 1024 + 1 },
      413,
      'document.tooLarge',
      'Document too large',
      /52428800 bytes/,
    ],
    [
      { contentType: 'application/zip', filename: 'a.zip' },
      415,
      'document.unsupportedType',
      'Unsupported document type',
      /supported are PDF/,
    ],
  ])(
    'refuses %o with %i problem+json, storing nothing',
    async (change, status, code, title, detail) => {
      const { call, documents, deps, team } = await documentsSetup()
      const refused = await call('POST', '/v1/documents', {
        filename: 'big.pdf',
        contentType: 'application/pdf',
        size: 1000,
        ...change,
      })
      expect(refused.status).toBe(status)
      expect(refused.type).toBe('application/problem+json')
      expect(refused.body).toMatchObject({
        status,
        code,
        title,
        detail: expect.stringMatching(detail),
      })
      expect(documents.byKey.size).toBe(0)
      const audit = await deps.audit.query(team.id, { action: 'document.uploaded' }, { limit: 10 })
      expect(audit.items).toEqual([])
    },
  )

  it('lists each invalid field (422) and refuses malformed JSON (400)', async () => {
    const { call, documents } = await documentsSetup()
    const invalid = await call('POST', '/v1/documents', {
      filename: 'folder/a.pdf',
      contentType: 'application/pdf',
      size: 0,
      tags: ['ok', 'not/ok'],
    })
    expect(invalid.status).toBe(422)
    expect(invalid.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'json.filename',
      'json.size',
      'json.tags.1',
    ])
    const malformed = await call('POST', '/v1/documents', undefined, '{"filename":')
    expect(malformed.status).toBe(400)
    expect(documents.byKey.size).toBe(0)
  })

  it('signs a multipart upload above the threshold, and completes it once', async () => {
    const { call, documents, team } = await documentsSetup((deps) => {
      deps.knowledge.uploads = {
        ...deps.knowledge.uploads,
        multipartThresholdBytes: 10_000,
        partSizeBytes: 6_000,
      }
    })
    const made = await call('POST', '/v1/documents', {
      filename: 'big.pdf',
      contentType: 'application/pdf',
      size: 15_000,
    })
    expect(made.status).toBe(201)
    const { document, upload } = made.body
    expect(upload).toMatchObject({
      method: 'multipart',
      uploadId: expect.any(String),
      partSize: 6_000,
      complete: `/v1/documents/${document.id}/upload/complete`,
    })
    expect(
      upload.parts.map((p: { partNumber: number; method: string; headers: object }) => [
        p.partNumber,
        p.method,
        p.headers,
      ]),
    ).toEqual([
      [1, 'PUT', { 'content-length': '6000' }],
      [2, 'PUT', { 'content-length': '6000' }],
      [3, 'PUT', { 'content-length': '3000' }],
    ])
    const parts = upload.parts.map((p: { partNumber: number }) => ({
      partNumber: p.partNumber,
      etag: `"etag-${p.partNumber}"`,
    }))
    const done = await call('POST', upload.complete, { uploadId: upload.uploadId, parts })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ id: document.id, status: 'uploading' })

    await documents.update(team.id, document.id, { status: 'processing' })
    const again = await call('POST', upload.complete, { uploadId: upload.uploadId, parts })
    expect(again.status).toBe(409)
    expect(again.type).toBe('application/problem+json')
  })

  it('abandons an unfinished upload', async () => {
    const { call, upload } = await documentsSetup()
    const { document } = await upload()
    const aborted = await call('POST', `/v1/documents/${document.id}/upload/abort`, {})
    expect(aborted.status).toBe(200)
    expect((await call('GET', `/v1/documents/${document.id}`)).status).toBe(404)
  })
})

describe('GET /v1/documents', () => {
  it('lists newest first, pages, and filters by status and tag', async () => {
    const { call, upload, ingested } = await documentsSetup()
    const a = (await upload({ filename: 'a.md', tags: ['finance'] })).document
    const b = (await upload({ filename: 'b.md', tags: ['finance', 'legal'] })).document
    const c = (await upload({ filename: 'c.md' })).document
    await ingested(a.id, 'ready')
    await ingested(c.id, 'ready')

    const ids = async (query: string) =>
      (await call('GET', `/v1/documents${query}`)).body.items.map((d: { id: string }) => d.id)
    expect(await ids('')).toEqual([c.id, b.id, a.id])
    const first = await call('GET', '/v1/documents?limit=2')
    expect(first.body.items.map((d: { id: string }) => d.id)).toEqual([c.id, b.id])
    expect(first.body.items[0]).not.toHaveProperty('blobKey')
    const rest = await call('GET', `/v1/documents?limit=2&cursor=${first.body.nextCursor}`)
    expect(rest.body).toEqual({ items: [expect.objectContaining({ id: a.id })], nextCursor: null })
    expect(await ids('?status=ready')).toEqual([c.id, a.id])
    expect(await ids('?status=uploading')).toEqual([b.id])
    expect(await ids('?tag=Finance')).toEqual([b.id, a.id])
    expect(await ids('?tag=legal&status=ready')).toEqual([])
    const bad = await call('GET', '/v1/documents?status=done&limit=0')
    expect(bad.status).toBe(422)
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'query.limit',
      'query.status',
    ])
  })
})

describe('document permissions and tenancy', () => {
  it('lets a viewer read, preview and download, but not create or change (403)', async () => {
    const { asViewer, upload, ingested, documents } = await documentsSetup()
    const { document } = await upload()
    await ingested(document.id, 'ready', ['Some text.'])
    for (const path of [
      '',
      `/${document.id}`,
      `/${document.id}/preview`,
      `/${document.id}/download`,
    ])
      expect((await asViewer('GET', `/v1/documents${path}`)).status).toBe(200)
    const before = JSON.stringify([...documents.byKey])
    for (const [method, path, body] of [
      ['POST', '', { filename: 'x.md', contentType: 'text/markdown', size: 1 }],
      ['PATCH', `/${document.id}`, { filename: 'y.md' }],
      ['POST', `/${document.id}/tags`, { add: ['x'] }],
      ['DELETE', `/${document.id}`, undefined],
      ['POST', `/${document.id}/reprocess`, undefined],
      [
        'POST',
        `/${document.id}/upload/complete`,
        { uploadId: 'u', parts: [{ partNumber: 1, etag: 'e' }] },
      ],
    ] as const) {
      const refused = await asViewer(method, `/v1/documents${path}`, body)
      expect(refused.status, `${method} ${path}`).toBe(403)
      expect(refused.body.detail).toMatch(/"write" permission/)
    }
    expect(JSON.stringify([...documents.byKey])).toBe(before)
  })

  it('answers 404 for another workspace’s document on every route', async () => {
    const { asOutsider, upload, ingested, documents } = await documentsSetup()
    const { document } = await upload()
    await ingested(document.id, 'ready', ['Private text.'])
    const before = JSON.stringify([...documents.byKey])
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['GET', '/preview', undefined],
      ['GET', '/download', undefined],
      ['GET', '/download?redirect=1', undefined],
      ['PATCH', '', { filename: 'mine.md' }],
      ['PATCH', '', { tags: ['mine'] }],
      ['POST', '/tags', { add: ['mine'] }],
      ['DELETE', '', undefined],
      ['POST', '/reprocess', undefined],
      ['POST', '/upload/complete', { uploadId: 'u', parts: [{ partNumber: 1, etag: 'e' }] }],
      ['POST', '/upload/abort', {}],
    ] as const) {
      const answer = await asOutsider(method, `/v1/documents/${document.id}${path}`, body)
      expect(answer.status, `${method} ${path}`).toBe(404)
      expect(answer.body).toMatchObject({ code: 'resource.notFound' })
    }
    expect((await asOutsider('GET', '/v1/documents')).body.items).toEqual([])
    expect(JSON.stringify([...documents.byKey])).toBe(before)
  })
})

describe('GET /v1/documents/{id}/preview and /download', () => {
  it('previews the first pages of a ready document without repeating chunk overlaps', async () => {
    const { call, upload, ingested } = await documentsSetup()
    const { document } = await upload()
    await ingested(document.id, 'ready', [
      { text: 'Alpha one. Alpha two. Alpha three.', page: 1 },
      { text: 'Alpha three. Alpha four.', page: 1 },
      { text: 'Beta one. Beta two.', page: 2 },
      { text: 'Beta two. Beta three.', page: 2 },
      { text: 'Gamma one.', page: 3 },
    ])
    const preview = await call('GET', `/v1/documents/${document.id}/preview`)
    expect(preview.status).toBe(200)
    expect(preview.body).toEqual({
      documentId: document.id,
      pages: [
        { page: 1, text: 'Alpha one. Alpha two. Alpha three. Alpha four.' },
        { page: 2, text: 'Beta one. Beta two. Beta three.' },
      ],
      truncated: true,
    })
    const short = await call('GET', `/v1/documents/${document.id}/preview?pages=5&maxChars=15`)
    expect(short.body.pages).toEqual([{ page: 1, text: 'Alpha one. Alph' }])
  })

  it('is a 409 naming the status while the document is not ready', async () => {
    const { call, upload, ingested } = await documentsSetup()
    const { document } = await upload()
    const uploading = await call('GET', `/v1/documents/${document.id}/preview`)
    expect(uploading.status).toBe(409)
    expect(uploading.type).toBe('application/problem+json')
    expect(uploading.body.detail).toMatch(/still uploading/)
    await ingested(document.id, 'processing')
    expect((await call('GET', `/v1/documents/${document.id}/preview`)).body.detail).toMatch(
      /still processing/,
    )
  })

  it('links to the file, as JSON or as a redirect, once it is uploaded', async () => {
    const { call, upload, ingested } = await documentsSetup()
    const { document } = await upload({ filename: 'Minutes.md' })
    const early = await call('GET', `/v1/documents/${document.id}/download`)
    expect(early.status).toBe(409)
    await ingested(document.id, 'processing')
    const link = await call('GET', `/v1/documents/${document.id}/download`)
    expect(link.status).toBe(200)
    expect(link.body).toEqual({
      url: expect.stringContaining(document.id),
      expiresAt: expect.any(String),
      filename: 'Minutes.md',
    })
    expect(Date.parse(link.body.expiresAt) - Date.now()).toBeGreaterThan(800_000)
    const redirect = await call('GET', `/v1/documents/${document.id}/download?redirect=1`)
    expect(redirect.status).toBe(302)
    expect(redirect.response.headers.get('location')).toBe(link.body.url)
  })
})

describe('OpenAPI', () => {
  it('describes every document and tag route', async () => {
    const { call } = await documentsSetup()
    const { paths } = (await call('GET', '/openapi.json')).body
    expect(Object.keys(paths).filter((path) => /^\/v1\/(documents|tags)/.test(path))).toEqual([
      '/v1/documents',
      '/v1/documents/{id}',
      '/v1/documents/{id}/preview',
      '/v1/documents/{id}/passages/{passageId}',
      '/v1/documents/{id}/download',
      '/v1/documents/{id}/upload/complete',
      '/v1/documents/{id}/upload/abort',
      '/v1/documents/{id}/tags',
      '/v1/documents/{id}/reprocess',
      '/v1/tags',
      '/v1/tags/{tag}',
    ])
    expect(Object.keys(paths['/v1/documents/{id}'])).toEqual(['get', 'patch', 'delete'])
  })
})
