import { describe, expect, it } from 'vitest'
import { documentsSetup } from './documents-test-kit'

const passages = (documentId: string, passageId: string) =>
  `/v1/documents/${documentId}/passages/${passageId}`

describe('GET /v1/documents/{id}/passages/{passageId}', () => {
  it('answers the text and page of the passage a citation names, to a viewer too', async () => {
    const { call, asViewer, upload, ingested } = await documentsSetup()
    const { document } = await upload({ filename: 'Q3 report.pdf' })
    await ingested(document.id, 'ready', [
      { text: 'Travel came to 12,400 EUR.', page: 1 },
      { text: 'Hotels were the largest item.', page: 3 },
    ])
    const expected = {
      id: `${document.id}:1`,
      documentId: document.id,
      filename: 'Q3 report.pdf',
      page: 3,
      text: 'Hotels were the largest item.',
      index: 1,
    }
    const cited = await call('GET', passages(document.id, `${document.id}:1`))
    expect(cited.status).toBe(200)
    expect(cited.body).toEqual(expected)
    // As a client builds the URL from a citation: the id percent-encoded.
    const encoded = await asViewer('GET', passages(document.id, encodeURIComponent(expected.id)))
    expect(encoded.body).toEqual(expected)
  })

  it('is a 404 for the same passage asked from another workspace', async () => {
    const { call, asOutsider, upload, ingested } = await documentsSetup()
    const { document } = await upload()
    await ingested(document.id, 'ready', ['Private text.'])
    const path = passages(document.id, `${document.id}:0`)
    expect((await call('GET', path)).status).toBe(200)
    const answer = await asOutsider('GET', path)
    expect(answer.status).toBe(404)
    expect(answer.type).toBe('application/problem+json')
    expect(answer.body).toMatchObject({ code: 'resource.notFound' })
    expect(JSON.stringify(answer.body)).not.toContain('Private text')
  })

  it('is a 404 for a passage the document does not have, or one of another document', async () => {
    const { call, upload, ingested } = await documentsSetup()
    const { document } = await upload()
    const { document: other } = await upload({ filename: 'other.md' })
    await ingested(document.id, 'ready', ['One.', 'Two.'])
    await ingested(other.id, 'ready', ['Elsewhere.'])
    for (const passageId of [`${document.id}:2`, `${document.id}:01`, `${other.id}:0`]) {
      const answer = await call('GET', passages(document.id, passageId))
      expect(answer.status, passageId).toBe(404)
      expect(answer.body).toMatchObject({
        code: 'resource.notFound',
        detail: 'No such passage in this document.',
      })
    }
  })

  it('is a 404 once the document is deleted, and a 422 for what is no passage id', async () => {
    const { call, upload, ingested } = await documentsSetup()
    const { document } = await upload()
    await ingested(document.id, 'ready', ['Soon gone.'])
    expect((await call('DELETE', `/v1/documents/${document.id}`)).status).toBe(200)
    const gone = await call('GET', passages(document.id, `${document.id}:0`))
    expect(gone.status).toBe(404)
    expect(gone.body.detail).toBe('No such document in this workspace.')
    const malformed = await call('GET', passages(document.id, 'not-a-passage'))
    expect(malformed.status).toBe(422)
    expect(malformed.body.errors.map((e: { path: string }) => e.path)).toEqual(['param.passageId'])
  })
})
