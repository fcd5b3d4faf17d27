import { type HttpConfig, runImport, zipStore } from '@chatter/core'
import type { InMemoryBlobs, InMemoryQueue } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { chatGptConversations } from '../../../../tests/support/import-fixtures'
import { zipDeflate } from '../../../../tests/support/zip-deflate'
import { createApp } from '../app'
import { bodyOf, inWorkspace, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'
import { importJobPorts } from './imports'

async function setup() {
  const config: HttpConfig = { CORS_ORIGINS: [], MAX_BODY_BYTES: 64 * 1024, LOG_LEVEL: 'SILENT' }
  const deps = testDependencies({ config })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const member = await signedInUser(deps)
  await join(deps, team, member, 'member')
  const viewer = await signedInUser(deps)
  await join(deps, team, viewer, 'viewer')
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
  const run = (importId: string) =>
    runImport(importJobPorts(deps), { workspaceId: team.id, importId })
  const queue = deps.knowledge.queue as InMemoryQueue
  const blobs = deps.knowledge.blobs as InMemoryBlobs
  return { deps, owner, member, viewer, team, call, run, queue, blobs }
}

/** A ChatGPT export archive as downloaded: deflated entries, conversations.json among them. */
const chatGptZip = (conversations: unknown) =>
  zipDeflate([
    { name: 'user.json', data: '{"email":"a@example.com"}' },
    { name: 'conversations.json', data: JSON.stringify(conversations) },
  ])

describe('/v1/imports/uploads', () => {
  it('signs an upload, starts it (202) and imports the archive in the background', async () => {
    const t = await setup()
    const file = chatGptZip(chatGptConversations)
    const created = await t.call(t.member.headers, 'POST', '/imports/uploads', {
      source: 'chatgpt',
      filename: 'chatgpt-export.zip',
      size: file.length,
      contentType: 'application/zip',
    })
    expect(created.status).toBe(201)
    expect(created.body.import).toMatchObject({
      id: expect.stringMatching(/^imp_/),
      source: 'chatgpt',
      status: 'uploading',
      kind: 'zip',
      progress: { done: 0, total: 0 },
    })
    expect(created.body.upload).toMatchObject({
      method: 'PUT',
      headers: { 'content-type': 'application/zip', 'content-length': String(file.length) },
    })
    const id = created.body.import.id as string
    // Not uploaded yet: starting is a conflict the user can act on.
    const early = await t.call(t.member.headers, 'POST', `/imports/${id}/start`)
    expect(early.status).toBe(409)
    await t.blobs.put(`imports/${t.team.id}/${id}`, file)
    const started = await t.call(t.member.headers, 'POST', `/imports/${id}/start`)
    expect(started.status).toBe(202)
    expect(started.body.status).toBe('queued')
    expect(t.queue.sent).toContainEqual({
      kind: 'import.run',
      workspaceId: t.team.id,
      importId: id,
    })
    // Starting again queues nothing more.
    await t.call(t.member.headers, 'POST', `/imports/${id}/start`)
    expect(t.queue.sent.filter((m) => (m as { kind: string }).kind === 'import.run')).toHaveLength(
      1,
    )

    await t.run(id)
    const done = await t.call(t.member.headers, 'GET', `/imports/${id}`)
    expect(done.body).toMatchObject({
      status: 'succeeded',
      progress: { done: 2, total: 2 },
      report: { conversations: 2, messages: 6, skipped: [{ title: 'Empty chat' }] },
    })
    const mine = await t.call(t.member.headers, 'GET', '/conversations')
    expect(mine.body.items.map((c: { title: string }) => c.title).sort()).toEqual(
      expect.arrayContaining(['Sourdough starter']),
    )
    // A redelivered message changes nothing: still two conversations.
    await t.run(id)
    const again = await t.call(t.member.headers, 'GET', '/conversations')
    expect(again.body.items).toHaveLength(mine.body.items.length)
    // The file is gone once imported.
    expect(await t.blobs.exists(`imports/${t.team.id}/${id}`)).toBe(false)
    const list = await t.call(t.member.headers, 'GET', '/imports')
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([id])
    // Another member does not see it.
    expect((await t.call(t.owner.headers, 'GET', `/imports/${id}`)).status).toBe(404)
    expect((await t.call(t.owner.headers, 'GET', '/imports')).body.items).toEqual([])
  })

  it('fails with a reason the user can act on', async () => {
    const t = await setup()
    const cases = [
      { filename: 'x.json', bytes: 'not json{', error: /not JSON/ },
      {
        filename: 'x.zip',
        bytes: zipStore([{ name: 'user.json', data: '{}' }]),
        error: /No conversations\.json/,
      },
      { filename: 'x.json', bytes: '[{"chat_messages":[]}]', error: /looks like a Claude export/ },
    ]
    for (const c of cases) {
      const bytes = typeof c.bytes === 'string' ? new TextEncoder().encode(c.bytes) : c.bytes
      const created = await t.call(t.member.headers, 'POST', '/imports/uploads', {
        source: 'chatgpt',
        filename: c.filename,
        size: bytes.length,
        contentType: 'application/octet-stream',
      })
      const id = created.body.import.id as string
      await t.blobs.put(`imports/${t.team.id}/${id}`, bytes)
      await t.call(t.member.headers, 'POST', `/imports/${id}/start`)
      await t.run(id)
      const job = await t.call(t.member.headers, 'GET', `/imports/${id}`)
      expect(job.body.status).toBe('failed')
      expect(job.body.error).toMatch(c.error)
    }
  })

  it('refuses other files, too large ones and readers', async () => {
    const t = await setup()
    const body = {
      source: 'claude',
      filename: 'export.zip',
      size: 10,
      contentType: 'application/zip',
    }
    const pdf = await t.call(t.member.headers, 'POST', '/imports/uploads', {
      ...body,
      filename: 'export.pdf',
    })
    expect(pdf.status).toBe(422)
    const large = await t.call(t.member.headers, 'POST', '/imports/uploads', {
      ...body,
      size: 262_144_001,
    })
    expect(large.status).toBe(413)
    expect(large.body.detail).toMatch(/250 MiB/)
    expect((await t.call(t.viewer.headers, 'POST', '/imports/uploads', body)).status).toBe(403)
  })
})
