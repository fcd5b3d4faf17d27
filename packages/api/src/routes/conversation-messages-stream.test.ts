import { describe, expect, it } from 'vitest'
import {
  chatApp,
  eventually,
  readSse,
  type SseFrame,
  sseFrames,
  textOf,
} from './conversation-messages-test-kit'

const story = Array.from({ length: 30 }, (_, i) => `word${i + 1}`).join(' ')
type World = Awaited<ReturnType<typeof chatApp>>

/** Sends a streaming question and reads until `deltas` deltas arrived; the rest is unread. */
async function streamUntil(w: World, deltas: number, signal?: AbortSignal) {
  const response = await w.send(
    { content: 'Count slowly' },
    { stream: true, ...(signal ? { signal } : {}) },
  )
  const frames = sseFrames(response)
  const seen: SseFrame[] = []
  for await (const frame of frames) {
    seen.push(frame)
    if (seen.filter((f) => f.event === 'delta').length === deltas) break
  }
  const messageId: string = seen[0]?.data.assistantMessage.id
  return { seen, messageId, response }
}

const settled = (w: World, messageId: string) =>
  eventually(async () => {
    const message = await w.deps.messages.get(w.team.id, w.conversation.id, messageId)
    return message?.status === 'streaming' ? undefined : message
  })

describe('a client that goes away', () => {
  it('stops the model when the request is aborted; the partial answer is saved interrupted', async () => {
    const w = await chatApp(() => ({ text: story, delayMs: 20 }))
    const client = new AbortController()
    const response = await w.send(
      { content: 'Count slowly' },
      { stream: true, signal: client.signal },
    )
    const seen: SseFrame[] = []
    // The reader keeps reading: only the request's signal tells the server the client left.
    for await (const frame of sseFrames(response)) {
      seen.push(frame)
      if (seen.filter((f) => f.event === 'delta').length === 2) client.abort()
    }
    const end = seen.at(-1)
    expect(end?.event).toBe('message.end')
    expect(end?.data.message).toMatchObject({ status: 'interrupted', content: textOf(seen) })
    expect(textOf(seen).length).toBeLessThan(story.length)
    const saved = await settled(w, seen[0]?.data.assistantMessage.id)
    expect(saved).toMatchObject({ status: 'interrupted', content: textOf(seen) })
    expect(saved.error).toMatch(/disconnected/)
  })

  it('stops the model when the reader cancels the stream (the socket closed)', async () => {
    const w = await chatApp(() => ({ text: story, delayMs: 20 }))
    // Breaking out of the reader cancels the response body, as the server does on a closed socket.
    const { seen, messageId } = await streamUntil(w, 3)
    const saved = await settled(w, messageId)
    expect(saved).toMatchObject({ status: 'interrupted' })
    expect(saved.content.startsWith(textOf(seen))).toBe(true)
    expect(saved.content.length).toBeLessThan(story.length)
    expect(w.model.requests).toHaveLength(1)
  })
})

describe('GET /v1/conversations/{id}/messages/{messageId}/stream', () => {
  const resume = (w: World, messageId: string, headers: Record<string, string> = {}, query = '') =>
    w.app.request(`/v1/conversations/${w.conversation.id}/messages/${messageId}/stream${query}`, {
      headers: w.headersOf(w.owner, headers),
    })

  it('replays exactly the deltas after Last-Event-ID (or ?after=), then message.end', async () => {
    const w = await chatApp(() => ({ text: story }))
    const original = await readSse(await w.send({ content: 'Count' }, { stream: true }))
    const messageId: string = original[0]?.data.assistantMessage.id
    const lastSeen = original[7]
    expect(lastSeen?.id).toBe(`${messageId}:7`)

    const response = await resume(w, messageId, { 'Last-Event-ID': `${messageId}:7` })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const resumed = await readSse(response)
    const missing = original.filter((f) => f.event === 'delta').slice(7)
    expect(resumed.slice(0, -1)).toEqual(missing)
    expect(textOf(original.slice(0, 8)) + textOf(resumed)).toBe(story)
    expect(resumed.at(-1)).toMatchObject({ event: 'message.end', data: original.at(-1)?.data })

    const byQuery = await readSse(await resume(w, messageId, {}, '?after=7'))
    expect(byQuery).toEqual(resumed)
  })

  it('follows an answer still being written, until it ends', async () => {
    const w = await chatApp(() => ({ text: story, delayMs: 3 }))
    const response = await w.send({ content: 'Count' }, { stream: true })
    const frames = sseFrames(response)
    const first = await frames.next()
    const messageId: string = first.value?.data.assistantMessage.id
    // The first client keeps reading in the background; a second one resumes from the start.
    const rest = (async () => {
      const out: SseFrame[] = []
      for await (const frame of frames) out.push(frame)
      return out
    })()
    const resumed = await readSse(await resume(w, messageId, { 'Last-Event-ID': `${messageId}:0` }))
    const written = await rest
    expect(textOf(resumed)).toBe(story)
    expect(resumed.filter((f) => f.event === 'delta')).toEqual(
      written.filter((f) => f.event === 'delta'),
    )
    expect(resumed.at(-1)?.data.message).toMatchObject({ status: 'complete', content: story })
  })

  it('refuses another message’s event id, a bad one, someone else, and a question', async () => {
    const w = await chatApp()
    const frames = await readSse(await w.send({ content: 'Hi' }, { stream: true }))
    const { userMessage, assistantMessage } = frames[0]?.data ?? {}
    const other = await readSse(await w.send({ content: 'Again' }, { stream: true }))
    const otherId = other[0]?.data.assistantMessage.id
    for (const [headers, query, status] of [
      [{ 'Last-Event-ID': `${otherId}:1` }, '', 422],
      [{ 'Last-Event-ID': 'garbage' }, '', 422],
      [{}, '?after=-1', 422],
      [{}, '?after=abc', 422],
    ] as const) {
      const response = await resume(w, assistantMessage.id, headers, query)
      expect(response.status, JSON.stringify([headers, query])).toBe(status)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
    }
    expect((await resume(w, userMessage.id)).status).toBe(422)
    expect((await resume(w, 'msg_nope')).status).toBe(404)
    const byMember = await w.app.request(
      `/v1/conversations/${w.conversation.id}/messages/${assistantMessage.id}/stream`,
      { headers: w.headersOf(w.member) },
    )
    expect(byMember.status).toBe(404)
  })
})
