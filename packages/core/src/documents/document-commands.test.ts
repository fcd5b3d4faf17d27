import { describe, expect, it } from 'vitest'
import { changeDocumentTags, deleteDocument, reprocessDocument } from './document-commands'
import { documentTeam } from './jobs/document-team'

describe('deleteDocument', () => {
  it('removes vectors, lexical entries, chunks, bytes, the hash claim and the record', async () => {
    const t = await documentTeam()
    const doomed = await t.seed({ chunks: 3, filename: 'q3-report.pdf' })
    const kept = await t.seed({ chunks: 2 })
    const ws = t.workspace.id

    const result = await deleteDocument(t, await t.as(t.member), doomed.id)

    expect(result).toEqual({ document: doomed, deleted: { chunks: 3, vectors: 3, blobs: 1 } })
    const keptChunks = [`${kept.id}:0`, `${kept.id}:1`]
    expect(t.vectors.ids(ws)).toEqual(keptChunks)
    expect(t.lexical.ids(ws)).toEqual(keptChunks)
    expect(t.documents.chunksOf(ws, doomed.id)).toEqual([])
    expect(t.documents.chunksOf(ws, kept.id)).toHaveLength(2)
    expect(t.blobs.objects.has(doomed.blobKey)).toBe(false)
    expect(t.blobs.objects.has(kept.blobKey)).toBe(true)
    expect(await t.documents.get(ws, doomed.id)).toBeUndefined()
    // The same bytes uploaded again are this document's no longer: they get ingested afresh.
    expect(await t.documents.claimContentHash(ws, `hash-${doomed.id}`, 'doc_new')).toBe('doc_new')
    expect(t.audit.events).toEqual([
      expect.objectContaining({
        action: 'document.deleted',
        actor: { type: 'user', id: t.member.id, label: t.member.email },
        target: { type: 'document', id: doomed.id, label: 'q3-report.pdf' },
        details: { chunks: 3, vectors: 3, blobs: 1 },
      }),
    ])
  })

  it('answers 404 the second time, and for another workspace’s document', async () => {
    const t = await documentTeam()
    const document = await t.seed()
    const mine = await t.seed({ workspaceId: t.other.id })
    const member = await t.as(t.member)
    await deleteDocument(t, member, document.id)
    await expect(deleteDocument(t, member, document.id)).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    await expect(deleteDocument(t, member, mine.id)).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    expect(t.vectors.ids(t.other.id)).toHaveLength(3)
    expect(await t.documents.get(t.other.id, mine.id)).toBeDefined()
  })

  it('deletes a document still uploading, whose bytes never arrived', async () => {
    const t = await documentTeam()
    const pending = await t.seed({ status: 'uploading' })
    const result = await deleteDocument(t, await t.as(t.member), pending.id)
    expect(result.deleted).toEqual({ chunks: 0, vectors: 0, blobs: 0 })
    expect(await t.documents.get(t.workspace.id, pending.id)).toBeUndefined()
  })

  it('keeps the hash claim of the original when deleting its duplicate', async () => {
    const t = await documentTeam()
    const original = await t.seed()
    const copy = await t.seed({ status: 'duplicate' })
    await t.documents.update(t.workspace.id, copy.id, {
      contentHash: original.contentHash,
      duplicateOf: original.id,
    })
    await deleteDocument(t, await t.as(t.member), copy.id)
    const hash = original.contentHash ?? ''
    expect(await t.documents.claimContentHash(t.workspace.id, hash, 'doc_new')).toBe(original.id)
  })

  it('refuses a viewer, changing nothing', async () => {
    const t = await documentTeam()
    const document = await t.seed()
    await expect(deleteDocument(t, await t.as(t.viewer), document.id)).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(t.vectors.ids(t.workspace.id)).toHaveLength(3)
    expect(t.audit.events).toEqual([])
  })
})

describe('reprocessDocument', () => {
  it('restarts a failed document from zero and queues one ingest; a second click is a 409', async () => {
    const t = await documentTeam()
    const failed = await t.seed({ status: 'failed' })
    const member = await t.as(t.member)

    const started = await reprocessDocument(t, member, failed.id)
    expect(started).toMatchObject({
      status: 'processing',
      progress: { chunksDone: 0, chunksTotal: 0 },
    })
    expect(started.error).toBeUndefined()
    await expect(reprocessDocument(t, member, failed.id)).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/already processing/),
    })
    expect(t.queue.sent).toEqual([
      { kind: 'document.ingest', workspaceId: t.workspace.id, documentId: failed.id },
    ])
    expect(t.audit.events.map((e) => e.action)).toEqual(['document.reprocessed'])
  })

  it('starts one reprocess of two clicks made at once', async () => {
    const t = await documentTeam()
    const ready = await t.seed()
    const member = await t.as(t.member)
    const results = await Promise.allSettled([
      reprocessDocument(t, member, ready.id),
      reprocessDocument(t, member, ready.id),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(t.queue.sent).toHaveLength(1)
  })

  it('clears duplicateOf so a duplicate whose original is gone can be ingested', async () => {
    const t = await documentTeam()
    const copy = await t.seed({ status: 'duplicate' })
    await t.documents.update(t.workspace.id, copy.id, { duplicateOf: 'doc_gone' })
    const started = await reprocessDocument(t, await t.as(t.member), copy.id)
    expect(started.status).toBe('processing')
    expect(started.duplicateOf).toBeUndefined()
  })

  it('refuses a document not uploaded yet (409) and an unknown one (404)', async () => {
    const t = await documentTeam()
    const pending = await t.seed({ status: 'uploading' })
    const member = await t.as(t.member)
    await expect(reprocessDocument(t, member, pending.id)).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/not uploaded yet/),
    })
    await expect(reprocessDocument(t, member, 'doc_missing')).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    expect(t.queue.sent).toEqual([])
  })

  it('puts the document back as it was when the queue refuses the command', async () => {
    const t = await documentTeam()
    const failed = await t.seed({ status: 'failed' })
    t.queue.send = async () => {
      throw new Error('queue unavailable')
    }
    await expect(reprocessDocument(t, await t.as(t.member), failed.id)).rejects.toThrow(
      'queue unavailable',
    )
    expect(await t.documents.get(t.workspace.id, failed.id)).toMatchObject({
      status: 'failed',
      error: 'The PDF is encrypted.',
    })
  })
})

describe('changeDocumentTags', () => {
  it('sets, adds and removes tags, normalised, recording each change', async () => {
    const t = await documentTeam()
    const document = await t.seed({ tags: ['old'] })
    const member = await t.as(t.member)

    const set = await changeDocumentTags(t, member, document.id, {
      set: [' Finance ', 'q3', 'FINANCE'],
    })
    expect(set.tags).toEqual(['finance', 'q3'])
    const edited = await changeDocumentTags(t, member, document.id, {
      add: ['Legal', 'q3'],
      remove: ['FINANCE'],
    })
    expect(edited.tags).toEqual(['legal', 'q3'])
    expect((await t.documents.get(t.workspace.id, document.id))?.tags).toEqual(['legal', 'q3'])
    expect(await t.documents.tags(t.workspace.id)).toEqual([
      { tag: 'legal', documents: 1 },
      { tag: 'q3', documents: 1 },
    ])
    expect(t.audit.events.map((e) => [e.action, e.details])).toEqual([
      ['document.tagged', { added: 'finance,q3', removed: 'old' }],
      ['document.tagged', { added: 'legal', removed: 'finance' }],
    ])
  })

  it('stores and records nothing for a change that changes nothing', async () => {
    const t = await documentTeam()
    const document = await t.seed({ tags: ['a'] })
    const same = await changeDocumentTags(t, await t.as(t.member), document.id, {
      add: ['A'],
      remove: ['b'],
    })
    expect(same).toEqual(document)
    expect(t.audit.events).toEqual([])
  })

  it('refuses bad tags and a 21st tag with a 422 naming each, storing nothing', async () => {
    const t = await documentTeam()
    const document = await t.seed({ tags: Array.from({ length: 20 }, (_, i) => `t${i}`) })
    const member = await t.as(t.member)
    await expect(
      changeDocumentTags(t, member, document.id, { add: ['ok', 'no/slash', 'x'.repeat(51)] }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'add.1' }, { path: 'add.2' }] },
    })
    await expect(
      changeDocumentTags(t, member, document.id, { add: ['t20'] }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      message: 'Give a document at most 20 tags.',
    })
    expect((await t.documents.get(t.workspace.id, document.id))?.tags).toHaveLength(20)
  })
})
