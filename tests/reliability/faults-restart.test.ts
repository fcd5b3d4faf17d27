// Fault: the local stack stopped and started again on the same data folder with work done and
// work in flight. tests/e2e/local-stack.test.ts ('keeps the database, files and vectors across a
// restart...') proves the stores persist at the adapter level; this proves what a user has
// survives: conversations and messages, ready documents and their search, API keys, sessions.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chunkDocument } from '@chatter/core'
import { extractText } from '@chatter/extraction'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeHtml } from '../support/document-fixtures'
import { startTestStack } from '../support/local-stack'
import { RecordingLogger } from './support/recording-logger'
import { type Body, registerUser, signedIn, streamedText, until } from './support/stack-client'

let stack: LocalStack
let dataDir: string
const start = () => startTestStack(dataDir)

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-faults-restart-'))
  stack = await start()
}, 60_000)
afterAll(async () => {
  await stack?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('a local-stack restart', () => {
  it('keeps conversations, messages, documents, API keys and sessions', async () => {
    const registered = await fetch(`${stack.url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'restart@example.com', password: 'a long enough passphrase' }),
    })
    const session = (await registered.json()) as Body
    const user = await signedIn(stack.url, session.accessToken)
    const conversation = (await user.call('POST', '/v1/conversations', {})).body
    const answer = streamedText(await user.ask(conversation.id, 'Remember this, please.'))
    const key = (await user.call('POST', '/v1/api-keys', { name: 'CI', scopes: ['read'] })).body

    const bytes = makeHtml('Lighthouse log', ['The lighthouse lamp is polished every Sunday.'])
    const created = (
      await user.call('POST', '/v1/documents', {
        filename: 'lighthouse.html',
        contentType: 'text/html',
        size: bytes.byteLength,
      })
    ).body
    const { url, method, headers } = created.upload
    expect((await fetch(url, { method, headers, body: bytes })).status).toBe(200)
    const ready = await until('the document ready', async () => {
      const { body } = await user.call('GET', `/v1/documents/${created.document.id}`)
      return body.status === 'ready' ? body : undefined
    })

    await stack.stop()
    stack = await start()

    // The same access token, refresh token and API key still work against the new process.
    const again = await signedIn(stack.url, session.accessToken)
    const saved = (await again.call('GET', `/v1/conversations/${conversation.id}`)).body
    expect(saved.messages.map((m: Body) => [m.role, m.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
    ])
    expect(saved.messages[1].content).toBe(answer)
    const document = (await again.call('GET', `/v1/documents/${created.document.id}`)).body
    expect(document).toMatchObject({ status: 'ready', chunkCount: ready.chunkCount })
    const found = await again.call('POST', '/v1/search', { query: 'lighthouse lamp polished' })
    expect(JSON.stringify(found.body)).toContain(created.document.id)

    const byKey = await signedIn(stack.url, key.secret)
    expect(byKey.workspaceId).toBe(user.workspaceId)
    const refreshed = await fetch(`${stack.url}/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    })
    expect(refreshed.status).toBe(200)
    // And the restarted stack takes new work: a second account signs up and chats.
    const newcomer = await registerUser(stack.url, 'after-restart@example.com')
    const next = (await newcomer.call('POST', '/v1/conversations', {})).body
    expect((await newcomer.ask(next.id, 'Hello')).at(-1)?.data.message.status).toBe('complete')
  }, 120_000)

  // The local SQS stand-in and Step Functions runner keep messages and executions in memory (in
  // AWS the queue is durable): the start re-drives documents the last run left unfinished.
  it('finishes ingesting documents interrupted by the stop, each once', async () => {
    // A first run that loses its S3 events, as a process stopped with the messages still queued.
    await stack.stop()
    stack = await startTestStack(dataDir, { onStoredObject: async () => {} })
    const user = await registerUser(stack.url, 'interrupted@example.com')
    const bytes = (word: string) =>
      makeHtml(
        `${word} manual`,
        Array.from(
          { length: 12 },
          (_, i) =>
            `Part ${i + 1} of the ${word} manual: ${'the crew logs tides and cargo '.repeat(12)}`,
        ),
      )
    const upload = async (word: string, put: boolean) => {
      const file = bytes(word)
      const { body } = await user.call('POST', '/v1/documents', {
        filename: `${word}.html`,
        contentType: 'text/html',
        size: file.byteLength,
      })
      const { url, method, headers } = body.upload
      if (put) expect((await fetch(url, { method, headers, body: file })).status).toBe(200)
      return { id: body.document.id as string, file }
    }
    const landed = await upload('harbour', true)
    const midway = await upload('lighthouse', true)
    const pending = await upload('anchor', false)
    // Stopped in the middle of ingesting this one.
    await stack.stores.documents.update(user.workspaceId, midway.id, { status: 'processing' })

    await stack.stop()
    const logger = new RecordingLogger()
    stack = await startTestStack(dataDir, { logger })

    const again = await signedIn(stack.url, user.token)
    const read = async (id: string) => (await again.call('GET', `/v1/documents/${id}`)).body
    for (const { id, file } of [landed, midway]) {
      const ready = await until(`${id} ready`, async () => {
        const document = await read(id)
        return document.status === 'ready' ? document : undefined
      })
      const extracted = await extractText({
        bytes: file,
        contentType: 'text/html',
        filename: 'x.html',
      })
      const expected = chunkDocument(extracted).length
      expect(expected).toBeGreaterThan(1)
      expect(ready).toMatchObject({ chunkCount: expected, progress: { chunksDone: expected } })
    }
    // An upload whose bytes never came stays waiting for them; nothing was ingested twice.
    expect((await read(pending.id)).status).toBe('uploading')
    expect(logger.linesOf('interrupted ingestion re-queued')[0]?.attributes.documents).toBe(2)
    const readied = logger.linesOf('document ready').map((line) => line.attributes.documentId)
    expect(readied.sort()).toEqual([landed.id, midway.id].sort())
    const found = await again.call('POST', '/v1/search', { query: 'harbour manual tides cargo' })
    expect(JSON.stringify(found.body)).toContain(landed.id)
  }, 120_000)
})
