import { describe, expect, it } from 'vitest'
import { createChatterClient } from './client'

const document = { id: 'doc_1', filename: 'big.txt', status: 'uploading' }
const part = (partNumber: number, size: number) => ({
  partNumber,
  url: `http://s3.test/part${partNumber}?X-Amz-Signature=x`,
  method: 'PUT',
  headers: { 'content-length': String(size) },
})

/** The API and the storage in one fake fetch: what each request carried, and its body. */
function fakeServer(failPart?: number) {
  const sent: { method: string; url: string; headers: Headers; body: Uint8Array }[] = []
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init)
    const body = new Uint8Array(await request.arrayBuffer())
    sent.push({ method: request.method, url: request.url, headers: request.headers, body })
    const { pathname } = new URL(request.url)
    if (request.url.startsWith('http://s3.test/')) {
      if (pathname === `/part${failPart}`)
        return new Response('<Error>SignatureDoesNotMatch</Error>', { status: 403 })
      return new Response(null, { headers: { etag: `"etag-${pathname.slice(5)}"` } })
    }
    if (request.method === 'POST' && pathname === '/v1/documents')
      return Response.json(
        {
          document,
          upload: {
            method: 'multipart',
            uploadId: 'up_1',
            partSize: 4,
            parts: [part(1, 4), part(2, 4), part(3, 2)],
            complete: '/v1/documents/doc_1/upload/complete',
          },
        },
        { status: 201 },
      )
    return Response.json({ ...document, status: 'processing' })
  }) as typeof globalThis.fetch
  return { fetch, sent }
}

const file = (body: Uint8Array | (() => ReadableStream<Uint8Array>)) => ({
  filename: 'big.txt',
  contentType: 'text/plain',
  size: 10,
  body,
})
const bytes = new TextEncoder().encode('abcdefghij')

describe('uploadDocument in parts', () => {
  it('sends each part with its length and no token, completes with the ETags, reports progress', async () => {
    const { fetch, sent } = fakeServer()
    const chatter = createChatterClient({ baseUrl: 'http://api.test', token: 'tok', fetch })
    const progress: [number, number][] = []
    const done = await chatter.uploadDocument(file(bytes), {
      onProgress: (sentBytes, total) => progress.push([sentBytes, total]),
    })

    expect(done.status).toBe('processing')
    const puts = sent.filter((r) => r.method === 'PUT')
    expect(puts.map((r) => new TextDecoder().decode(r.body))).toEqual(['abcd', 'efgh', 'ij'])
    expect(puts.map((r) => r.headers.get('content-length'))).toEqual(['4', '4', '2'])
    expect(puts.every((r) => !r.headers.has('authorization'))).toBe(true)
    const complete = sent.find((r) => r.url.endsWith('/upload/complete'))
    expect(JSON.parse(new TextDecoder().decode(complete?.body))).toEqual({
      uploadId: 'up_1',
      parts: [1, 2, 3].map((n) => ({ partNumber: n, etag: `"etag-${n}"` })),
    })
    expect(progress).toEqual([
      [4, 10],
      [8, 10],
      [10, 10],
    ])
  })

  it('cuts a stream into the parts, whatever its chunks', async () => {
    const { fetch, sent } = fakeServer()
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const cut of [
            [0, 3],
            [3, 9],
            [9, 10],
          ])
            controller.enqueue(bytes.slice(cut[0], cut[1]))
          controller.close()
        },
      })
    await chatter.uploadDocument(file(stream))
    const puts = sent.filter((r) => r.method === 'PUT')
    expect(puts.map((r) => new TextDecoder().decode(r.body))).toEqual(['abcd', 'efgh', 'ij'])
  })

  it('abandons the upload when a part is refused, and says the storage refused it', async () => {
    const { fetch, sent } = fakeServer(2)
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const error = await chatter.uploadDocument(file(bytes)).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 403, code: 'upload.rejected' })
    expect((error as Error).message).toContain('SignatureDoesNotMatch')
    const abort = sent.find((r) => r.url.endsWith('/upload/abort'))
    expect(JSON.parse(new TextDecoder().decode(abort?.body))).toEqual({ uploadId: 'up_1' })
    expect(sent.some((r) => r.url.endsWith('/upload/complete'))).toBe(false)
  })

  it('refuses a stream shorter than the size it was given', async () => {
    const { fetch, sent } = fakeServer()
    const chatter = createChatterClient({ baseUrl: 'http://api.test', fetch })
    const short = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, 7))
          controller.close()
        },
      })
    await expect(chatter.uploadDocument(file(short))).rejects.toThrow(/ended after 7 bytes/)
    expect(sent.some((r) => r.url.endsWith('/upload/abort'))).toBe(true)
  })
})
