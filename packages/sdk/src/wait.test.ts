import { describe, expect, it } from 'vitest'
import { createChatterClient } from './client'
import { DocumentWaitError } from './wait'

const doc = (status: string, extra: object = {}) => ({
  id: 'doc_1',
  filename: 'a.md',
  status,
  progress: { chunksDone: 1, chunksTotal: 4 },
  ...extra,
})

/** A server answering the given documents in turn, the last one from then on. */
const answering = (...documents: object[]) => {
  let reads = 0
  const fetch = (async () =>
    Response.json(documents[Math.min(reads++, documents.length - 1)])) as typeof globalThis.fetch
  return createChatterClient({ baseUrl: 'http://api.test', fetch })
}

describe('waitForDocument', () => {
  it('polls until ready, reporting every read', async () => {
    const chatter = answering(doc('uploading'), doc('processing'), doc('ready'))
    const seen: string[] = []
    const ready = await chatter.waitForDocument('doc_1', {
      intervalMs: 1,
      onProgress: (d) => seen.push(d.status),
    })
    expect(ready.status).toBe('ready')
    expect(seen).toEqual(['uploading', 'processing', 'ready'])
  })

  it('throws the reason of a failed ingestion', async () => {
    const chatter = answering(doc('processing'), doc('failed', { error: 'No text in the PDF.' }))
    const error = await chatter.waitForDocument('doc_1', { intervalMs: 1 }).catch((e) => e)
    expect(error).toBeInstanceOf(DocumentWaitError)
    expect(error).toMatchObject({
      reason: 'failed',
      message: expect.stringContaining('No text in the PDF.'),
    })
  })

  it('gives up after the timeout, naming the status and progress', async () => {
    const chatter = answering(doc('processing'))
    const error = await chatter
      .waitForDocument('doc_1', { timeoutMs: 30, intervalMs: 5 })
      .catch((e) => e)
    expect(error).toMatchObject({ reason: 'timeout' })
    expect(error.message).toMatch(/still processing after 30 ms \(1\/4 chunks\)/)
  })
})
