import { describe, expect, it } from 'vitest'
import type { StoredObject } from '../../ingestion/stored-object'
import { contentTypeFromFilename } from './content-type'
import { ingestWorld, paragraphs, workspaceId } from './ingest-fixture'
import { dropDocumentId, ingestStoredObject } from './ingest-stored-object'

const dropped = (key: string, etag: string): StoredObject => ({
  bucket: 'docs',
  key,
  size: 120,
  etag,
  workspaceId,
  source: 'drop',
})

describe('ingestStoredObject', () => {
  it('registers a dropped file under an id from its key and ETag, once', async () => {
    const { ports, state } = ingestWorld()
    const key = `drop/${workspaceId}/team/Runbook.MD`
    await ports.blobs.put(key, `# Runbook\n\n${paragraphs(4)}`)

    await ingestStoredObject(ports, dropped(key, '"e1"'))
    const calls = ports.embedder.calls.length
    await ingestStoredObject(ports, dropped(key, '"e1"'))

    const id = dropDocumentId(key, 'e1')
    expect(id).toMatch(/^doc_[0-9a-f]{26}$/)
    expect(ports.documents.byKey.size).toBe(1)
    expect(ports.embedder.calls.length).toBe(calls)
    expect((await state(id)).document).toMatchObject({
      id,
      filename: 'Runbook.MD',
      contentType: 'text/markdown',
      source: 'drop',
      blobKey: key,
      tags: [],
      createdBy: 'system:drop',
      status: 'ready',
      title: 'Runbook',
    })
  })

  it('makes a new document when changed bytes are dropped under the same key', async () => {
    const { ports } = ingestWorld()
    const key = `drop/${workspaceId}/notes.txt`
    await ports.blobs.put(key, paragraphs(2))
    await ingestStoredObject(ports, dropped(key, 'e1'))
    await ports.blobs.put(key, paragraphs(3, 'otter'))

    await ingestStoredObject(ports, dropped(key, 'e2'))

    expect(ports.documents.byKey.size).toBe(2)
    const second = await ports.documents.get(workspaceId, dropDocumentId(key, 'e2'))
    expect(second?.status).toBe('ready')
  })

  it('fails a dropped file of an unknown type with the reason', async () => {
    const { ports, state } = ingestWorld()
    const key = `drop/${workspaceId}/archive.bin`
    await ports.blobs.put(key, 'binary')

    await ingestStoredObject(ports, dropped(key, 'e1'))

    expect((await state(dropDocumentId(key, 'e1'))).document).toMatchObject({
      contentType: 'application/octet-stream',
      status: 'failed',
      error: 'This file type is not supported.',
    })
  })

  it('ignores an upload whose document is gone or expects another key', async () => {
    const { ports, upload, state } = ingestWorld()
    const { document, object } = await upload(paragraphs(2))

    await ingestStoredObject(ports, { ...object, key: `${object.key}.old` })
    expect((await state(document.id)).document.status).toBe('uploading')

    await ports.documents.delete(workspaceId, document.id)
    await expect(ingestStoredObject(ports, object)).resolves.toBeUndefined()
    expect(ports.embedder.calls).toEqual([])
  })
})

describe('contentTypeFromFilename', () => {
  it('guesses the types extraction reads and refuses the rest', () => {
    expect(contentTypeFromFilename('a.pdf')).toBe('application/pdf')
    expect(contentTypeFromFilename('b.HTM')).toBe('text/html')
    expect(contentTypeFromFilename('c.markdown')).toBe('text/markdown')
    expect(contentTypeFromFilename('d.tsv')).toBe('text/tab-separated-values')
    expect(contentTypeFromFilename('e.docx')).toMatch(/wordprocessingml/)
    expect(contentTypeFromFilename('Makefile')).toBe('application/octet-stream')
    expect(contentTypeFromFilename('.env')).toBe('application/octet-stream')
  })
})
