// Issue 7 end to end on the local stack: workflows compiled to ASL and run by the local Step
// Functions runner, every Task through the same workflow-step handler as Lambda, the state in
// DynamoDB Local. A template run directly over an uploaded document; a saved workflow started
// by `document.ready`; an approval that waits until approved through the API; a failing node
// retried and then caught; a cancelled execution.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let token: string

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
type Body = Record<string, any>

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: (text ? JSON.parse(text) : {}) as Body,
    text,
  }
}

/** Polls a path until `done` holds for its body. */
async function until(path: string, done: (body: Body) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { status, body } = await call('GET', path)
    expect(status).toBe(200)
    if (done(body)) return body
    if (Date.now() > deadline) throw new Error(`${path} never got there: ${JSON.stringify(body)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const ended = (body: Body) => body.status !== 'RUNNING'

async function createWorkflow(definition: Body) {
  const created = await call('POST', '/v1/workflows', { definition })
  expect(created.status, created.text).toBe(201)
  return created.body
}

async function uploadText(filename: string, text: string, tags: string[]) {
  const bytes = new TextEncoder().encode(text)
  const created = await call('POST', '/v1/documents', {
    filename,
    contentType: 'text/plain',
    size: bytes.byteLength,
    tags,
  })
  expect(created.status, created.text).toBe(201)
  const { document, upload } = created.body
  const put = await fetch(upload.url, {
    method: upload.method,
    headers: upload.headers,
    body: bytes,
  })
  expect(put.status).toBe(200)
  return until(`/v1/documents/${document.id}`, (body) => body.status === 'ready')
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-workflows-'))
  stack = await startTestStack(dataDir)
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'flows@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as Body).accessToken
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('workflows on the local stack', () => {
  let onboarding: Body
  let document: Body

  it('starts a workflow subscribed to document.ready when a tagged document becomes ready', async () => {
    onboarding = await createWorkflow({
      name: 'Brief new documents',
      inputSchema: {
        type: 'object',
        properties: { documentId: { type: 'string' } },
        required: ['documentId'],
      },
      triggers: [{ type: 'event', event: 'document.ready', tags: ['inbox'] }],
      nodes: [
        {
          id: 'passages',
          type: 'retrieval',
          config: { query: 'main points', topK: 5, documentIdsFrom: '$.input.documentId' },
        },
        {
          id: 'brief',
          type: 'llm',
          config: { prompt: 'Brief this document:\n{{ $.nodes.passages.text }}' },
        },
      ],
      edges: [{ from: 'passages', to: 'brief' }],
    })
    await uploadText('untagged.txt', 'Nothing to see here.', [])
    document = await uploadText(
      'refunds.txt',
      'Refunds are paid within 14 days of a return. Shipping takes 3 days.',
      ['inbox'],
    )

    const page = await until(
      `/v1/workflows/${onboarding.id}/executions`,
      (body) => body.items.length > 0 && body.items.every(ended),
    )
    // The untagged document started nothing.
    expect(page.items).toHaveLength(1)
    const execution = await call('GET', `/v1/workflows/executions/${page.items[0].id}`)
    expect(execution.body).toMatchObject({
      status: 'SUCCEEDED',
      workflowId: onboarding.id,
      workflowVersion: 1,
      trigger: { type: 'event', event: 'document.ready', documentId: document.id },
      input: { documentId: document.id, filename: 'refunds.txt', tags: ['inbox'] },
    })
    const hits = execution.body.output.passages.hits as Body[]
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((hit) => hit.documentId === document.id)).toBe(true)
    expect(execution.body.output.brief.text.length).toBeGreaterThan(0)
  })

  it('runs a built-in template directly, reporting node outputs, durations, tokens and cost', async () => {
    const started = await call('POST', '/v1/workflows/templates/summarize-document/executions', {
      input: { documentId: document.id, focus: 'refunds' },
    })
    expect(started.status, started.text).toBe(202)
    expect(started.body).toMatchObject({ status: 'RUNNING', templateId: 'summarize-document' })

    const done = await until(started.location as string, ended)
    expect(done.status, JSON.stringify(done)).toBe('SUCCEEDED')
    expect(done.nodes.map((run: Body) => [run.nodeId, run.status])).toEqual([
      ['passages', 'succeeded'],
      ['summary', 'succeeded'],
    ])
    for (const run of done.nodes) expect(run.durationMs).toBeGreaterThanOrEqual(0)
    expect(done.nodes[1].usage).toMatchObject({ modelId: 'local' })
    expect(done.tokens.total).toBeGreaterThan(0)
    expect(done.costUsd).toBe(0)
    expect(done.output.summary.text).toBe(done.nodes[1].output.text)

    const refused = await call('POST', '/v1/workflows/templates/summarize-document/executions', {
      input: { focus: 'no document' },
    })
    expect(refused.status).toBe(422)
    expect(refused.body.errors[0].path).toBe('json.input.documentId')
  })

  it('waits at an approval node until it is approved through the API', async () => {
    const workflow = await createWorkflow({
      name: 'Publish with sign-off',
      nodes: [
        { id: 'draft', type: 'transform', config: { set: { text: 'Hello {{ $.input.who }}' } } },
        {
          id: 'sign_off',
          type: 'approval',
          config: { message: 'Publish "{{ $.nodes.draft.text }}"?', timeoutSeconds: 600 },
        },
        { id: 'publish', type: 'transform', config: { set: { published: '$.nodes.draft.text' } } },
      ],
      edges: [
        { from: 'draft', to: 'sign_off' },
        { from: 'sign_off', to: 'publish' },
      ],
    })
    const started = await call('POST', `/v1/workflows/${workflow.id}/executions`, {
      input: { who: 'world' },
    })
    expect(started.status, started.text).toBe(202)
    const path = started.location as string

    const waiting = await until(path, (body) => body.approvals.length > 0)
    expect(waiting.approvals).toEqual([
      expect.objectContaining({
        nodeId: 'sign_off',
        status: 'pending',
        message: 'Publish "Hello world"?',
      }),
    ])
    // It keeps waiting: nothing after the approval runs until someone decides.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const still = await call('GET', path)
    expect(still.body.status).toBe('RUNNING')
    expect(still.body.nodes.map((run: Body) => run.nodeId)).toEqual(['draft', 'sign_off'])

    const approved = await call('POST', `${path}/approve`, { comment: 'Looks good' })
    expect(approved.status, approved.text).toBe(200)
    const done = await until(path, ended)
    expect(done.status).toBe('SUCCEEDED')
    expect(done.output.sign_off).toMatchObject({ approved: true, comment: 'Looks good' })
    expect(done.output.publish).toEqual({ published: 'Hello world' })
    expect(done.approvals[0]).toMatchObject({ status: 'approved', comment: 'Looks good' })
    expect((await call('POST', `${path}/approve`, {})).status).toBe(409)
  })

  it('a rejected approval takes the node’s onError path', async () => {
    const workflow = await createWorkflow({
      name: 'Reject path',
      nodes: [
        {
          id: 'sign_off',
          type: 'approval',
          config: { message: 'Go?', timeoutSeconds: 600 },
          onError: 'rejected',
        },
        { id: 'go', type: 'transform', config: { set: { went: 'yes' } } },
        { id: 'rejected', type: 'transform', config: { set: { why: '$.errors.sign_off.Cause' } } },
      ],
      edges: [{ from: 'sign_off', to: 'go' }],
    })
    const started = await call('POST', `/v1/workflows/${workflow.id}/executions`, { input: {} })
    await until(started.location as string, (body) => body.approvals.length > 0)
    const rejected = await call('POST', `${started.location}/approve`, {
      approved: false,
      comment: 'Not today',
    })
    expect(rejected.status, rejected.text).toBe(200)

    const done = await until(started.location as string, ended)
    expect(done.status).toBe('SUCCEEDED')
    expect(done.output).not.toHaveProperty('go')
    expect(done.output.rejected).toEqual({ why: 'Not today' })
  })

  it('retries a failing node, then takes its Catch path; the runs show every attempt', async () => {
    const workflow = await createWorkflow({
      name: 'Retry then fall back',
      nodes: [
        {
          id: 'compute',
          type: 'tool',
          config: { tool: 'calculator', arguments: { expression: '{{ $.input.expression }}' } },
          retry: { maxAttempts: 1, intervalSeconds: 1, backoffRate: 1 },
          onError: 'fallback',
        },
        { id: 'fallback', type: 'transform', config: { set: { answer: 'unknown' } } },
      ],
    })
    const started = await call('POST', `/v1/workflows/${workflow.id}/executions`, {
      input: { expression: '1 +' },
    })
    // Its end is recorded when it happens (the status-change event), not when someone reads it.
    const { workspaceId, id } = started.body
    await expect
      .poll(async () => (await stack.stores.workflowExecutions.get(workspaceId, id))?.status, {
        timeout: 15_000,
      })
      .toBe('SUCCEEDED')
    const done = (await call('GET', started.location as string)).body

    expect(done.status, JSON.stringify(done)).toBe('SUCCEEDED')
    expect(done.nodes.map((run: Body) => [run.nodeId, run.status])).toEqual([
      ['compute', 'failed'],
      ['compute', 'failed'],
      ['fallback', 'succeeded'],
    ])
    expect(done.nodes[0].error.name).toBe('ToolCallFailed')
    expect(done.output.fallback).toEqual({ answer: 'unknown' })
  })

  it('cancels a running execution', async () => {
    const workflow = await createWorkflow({
      name: 'Slow',
      nodes: [{ id: 'pause', type: 'wait', config: { seconds: 600 } }],
    })
    const started = await call('POST', `/v1/workflows/${workflow.id}/executions`, { input: {} })
    const cancelled = await call('POST', `${started.location}/cancel`)

    expect(cancelled.status, cancelled.text).toBe(200)
    expect(cancelled.body).toMatchObject({ status: 'ABORTED', error: 'Workflow.Cancelled' })
    expect((await call('GET', started.location as string)).body.status).toBe('ABORTED')
    const list = await call(
      'GET',
      `/v1/workflows/executions?workflowId=${workflow.id}&status=ABORTED`,
    )
    expect(list.body.items.map((item: Body) => item.id)).toEqual([started.body.id])
  })
})
