import { describe, expect, it } from 'vitest'
import { parseStorageNotification } from './stored-object'

const notification = (key: string, eventName = 'ObjectCreated:Put') =>
  JSON.stringify({
    Records: [
      { eventName, s3: { bucket: { name: 'docs' }, object: { key, size: 12, eTag: 'abc' } } },
    ],
  })

describe('parseStorageNotification', () => {
  it('decodes keys the way S3 encodes them and finds the workspace and document', () => {
    const [object] = parseStorageNotification(
      notification('uploads/ws_1/doc-9/Q3+report+%E2%80%93+%C3%A9%2B1.pdf'),
    )
    expect(object).toEqual({
      bucket: 'docs',
      key: 'uploads/ws_1/doc-9/Q3 report – é+1.pdf',
      size: 12,
      etag: 'abc',
      workspaceId: 'ws_1',
      source: 'upload',
      documentId: 'doc-9',
    })
  })

  it('accepts anything under the drop prefix of a workspace', () => {
    const [object] = parseStorageNotification(notification('drop/ws_2/some/folder/notes.md'))
    expect(object).toMatchObject({
      workspaceId: 'ws_2',
      source: 'drop',
      key: 'drop/ws_2/some/folder/notes.md',
    })
    expect(object?.documentId).toBeUndefined()
  })

  it('leaves out keys outside the ingest prefixes, folder markers and deletions', () => {
    expect(parseStorageNotification(notification('reports/ws_1/r.html'))).toEqual([])
    expect(parseStorageNotification(notification('drop/ws_1/folder/'))).toEqual([])
    expect(parseStorageNotification(notification('drop/../etc/passwd'))).toEqual([])
    expect(
      parseStorageNotification(notification('uploads/ws_1/doc-1/a.pdf', 'ObjectRemoved:Delete')),
    ).toEqual([])
  })

  it('ignores the test event S3 sends when notifications are configured', () => {
    expect(
      parseStorageNotification(JSON.stringify({ Event: 's3:TestEvent', Bucket: 'docs' })),
    ).toEqual([])
  })

  it('throws on a body that is not an S3 notification, so the queue can dead-letter it', () => {
    expect(() => parseStorageNotification('not json')).toThrow()
    expect(() => parseStorageNotification(JSON.stringify({ hello: 'world' }))).toThrow()
  })
})
