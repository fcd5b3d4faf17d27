// Issue 9 end to end: the typed SDK against the running local server, as an application uses
// it: a streamed chat, pagination, errors, an upload that becomes searchable, API keys, aborts.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import {
  type AnswerStreamEvent,
  ChatterApiError,
  type ChatterClient,
  createChatterClient,
  DocumentWaitError,
} from '@chatter/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let chatter: ChatterClient

const collect = async <T>(items: AsyncIterable<T>) => {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}
const deltas = (events: AnswerStreamEvent[]) =>
  events.map((e) => (e.event === 'delta' ? e.data.text : '')).join('')

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-sdk-'))
  stack = await startTestStack(dataDir, {
    // Slow enough that an abort lands mid-answer.
    tokenDelayMs: 5,
    // Files over 4 KB take the workflow path; the multipart upload below stays small.
    documents: {
      ingestion: { inlineMaxBytes: 4096 },
      uploads: { multipartThresholdBytes: 5 * 1024 * 1024, partSizeBytes: 5 * 1024 * 1024 },
    },
    rateLimitPolicies: {
      default: { limit: 100_000, windowSeconds: 60, burst: 10_000, onContention: 'open' },
    },
  })
  // Registering needs no token: the same SDK, without one.
  const anonymous = createChatterClient({ baseUrl: `${stack.url}/` })
  const session = await anonymous.unwrap(
    anonymous.api.POST('/v1/auth/register', {
      body: { email: 'sdk@example.com', password: 'a long enough passphrase' },
    }),
  )
  chatter = createChatterClient({ baseUrl: stack.url, token: session.accessToken })
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('the SDK against the local server', () => {
  it('streams an answer whose deltas are the saved assistant message', async () => {
    const convo = await chatter.unwrap(chatter.api.POST('/v1/conversations', { body: {} }))
    const events = await collect(chatter.streamMessage(convo.id, { content: 'What can you do?' }))

    const start = events[0]
    const end = events.at(-1)
    if (start?.event !== 'message.start' || end?.event !== 'message.end')
      throw new Error(`unexpected frame order: ${events.map((e) => e.event).join(', ')}`)
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(1)
    const answer = deltas(events)
    expect(answer).toMatch(/^\[local model\] /)
    expect(end.data.message.content).toBe(answer)

    const id = start.data.assistantMessage.id
    const saved = await chatter.unwrap(
      chatter.api.GET('/v1/conversations/{id}/messages/{messageId}', {
        params: { path: { id: convo.id, messageId: id } },
      }),
    )
    expect(saved).toMatchObject({ id, role: 'assistant', status: 'complete', content: answer })
  })

  it('pages through conversations two at a time, each seen once', async () => {
    const requested: string[] = []
    const counting = createChatterClient({
      ...chatter.options,
      fetch: (input, init) => {
        requested.push(input instanceof Request ? input.url : String(input))
        return fetch(input, init)
      },
    })
    const made: string[] = []
    for (let n = 1; n <= 5; n++) {
      const body = { title: `Paged ${n}` }
      made.push((await chatter.unwrap(chatter.api.POST('/v1/conversations', { body }))).id)
    }
    const all = await collect(counting.paginate('/v1/conversations', { query: { limit: 2 } }))
    const ids = all.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(made))
    expect(requested.length).toBe(Math.ceil(ids.length / 2))
    expect(requested.every((url) => new URL(url).searchParams.get('limit') === '2')).toBe(true)
    expect(requested.slice(1).every((url) => new URL(url).searchParams.has('cursor'))).toBe(true)
  })

  it('throws a ChatterApiError with the problem for a missing conversation', async () => {
    const missing = chatter.unwrap(
      chatter.api.GET('/v1/conversations/{id}', { params: { path: { id: 'cnv_missing' } } }),
    )
    const error = await missing.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChatterApiError)
    expect(error).toMatchObject({ status: 404, code: 'resource.notFound' })
    expect((error as ChatterApiError).problem.detail).toMatch(/conversation/i)
  })

  it('uploads a Markdown file with progress, waits until ready and finds it by search', async () => {
    const text = `# Lighthouse log\n\nThe lighthouse keeper on Skerry Nine logs fog horns at dawn.\n`
    const bytes = new TextEncoder().encode(text)
    const progress: number[] = []
    const uploaded = await chatter.uploadDocument(
      {
        filename: 'lighthouse.md',
        contentType: 'text/markdown',
        size: bytes.byteLength,
        body: bytes,
        tags: ['sea'],
      },
      { onProgress: (sent, total) => progress.push(sent / total) },
    )
    expect(uploaded).toMatchObject({
      filename: 'lighthouse.md',
      size: bytes.byteLength,
      tags: ['sea'],
    })
    expect(uploaded.status).not.toBe('failed')
    expect(progress.at(-1)).toBe(1)

    const statuses: string[] = []
    const ready = await chatter.waitForDocument(uploaded.id, {
      timeoutMs: 30_000,
      intervalMs: 100,
      onProgress: (document) => statuses.push(document.status),
    })
    expect(ready.status).toBe('ready')
    expect(statuses.at(-1)).toBe('ready')
    const found = await chatter.unwrap(
      chatter.api.POST('/v1/search', {
        body: { query: 'lighthouse keeper fog horns', mode: 'lexical' },
      }),
    )
    expect(found.hits[0]).toMatchObject({ documentId: uploaded.id, filename: 'lighthouse.md' })
  })

  it('uploads a streamed file over the threshold in parts, and reports a failed ingestion', async () => {
    // 11 MiB that claim to be a PDF: three signed parts, then extraction refuses them.
    const size = 11 * 1024 * 1024
    const junk = new Uint8Array(size).fill(0x41)
    let offset = 0
    const body = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= size) return controller.close()
          // Odd-sized chunks, so parts are cut across them.
          controller.enqueue(junk.subarray(offset, offset + 1_000_003))
          offset += 1_000_003
        },
      })
    const progress: number[] = []
    const uploaded = await chatter.uploadDocument(
      { filename: 'junk.pdf', contentType: 'application/pdf', size, body },
      { onProgress: (sent) => progress.push(sent) },
    )
    expect(progress.at(-1)).toBe(size)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(uploaded.size).toBe(size)

    const failure = await chatter
      .waitForDocument(uploaded.id, { timeoutMs: 60_000, intervalMs: 200 })
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(DocumentWaitError)
    expect(failure).toMatchObject({ reason: 'failed', document: { status: 'failed' } })
  })

  it('works with an API key as the token', async () => {
    const key = await chatter.unwrap(
      chatter.api.POST('/v1/api-keys', { body: { name: 'sdk test', scopes: ['read', 'write'] } }),
    )
    const keyed = createChatterClient({ baseUrl: stack.url, token: key.secret })
    const convo = await keyed.unwrap(
      keyed.api.POST('/v1/conversations', { body: { title: 'By key' } }),
    )
    const events = await collect(keyed.streamMessage(convo.id, { content: 'Hello' }))
    expect(events.at(-1)?.event).toBe('message.end')
    const revoked = createChatterClient({ baseUrl: stack.url, token: `${key.secret}x` })
    await expect(revoked.unwrap(revoked.api.GET('/v1/conversations'))).rejects.toMatchObject({
      status: 401,
    })
  })

  it('stops a stream when its signal is aborted, and the answer is saved as interrupted', async () => {
    const convo = await chatter.unwrap(chatter.api.POST('/v1/conversations', { body: {} }))
    const controller = new AbortController()
    const seen: AnswerStreamEvent[] = []
    const stream = chatter.streamMessage(
      convo.id,
      { content: 'Tell me a long story.' },
      { signal: controller.signal },
    )
    const stopped = (async () => {
      for await (const event of stream) {
        seen.push(event)
        if (seen.filter((e) => e.event === 'delta').length === 2) controller.abort()
      }
    })()
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' })
    expect(seen.some((e) => e.event === 'message.end')).toBe(false)

    const start = seen[0]
    if (start?.event !== 'message.start') throw new Error('no message.start')
    const path = { id: convo.id, messageId: start.data.assistantMessage.id }
    const deadline = Date.now() + 10_000
    let status = ''
    while (status !== 'interrupted' && Date.now() < deadline) {
      const message = await chatter.unwrap(
        chatter.api.GET('/v1/conversations/{id}/messages/{messageId}', { params: { path } }),
      )
      status = message.status
      if (status !== 'interrupted') await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(status).toBe('interrupted')
  })
})
