import { type HttpConfig, runExport, unzipStore } from '@chatter/core'
import type { InMemoryBlobs, InMemoryQueue } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import {
  chatGptConversations,
  claudeConversations,
} from '../../../../tests/support/import-fixtures'
import { createApp } from '../app'
import { bodyOf, inWorkspace, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'
import { exportPorts } from './exports'

async function setup() {
  // Room for the import fixtures (the default test limit is 1 KB; the real default is 1 MiB).
  const config: HttpConfig = { CORS_ORIGINS: [], MAX_BODY_BYTES: 64 * 1024, LOG_LEVEL: 'SILENT' }
  const deps = testDependencies({ config })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const member = await signedInUser(deps)
  await join(deps, team, member, 'member')
  const call = async (
    who: Record<string, string>,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const response = await app.request(`/v1${path}`, {
      method,
      headers: inWorkspace(who, team.id),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, body: await bodyOf(response) }
  }
  const run = (exportId: string) => runExport(exportPorts(deps), { workspaceId: team.id, exportId })
  const queue = deps.knowledge.queue as InMemoryQueue
  const blobs = deps.knowledge.blobs as InMemoryBlobs
  return { deps, owner, member, team, call, run, queue, blobs }
}

describe('/v1/exports', () => {
  it('queues an export (202), then shows its progress and a download link', async () => {
    const t = await setup()
    const imported = await t.call(t.owner.headers, 'POST', '/imports', {
      source: 'claude',
      data: claudeConversations,
    })
    expect(imported.status).toBe(201)
    const started = await t.call(t.owner.headers, 'POST', '/exports', {
      scope: 'workspace',
      format: 'json',
    })
    expect(started.status).toBe(202)
    expect(started.body).toEqual({
      id: expect.stringMatching(/^exp_/),
      status: 'queued',
      progress: { done: 0, total: 11 },
      format: 'json',
      scope: 'workspace',
      createdAt: expect.any(String),
    })
    expect(t.queue.sent).toEqual([
      { kind: 'export.run', workspaceId: t.team.id, exportId: started.body.id },
    ])
    await t.run(started.body.id)
    const read = await t.call(t.owner.headers, 'GET', `/exports/${started.body.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      status: 'succeeded',
      progress: { done: 11, total: 11 },
      counts: { conversations: 1, messages: 4, members: 2 },
      download: { url: expect.stringContaining('exports'), expiresAt: expect.any(String) },
    })
    expect(read.body).not.toHaveProperty('blobKey')
    const archive = t.blobs.objects.get(`exports/${t.team.id}/${started.body.id}.zip`)
    const files = unzipStore(archive?.body as Uint8Array)
    const messages = JSON.parse(new TextDecoder().decode(files.get('messages.json')))
    expect(messages.map((m: { content: string }) => m.content)[0]).toBe(
      'Write a haiku about autumn, please.',
    )
    const list = await t.call(t.owner.headers, 'GET', '/exports')
    expect(list.body.items.map((job: { id: string }) => job.id)).toEqual([started.body.id])
  })

  it('refuses a workspace export to a member (403) and lets them export their own', async () => {
    const t = await setup()
    const refused = await t.call(t.member.headers, 'POST', '/exports', {
      scope: 'workspace',
      format: 'csv',
    })
    expect(refused.status).toBe(403)
    expect(t.queue.sent).toEqual([])
    const mine = await t.call(t.member.headers, 'POST', '/exports', { scope: 'me', format: 'csv' })
    expect(mine.status).toBe(202)
    // Conversations, messages, preferences.
    expect(mine.body.progress.total).toBe(3)
    // Not the owner's to see.
    expect((await t.call(t.owner.headers, 'GET', `/exports/${mine.body.id}`)).status).toBe(404)
  })

  it('answers 422 with the field for an unknown scope or format', async () => {
    const t = await setup()
    const bad = await t.call(t.owner.headers, 'POST', '/exports', { scope: 'all', format: 'xml' })
    expect(bad.status).toBe(422)
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'json.format',
      'json.scope',
    ])
  })
})

describe('/v1/imports', () => {
  it('imports a ChatGPT export as the caller’s conversations, with a report', async () => {
    const t = await setup()
    const imported = await t.call(t.member.headers, 'POST', '/imports', {
      source: 'chatgpt',
      data: chatGptConversations,
    })
    expect(imported.status).toBe(201)
    expect(imported.body).toEqual({
      id: expect.stringMatching(/^imp_/),
      source: 'chatgpt',
      conversations: 2,
      messages: 6,
      conversationIds: [expect.any(String), expect.any(String)],
      skipped: [{ title: 'Empty chat', reason: 'No user or assistant messages.' }],
    })
    const list = await t.call(t.member.headers, 'GET', '/conversations')
    expect(list.body.items.map((c: { title: string }) => c.title)).toEqual([
      'Trip to Lisbon',
      'Sourdough starter',
    ])
    // The edited first question is kept as a second branch at the root.
    const [first] = imported.body.conversationIds
    const roots = await t.deps.messages.children(t.team.id, first, null)
    expect(roots.map((m) => m.content)).toEqual([
      'How do I start a sourdough starter?',
      'How do I start a rye sourdough starter, "quickly"?',
    ])
  })

  it('answers 413 for a file over the body limit and 422 for an unknown source', async () => {
    const t = await setup()
    const big = await t.call(t.member.headers, 'POST', '/imports', {
      source: 'claude',
      data: [{ name: 'x'.repeat(70 * 1024), chat_messages: [] }],
    })
    expect(big.status).toBe(413)
    const bad = await t.call(t.member.headers, 'POST', '/imports', { source: 'bard', data: [] })
    expect(bad.status).toBe(422)
    expect(bad.body.errors[0].path).toBe('json.source')
  })
})
