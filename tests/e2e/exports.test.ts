// Issue 8 end to end on the local stack: a workspace exported as a ZIP through the ingest queue,
// downloaded through its presigned S3 link, imported into another workspace (the round trip),
// and a ChatGPT export imported.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipStore } from '@chatter/core'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chatGptConversations } from '../support/import-fixtures'
import { startTestStack } from '../support/local-stack'
import { zipDeflate } from '../support/zip-deflate'

let stack: LocalStack
let dataDir: string
let token: string
let personal: string

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
type Body = Record<string, any>

async function call(method: string, path: string, workspaceId: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-workspace-id': workspaceId,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: (await response.json()) as Body }
}

async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Each conversation's title with the contents of its shown branch, oldest first. */
async function transcripts(workspaceId: string) {
  const list = await call('GET', '/v1/conversations?limit=100', workspaceId)
  const all = []
  for (const { id, title } of list.body.items) {
    const { body } = await call('GET', `/v1/conversations/${id}?messages=100`, workspaceId)
    all.push({ title, messages: body.messages.map((m: Body) => [m.role, m.content]) })
  }
  return all.sort((a, b) => a.title.localeCompare(b.title))
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-exports-'))
  stack = await startTestStack(dataDir)
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'export@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as { accessToken: string }).accessToken
  const me = await fetch(`${stack.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } })
  personal = ((await me.json()) as Body).workspaces[0].id
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('exports and imports on the local stack', () => {
  it('exports a workspace, downloads the archive and imports it into another workspace', async () => {
    const team = (await call('POST', '/v1/workspaces', personal, { name: 'Export team' })).body.id
    for (const [title, questions] of [
      ['Herons', ['Where do herons nest?', 'And what do they eat?']],
      ['Lisbon, "in spring"', ['Three days in Lisbon: what to see?']],
    ] as const) {
      const conversation = await call('POST', '/v1/conversations', team, { title })
      expect(conversation.status).toBe(201)
      for (const content of questions) {
        const answered = await call(
          'POST',
          `/v1/conversations/${conversation.body.id}/messages`,
          team,
          { content },
        )
        expect(answered.status).toBe(201)
      }
    }
    const original = await transcripts(team)
    expect(original.map((c) => c.messages.length)).toEqual([4, 2])

    const started = await call('POST', '/v1/exports', team, { scope: 'workspace', format: 'json' })
    expect(started.status).toBe(202)
    expect(started.body.status).toBe('queued')
    const done = await eventually(async () => {
      const { body } = await call('GET', `/v1/exports/${started.body.id}`, team)
      return body.status === 'succeeded' || body.status === 'failed' ? body : undefined
    })
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: { done: done.progress.total },
      counts: { conversations: 2, messages: 6, members: 1 },
    })
    const { url, expiresAt } = done.download
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(55 * 60_000)
    const download = await fetch(url)
    expect(download.status).toBe(200)
    const files = unzipStore(new Uint8Array(await download.arrayBuffer()))
    const read = (name: string) => JSON.parse(new TextDecoder().decode(files.get(name)))
    expect(read('manifest.json')).toMatchObject({ id: started.body.id, scope: 'workspace' })
    expect(read('workspace.json')[0].name).toBe('Export team')

    const imported = await call('POST', '/v1/imports', personal, {
      source: 'chatter',
      data: { conversations: read('conversations.json'), messages: read('messages.json') },
    })
    expect(imported.status).toBe(201)
    expect(imported.body).toMatchObject({ conversations: 2, messages: 6, skipped: [] })
    expect(await transcripts(personal)).toEqual(original)

    const mine = await call('GET', '/v1/exports', team)
    expect(mine.body.items.map((e: Body) => e.id)).toEqual([started.body.id])
  })

  it('imports a ChatGPT export, keeping its branches', async () => {
    const team = (await call('POST', '/v1/workspaces', personal, { name: 'ChatGPT team' })).body.id
    const imported = await call('POST', '/v1/imports', team, {
      source: 'chatgpt',
      data: chatGptConversations,
    })
    expect(imported.status).toBe(201)
    expect(imported.body).toMatchObject({
      conversations: 2,
      messages: 6,
      skipped: [{ title: 'Empty chat' }],
    })
    const [starter] = imported.body.conversationIds
    const shown = await call('GET', `/v1/conversations/${starter}`, team)
    expect(shown.body).toMatchObject({ title: 'Sourdough starter', messageCount: 4 })
    expect(shown.body.messages.map((m: Body) => m.content)).toEqual([
      'How do I start a rye sourdough starter, "quickly"?',
      'Use whole rye flour, it ferments faster.',
    ])
    const [first] = shown.body.messages
    const branches = await call(
      'GET',
      `/v1/conversations/${starter}/messages/${first.id}/branches`,
      team,
    )
    expect(branches.status).toBe(200)
    expect(branches.body.items.map((m: Body) => m.content)).toEqual([
      'How do I start a sourdough starter?',
      'How do I start a rye sourdough starter, "quickly"?',
    ])
  })

  it('imports a real-size export archive uploaded to S3, in the background with progress', async () => {
    const team = (await call('POST', '/v1/workspaces', personal, { name: 'Archive team' })).body.id
    // An export download as ChatGPT gives it: a deflated ZIP holding conversations.json.
    const archive = zipDeflate([
      { name: 'chat.html', data: '<html>not this one</html>' },
      { name: 'conversations.json', data: JSON.stringify(chatGptConversations) },
    ])
    const created = await call('POST', '/v1/imports/uploads', team, {
      source: 'chatgpt',
      filename: 'chatgpt-export.zip',
      size: archive.byteLength,
      contentType: 'application/zip',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.import.status).toBe('uploading')
    const early = await call('POST', `/v1/imports/${created.body.import.id}/start`, team)
    expect(early.status).toBe(409)

    const { url, method, headers } = created.body.upload
    const put = await fetch(url, { method, headers, body: archive })
    expect(put.status).toBe(200)
    const started = await call('POST', `/v1/imports/${created.body.import.id}/start`, team)
    expect(started.status).toBe(202)

    const done = await eventually(async () => {
      const { body } = await call('GET', `/v1/imports/${created.body.import.id}`, team)
      return body.status === 'succeeded' || body.status === 'failed' ? body : undefined
    })
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: { done: 2, total: 2 },
      report: { conversations: 2, messages: 6, skipped: [{ title: 'Empty chat' }] },
    })
    expect((await transcripts(team)).map((c) => c.title)).toEqual([
      'Sourdough starter',
      'Trip to Lisbon',
    ])
  })

  it('fails an upload that is not an export with a reason a user can act on', async () => {
    const team = (await call('POST', '/v1/workspaces', personal, { name: 'Bad file team' })).body.id
    const bytes = new TextEncoder().encode('{"not": "an export"}')
    const created = await call('POST', '/v1/imports/uploads', team, {
      source: 'claude',
      filename: 'conversations.json',
      size: bytes.byteLength,
      contentType: 'application/json',
    })
    const { url, method, headers } = created.body.upload
    expect((await fetch(url, { method, headers, body: bytes })).status).toBe(200)
    await call('POST', `/v1/imports/${created.body.import.id}/start`, team)
    const done = await eventually(async () => {
      const { body } = await call('GET', `/v1/imports/${created.body.import.id}`, team)
      return body.status === 'succeeded' || body.status === 'failed' ? body : undefined
    })
    expect(done.status).toBe('failed')
    expect(done.error).toMatch(/Claude/)
  })
})
