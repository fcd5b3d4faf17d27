// Issue 4 end to end on the local server: streamed answers read as a client reads them, messages
// persisted with usage, a disconnect saved as interrupted, a resume by Last-Event-ID, branches
// and a fork. The answering model is the real local model.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

interface SseEvent {
  id: string
  event: string
  data: Record<string, unknown>
}

let stack: LocalStack
let dataDir: string
let token: string

const headers = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  'content-type': 'application/json',
  ...extra,
})

async function json(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: headers(),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  // biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

/** Reads SSE frames as a browser's EventSource would; `stopAfter` drops the connection early. */
async function readEvents(response: Response, stopAfter?: (events: SseEvent[]) => boolean) {
  const events: SseEvent[] = []
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += value
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const field = (name: string) =>
        frame
          .split('\n')
          .filter((line) => line.startsWith(`${name}:`))
          .map((line) => line.slice(name.length + 1).trimStart())
          .join('\n')
      if (frame.trim())
        events.push({
          id: field('id'),
          event: field('event'),
          data: JSON.parse(field('data') || '{}'),
        })
      if (stopAfter?.(events)) {
        await reader.cancel()
        return events
      }
      end = buffer.indexOf('\n\n')
    }
  }
  return events
}

const ask = (
  conversationId: string,
  content: string,
  extra: Record<string, unknown> = {},
  signal?: AbortSignal,
) =>
  fetch(`${stack.url}/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: headers({ accept: 'text/event-stream' }),
    body: JSON.stringify({ content, ...extra }),
    ...(signal ? { signal } : {}),
  })

/** The id of the user or assistant message a `message.start` event announced. */
function idOf(event: SseEvent | undefined, key: 'assistantMessage' | 'userMessage'): string {
  const message = event?.data[key] as { id?: string } | undefined
  if (!message?.id) throw new Error(`no ${key} in ${JSON.stringify(event)}`)
  return message.id
}

const text = (events: SseEvent[]) =>
  events
    .filter((e) => e.event === 'delta')
    .map((e) => e.data.text as string)
    .join('')

async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-chat-'))
  stack = await startTestStack(dataDir, {
    // Slow enough that a client can drop out or resume mid-answer.
    tokenDelayMs: 25,
  })
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'chat@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as { accessToken: string }).accessToken
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('chat on the local server', () => {
  it('streams an answer in order, and keeps both messages with usage', async () => {
    const conversation = (await json('POST', '/v1/conversations', {})).body
    const response = await ask(conversation.id, 'What can you do?')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const events = await readEvents(response)

    expect(events[0]?.event).toBe('message.start')
    expect(events.at(-1)?.event).toBe('message.end')
    expect(events.map((e) => e.event)).toContain('usage')
    const assistantId = idOf(events[0], 'assistantMessage')
    expect(events.map((e) => e.id)).toEqual(events.map((_, seq) => `${assistantId}:${seq}`))
    const answer = text(events)
    expect(answer).toMatch(/^\[local model\] /)

    const saved = (await json('GET', `/v1/conversations/${conversation.id}`)).body
    expect(saved.title).toBe('What can you do?')
    expect(saved.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant'])
    const [question, reply] = saved.messages
    expect(question.content).toBe('What can you do?')
    expect(reply).toMatchObject({
      content: answer,
      status: 'complete',
      model: { provider: 'local' },
    })
    expect(reply.usage.outputTokens).toBeGreaterThan(0)
    expect(reply.usage.inputTokens).toBeGreaterThan(0)
    expect(reply.usage.costUsd).toBe(0)
  })

  it('saves a dropped answer as interrupted, with the text the client was sent', async () => {
    const conversation = (await json('POST', '/v1/conversations', {})).body
    const controller = new AbortController()
    const response = await ask(conversation.id, 'Tell me a long story.', {}, controller.signal)
    const events = await readEvents(
      response,
      (seen) => seen.filter((e) => e.event === 'delta').length === 2,
    )
    controller.abort()
    const assistantId = idOf(events[0], 'assistantMessage')

    const saved = await eventually(async () => {
      const { body } = await json(
        'GET',
        `/v1/conversations/${conversation.id}/messages/${assistantId}`,
      )
      return body.status === 'interrupted' ? body : undefined
    })
    expect(saved.content.startsWith(text(events))).toBe(true)
    expect(saved.content.length).toBeLessThan(400)
  })

  const resume = (conversationId: string, messageId: string, lastEventId: string) =>
    fetch(`${stack.url}/v1/conversations/${conversationId}/messages/${messageId}/stream`, {
      headers: headers({ accept: 'text/event-stream', 'last-event-id': lastEventId }),
    })

  it('resumes a dropped stream from Last-Event-ID: what was seen plus what resumed is the answer', async () => {
    const conversation = (await json('POST', '/v1/conversations', {})).body
    const first = await readEvents(
      await ask(conversation.id, 'Hello there'),
      (seen) => seen.length === 3,
    )
    const assistantId = idOf(first[0], 'assistantMessage')

    // The drop stopped generation (interrupted); the resume replays every saved delta after the
    // last event the client saw, and ends with the saved message.
    const resumed = await readEvents(await resume(conversation.id, assistantId, first.at(-1)!.id))
    expect(resumed.at(-1)?.event).toBe('message.end')
    const final = resumed.at(-1)!.data.message as { content: string; status: string }
    expect(final.status).toBe('interrupted')
    expect(text(first) + text(resumed)).toBe(final.content)
    const lastSeen = Number(first.at(-1)!.id.split(':')[1])
    expect(resumed.every((e) => Number(e.id.split(':')[1]) > lastSeen)).toBe(true)
  })

  it('lets a second connection follow an answer still being written, to the end', async () => {
    const conversation = (await json('POST', '/v1/conversations', {})).body
    let assistantId = ''
    let firstThree: SseEvent[] = []
    const original = readEvents(await ask(conversation.id, 'Hello again'), (seen) => {
      if (seen.length === 3) {
        firstThree = [...seen]
        assistantId = idOf(seen[0], 'assistantMessage')
      }
      return false
    })
    await eventually(async () => (assistantId ? true : undefined))
    const followed = await readEvents(
      await resume(conversation.id, assistantId, firstThree.at(-1)!.id),
    )
    const whole = await original

    const final = followed.at(-1)!.data.message as { content: string; status: string }
    expect(final.status).toBe('complete')
    expect(text(firstThree) + text(followed)).toBe(final.content)
    expect(text(whole)).toBe(final.content)
  })

  it('branches on an edit and on a regenerate, and forks a conversation', async () => {
    const conversation = (await json('POST', '/v1/conversations', {})).body
    const one = await readEvents(await ask(conversation.id, 'First question'))
    const firstUser = idOf(one[0], 'userMessage')
    const firstAnswer = idOf(one[0], 'assistantMessage')
    await readEvents(await ask(conversation.id, 'Second question'))

    // Edit the second question: a new branch under the first answer.
    const edited = await readEvents(
      await ask(conversation.id, 'Second question, edited', { parentId: firstAnswer }),
    )
    const editedUser = idOf(edited[0], 'userMessage')
    const branches = (
      await json('GET', `/v1/conversations/${conversation.id}/messages/${editedUser}/branches`)
    ).body
    expect(branches.items).toHaveLength(2)
    expect(branches.items.find((b: { active: boolean }) => b.active).id).toBe(editedUser)

    // Regenerate the first answer: a sibling under the first question.
    const regenerated = await fetch(
      `${stack.url}/v1/conversations/${conversation.id}/messages/${firstAnswer}/regenerate`,
      { method: 'POST', headers: headers() },
    )
    expect(regenerated.status).toBe(201)
    const answers = (
      await json('GET', `/v1/conversations/${conversation.id}/messages/${firstAnswer}/branches`)
    ).body
    expect(answers.items).toHaveLength(2)

    // Fork at the first answer: a new conversation with just that path.
    const fork = await json('POST', `/v1/conversations/${conversation.id}/fork`, {
      messageId: firstAnswer,
    })
    expect(fork.status).toBe(201)
    expect(fork.body.forkedFrom).toEqual({
      conversationId: conversation.id,
      messageId: firstAnswer,
    })
    const forked = (await json('GET', `/v1/conversations/${fork.body.id}`)).body
    expect(forked.messages.map((m: { content: string }) => m.content)[0]).toBe('First question')
    expect(forked.messages).toHaveLength(2)
    expect(forked.messages[0].id).not.toBe(firstUser)
  })

  it('answers bad input with problem+json and stores nothing', async () => {
    const conversation = (await json('POST', '/v1/conversations', {})).body
    const empty = await fetch(`${stack.url}/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ content: '' }),
    })
    expect(empty.status).toBe(422)
    expect(empty.headers.get('content-type')).toBe('application/problem+json')
    const elsewhere = (await json('POST', '/v1/conversations', {})).body
    const foreignParent = await fetch(`${stack.url}/v1/conversations/${elsewhere.id}/messages`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ content: 'hi', parentId: 'msg_not_here' }),
    })
    expect([404, 422]).toContain(foreignParent.status)
    const after = (await json('GET', `/v1/conversations/${conversation.id}`)).body
    expect(after.messages).toEqual([])
  })
})
