import { describe, expect, it } from 'vitest'
import { createChatterClient } from './client'
import { sseEvents } from './stream'

/** A body arriving in exactly these pieces, as a network may cut it. */
const bodyOf = (...pieces: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece))
      controller.close()
    },
  })

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

describe('sseEvents', () => {
  it('parses frames split anywhere across chunks, with their ids', async () => {
    const events = await collect(
      sseEvents(
        bodyOf(
          'id: m1:0\nevent: message.st',
          'art\ndata: {"conversationId":"c1"}\n',
          '\nid: m1:1\nevent: delta\ndata: {"text":"Hel',
          'lo"}\n\nid: m1:2\r\nevent: delta\r\ndata: {"text":" ✓"}\r\n\r\n',
        ),
      ),
    )
    expect(events).toEqual([
      { id: 'm1:0', event: 'message.start', data: { conversationId: 'c1' } },
      { id: 'm1:1', event: 'delta', data: { text: 'Hello' } },
      { id: 'm1:2', event: 'delta', data: { text: ' ✓' } },
    ])
  })

  it('joins multi-line data with newlines and skips comments', async () => {
    const events = await collect(
      sseEvents(
        bodyOf(
          ': keep-alive\n\n',
          'event: usage\ndata: {"inputTokens": 3,\ndata: "outputTokens": 4}\n\n',
        ),
      ),
    )
    expect(events).toEqual([{ id: '', event: 'usage', data: { inputTokens: 3, outputTokens: 4 } }])
  })

  it('splits a multi-byte character across chunks without garbling it', async () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"text":"é"}\n\n')
    const cut = bytes.indexOf(0xc3) + 1
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut))
        controller.enqueue(bytes.slice(cut))
        controller.close()
      },
    })
    expect(await collect(sseEvents(body))).toEqual([
      { id: '', event: 'delta', data: { text: 'é' } },
    ])
  })
})

describe('streamMessage', () => {
  it('posts the message asking for SSE, and throws the problem of a refused one', async () => {
    const requests: Request[] = []
    const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const request = new Request(input, init)
      requests.push(request)
      return requests.length === 1
        ? new Response(bodyOf('id: a:0\nevent: delta\ndata: {"text":"hi"}\n\n'), {
            headers: { 'content-type': 'text/event-stream' },
          })
        : Response.json(
            {
              type: 'about:blank',
              title: 'Conflict',
              status: 409,
              detail: 'Busy.',
              instance: '/',
              code: 'resource.conflict',
            },
            { status: 409 },
          )
    }) as typeof globalThis.fetch
    const chatter = createChatterClient({ baseUrl: 'http://api.test/', token: 't', fetch })
    const events = await collect(chatter.streamMessage('cnv 1', { content: 'Hello' }))
    expect(events).toEqual([{ id: 'a:0', event: 'delta', data: { text: 'hi' } }])
    const [sent] = requests
    expect(sent?.url).toBe('http://api.test/v1/conversations/cnv%201/messages')
    expect(sent?.headers.get('accept')).toBe('text/event-stream')
    expect(await sent?.json()).toEqual({ content: 'Hello' })

    await expect(collect(chatter.streamMessage('c', { content: 'x' }))).rejects.toMatchObject({
      status: 409,
      code: 'resource.conflict',
    })
  })
})
