// Issue 8 (retention and account deletion) end to end on the local stack: a workspace's retention
// policy purges the document and the conversation older than its cutoff (the document's file,
// chunks and vectors with it) and keeps the recent ones; then a user deletes their account with
// `DELETE /v1/me`, the account-deletion state machine runs on the local Step Functions runner,
// and afterwards they cannot sign in, their personal workspace is gone, and the shared workspace
// they were a member of keeps its owner and other members, with an anonymised audit record.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HeadObjectCommand } from '@aws-sdk/client-s3'
import { createTable } from '@chatter/aws'
import type { LocalStack } from '@chatter/local'
import { documentsBucket } from '@chatter/resources'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
type Body = Record<string, any>
interface Caller {
  token: string
  workspaceId: string
  userId: string
}

const dayMs = 86_400_000
const password = 'a long enough passphrase'

async function call(
  caller: Caller | undefined,
  method: string,
  path: string,
  body?: unknown,
  workspaceId = caller?.workspaceId,
) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(caller ? { authorization: `Bearer ${caller.token}` } : {}),
      ...(workspaceId ? { 'x-workspace-id': workspaceId } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body, text }
}

async function register(email: string): Promise<Caller> {
  const registered = await call(undefined, 'POST', '/v1/auth/register', { email, password })
  expect(registered.status, registered.text).toBe(201)
  const token = registered.body.accessToken as string
  const me = await call({ token, workspaceId: '', userId: '' }, 'GET', '/v1/me')
  return { token, workspaceId: me.body.workspaces[0].id, userId: me.body.user.id }
}

/** Uploads a small Markdown file through its presigned URL and waits for it to be ready. */
async function uploadReady(caller: Caller, filename: string, text: string): Promise<Body> {
  const bytes = new TextEncoder().encode(text)
  const created = await call(caller, 'POST', '/v1/documents', {
    filename,
    contentType: 'text/markdown',
    size: bytes.byteLength,
  })
  expect(created.status, created.text).toBe(201)
  const { document, upload } = created.body
  const put = await fetch(upload.url, {
    method: upload.method,
    headers: upload.headers,
    body: bytes,
  })
  expect(put.status, await put.text()).toBe(200)
  const deadline = Date.now() + 60_000
  for (;;) {
    const { body } = await call(caller, 'GET', `/v1/documents/${document.id}`)
    if (!['uploading', 'processing'].includes(body.status)) {
      expect(body.status, body.error).toBe('ready')
      return body
    }
    if (Date.now() > deadline) throw new Error(`document ${document.id} stuck in ${body.status}`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
}

/** A conversation with one question and the local model's answer. */
async function converse(caller: Caller, question: string, workspaceId = caller.workspaceId) {
  const created = await call(caller, 'POST', '/v1/conversations', {}, workspaceId)
  expect(created.status, created.text).toBe(201)
  const id = created.body.id as string
  const answer = await fetch(`${stack.url}/v1/conversations/${id}/messages`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${caller.token}`,
      'content-type': 'application/json',
      'x-workspace-id': workspaceId,
      accept: 'text/event-stream',
    },
    body: JSON.stringify({ content: question }),
  })
  expect(answer.status).toBe(200)
  await answer.text()
  return id
}

/** Moves items into the past, as if they had been made `days` ago (index keys follow). */
function backdate() {
  const table = createTable(stack.services.clients.dynamodb.document, stack.endpoints.table)
  return {
    async document(workspaceId: string, id: string, at: string) {
      const { data } = await table.entities.document.get({ workspaceId, id }).go()
      if (!data) throw new Error(`no document ${id}`)
      await table.entities.document.put({ ...data, createdAt: at }).go()
    },
    async conversation(workspaceId: string, id: string, at: string) {
      const { data } = await table.entities.conversation.get({ workspaceId, id }).go()
      if (!data) throw new Error(`no conversation ${id}`)
      await table.entities.conversation
        .put({ ...data, createdAt: at, lastActivityAt: at, updatedAt: at })
        .go()
    },
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-retention-'))
  stack = await startTestStack(dataDir, {
    rateLimitPolicies: {
      default: { limit: 100_000, windowSeconds: 60, burst: 10_000, onContention: 'open' },
    },
  })
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('retention and account deletion on the local stack', () => {
  it('purges the document and conversation older than the policy, and keeps the recent ones', async () => {
    const ada = await register('ada@example.com')
    const { workspaceId } = ada
    const policy = await call(ada, 'PUT', `/v1/workspaces/${workspaceId}/retention`, {
      conversationsDays: 30,
      documentsDays: 30,
    })
    expect(policy.status, policy.text).toBe(200)
    expect(policy.body).toMatchObject({ conversationsDays: 30, documentsDays: 30, auditDays: null })

    const old = await uploadReady(
      ada,
      'old-minutes.md',
      '# Minutes\n\nThe lighthouse keeper logs the fog horn tests every Monday.\n',
    )
    const recent = await uploadReady(
      ada,
      'recent-minutes.md',
      '# Minutes\n\nThe bakery opens at six and sells rye bread until noon.\n',
    )
    const oldConversation = await converse(ada, 'What did we decide last winter?')
    const recentConversation = await converse(ada, 'What did we decide today?')
    const longAgo = new Date(Date.now() - 90 * dayMs).toISOString()
    await backdate().document(workspaceId, old.id, longAgo)
    await backdate().conversation(workspaceId, oldConversation, longAgo)
    expect((await call(ada, 'GET', `/v1/documents/${old.id}`)).body.createdAt).toBe(longAgo)

    // The view does not show where the file is stored; the record does.
    const blobKeyOf = async (id: string) =>
      (await stack.stores.documents.get(workspaceId, id))?.blobKey as string
    const oldKey = await blobKeyOf(old.id)
    const recentKey = await blobKeyOf(recent.id)
    const head = (key: string) =>
      stack.services.clients.s3.send(
        new HeadObjectCommand({ Bucket: documentsBucket.localName, Key: key }),
      )
    await expect(head(oldKey)).resolves.toBeDefined()
    const chunksOf = (id: string) =>
      stack.stores.documents.listChunks(workspaceId, id, { limit: 100 })
    const [probe] = await stack.adapters.embedder.embed(['minutes'])
    const vectorsOf = (documentId: string) =>
      stack.adapters.vectors.query(workspaceId, {
        vector: probe as number[],
        topK: 100,
        filter: { documentId },
      })
    expect((await chunksOf(old.id)).length).toBe(old.chunkCount)
    expect((await vectorsOf(old.id)).length).toBe(old.chunkCount)

    const run = await call(ada, 'POST', `/v1/workspaces/${workspaceId}/retention/run`)
    expect(run.status, run.text).toBe(202)
    expect(run.body).toEqual({
      workspaceId,
      conversations: 1,
      messages: 2,
      documents: 1,
      auditEvents: 0,
      complete: true,
    })

    // The old document is gone with its file, chunks and vectors; the recent one stays.
    expect((await call(ada, 'GET', `/v1/documents/${old.id}`)).status).toBe(404)
    expect((await call(ada, 'GET', `/v1/documents/${recent.id}`)).body.status).toBe('ready')
    expect(await chunksOf(old.id)).toEqual([])
    expect((await chunksOf(recent.id)).length).toBe(recent.chunkCount)
    expect(await vectorsOf(old.id)).toEqual([])
    expect((await vectorsOf(recent.id)).length).toBe(recent.chunkCount)
    await expect(head(oldKey)).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } })
    await expect(head(recentKey)).resolves.toBeDefined()

    // The old conversation is gone with its messages; the recent one stays.
    expect((await call(ada, 'GET', `/v1/conversations/${oldConversation}`)).status).toBe(404)
    const messages = await stack.stores.messages.list(
      workspaceId,
      oldConversation,
      { limit: 10 },
      'asc',
    )
    expect(messages.items).toEqual([])
    const kept = await call(ada, 'GET', `/v1/conversations/${recentConversation}`)
    expect(kept.body.messages).toHaveLength(2)

    // The purge is recorded, and a second run finds nothing more.
    const audit = await call(ada, 'GET', '/v1/audit-events?action=retention.purged')
    expect(audit.body.items).toHaveLength(1)
    expect(audit.body.items[0].details).toMatchObject({ conversations: 1, documents: 1 })
    const again = await call(ada, 'POST', `/v1/workspaces/${workspaceId}/retention/run`)
    expect(again.body).toMatchObject({ conversations: 0, documents: 0, complete: true })
  }, 90_000)

  it('deletes an account through the state machine, leaving the shared workspace to its owner', async () => {
    const owner = await register('owner@example.com')
    const bob = await register('bob@example.com')
    const carol = await register('carol@example.com')
    const team = await call(owner, 'POST', '/v1/workspaces', { name: 'Team' })
    expect(team.status, team.text).toBe(201)
    const teamId = team.body.id as string
    for (const [member, email] of [
      [bob, 'bob@example.com'],
      [carol, 'carol@example.com'],
    ] as const) {
      const invited = await call(owner, 'POST', `/v1/workspaces/${teamId}/invitations`, {
        email,
        role: 'member',
      })
      expect(invited.status, invited.text).toBe(201)
      const accepted = await call(member, 'POST', `/v1/invitations/${invited.body.id}/accept`)
      expect(accepted.status, accepted.text).toBe(200)
    }
    // Bob's private conversation in the team goes with him; his personal workspace too.
    const bobsConversation = await converse(bob, 'A note only for me.', teamId)
    await uploadReady(bob, 'bob-notes.md', '# Notes\n\nBob keeps his bicycle in the cellar.\n')

    const wrong = await call(bob, 'DELETE', '/v1/me', { password: 'not my password' })
    expect(wrong.status).toBe(403)
    const deleted = await call(bob, 'DELETE', '/v1/me', { password })
    expect(deleted.status, deleted.text).toBe(202)
    const { job } = deleted.body
    expect(job.status).toBe('RUNNING')

    const execution = await stack.adapters.stepFunctions.settled(job.executionArn)
    expect(execution.status, JSON.stringify(execution)).toBe('SUCCEEDED')

    // Bob cannot sign in any more, and his personal workspace is gone.
    const login = await call(undefined, 'POST', '/v1/auth/login', {
      email: 'bob@example.com',
      password,
    })
    expect(login.status).toBe(401)
    expect(await stack.stores.users.getById(bob.userId)).toBeUndefined()
    expect(await stack.stores.workspaces.get(bob.workspaceId)).toBeUndefined()

    // The team keeps its owner and Carol; Bob's private conversation there is gone.
    const members = await call(owner, 'GET', `/v1/workspaces/${teamId}/members`)
    expect(members.body.items.map((m: Body) => [m.email, m.role]).sort()).toEqual([
      ['carol@example.com', 'member'],
      ['owner@example.com', 'owner'],
    ])
    expect(await stack.stores.conversations.get(teamId, bobsConversation)).toBeUndefined()
    expect((await call(owner, 'GET', `/v1/workspaces/${teamId}`, undefined, teamId)).status).toBe(
      200,
    )

    // The team's audit log says an account was deleted, without naming whose.
    const audit = await call(
      owner,
      'GET',
      '/v1/audit-events?action=account.deleted',
      undefined,
      teamId,
    )
    expect(audit.status, audit.text).toBe(200)
    expect(audit.body.items).toHaveLength(1)
    const [event] = audit.body.items
    expect(event.actor.label).toMatch(/^deleted user [0-9a-f]{12}$/)
    expect(JSON.stringify(event)).not.toContain('bob@example.com')
    expect(JSON.stringify(event)).not.toContain(bob.userId)
  }, 120_000)
})
