// Usage analytics end to end on the local server: two answers of the real local model, counted
// by the usage subscriber into DynamoDB Local as they are given, then read back by day.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let token: string

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  // biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-analytics-'))
  stack = await startTestStack(dataDir)
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'counts@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as { accessToken: string }).accessToken
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('usage analytics on the local server', () => {
  it('counts two answers: messages, tokens, one active user and latency percentiles', async () => {
    const conversation = (await call('POST', '/v1/conversations', {})).body
    let input = 0
    let output = 0
    for (const content of ['What can you do?', 'And what can you not do?']) {
      const answer = await call('POST', `/v1/conversations/${conversation.id}/messages`, {
        content,
      })
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      input += answer.body.assistantMessage.usage.inputTokens
      output += answer.body.assistantMessage.usage.outputTokens
    }
    expect(output).toBeGreaterThan(0)

    const { status, body } = await call('GET', '/v1/analytics/usage?range=7d')
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.buckets).toHaveLength(7)
    const today = new Date().toISOString().slice(0, 10)
    expect(body.buckets.at(-1).from).toBe(today)
    expect(body.totals).toMatchObject({
      conversations: 1,
      messages: 2,
      activeUsers: 1,
      tokens: { input, output },
      byModel: { local: { messages: 2, tokens: { input, output } } },
    })
    expect(body.totals.latency.p50).toEqual(expect.any(Number))
    expect(body.totals.latency.p99).toBeGreaterThanOrEqual(body.totals.latency.p50)
    expect(body.totals.timeToFirstToken.p50).toEqual(expect.any(Number))
    // The days before had nothing, and show it.
    expect(body.buckets.slice(0, 6).every((b: { messages: number }) => b.messages === 0)).toBe(true)
  })
})
