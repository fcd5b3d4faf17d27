// Faults: DynamoDB throttling and conditional failures, end to end on the local server with
// DynamoDB Local. Throttling is injected as DynamoDB's own error response under the SDK's
// deserializer (support/dynamodb-faults.ts), so the SDK's retry strategy is what is tested.
// Repository-level twins: tests/integration/dynamodb.test.ts (conditional writes, cancelled
// transactions) and packages/api/src/routes/prompts.test.ts (expectedVersion, in memory).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'
import { injectDynamoDbFaults, writeOperations } from './support/dynamodb-faults'
import { type Body, registerUser, type StackUser } from './support/stack-client'

let stack: LocalStack
let dataDir: string
let user: StackUser
let faults: ReturnType<typeof injectDynamoDbFaults>

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-faults-dynamodb-'))
  stack = await startTestStack(dataDir)
  faults = injectDynamoDbFaults(stack.services.clients.dynamodb.client)
  user = await registerUser(stack.url, 'dynamo-faults@example.com')
}, 60_000)
afterEach(() => faults.clear())
afterAll(async () => {
  await stack?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

/** A 5xx the way a client must see it: problem+json, generic, nothing about the internals. */
function expectCleanServerError(response: { status: number; body: Body }) {
  expect([500, 503]).toContain(response.status)
  expect(response.body).toMatchObject({ status: response.status, type: expect.any(String) })
  expect(JSON.stringify(response.body)).not.toMatch(
    /Throughput|Throttl|DynamoDB|dynamodb|\.ts:\d+|\.js:\d+|\bat \w|chatter-table/,
  )
}

const register = (email: string) =>
  fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long enough passphrase' }),
  })

describe('DynamoDB throttling', () => {
  it('is retried by the SDK: a throttled request still succeeds, once', async () => {
    faults.throttle(2)
    const created = await user.call('POST', '/v1/conversations', { title: 'Throttled once' })
    expect(created.status).toBe(201)
    expect(faults.throttled).toHaveLength(2)

    faults.throttle(2, ['Query'])
    const listed = await user.call('GET', '/v1/conversations')
    expect(listed.status).toBe(200)
    const titles = listed.body.items.map((c: Body) => c.title)
    expect(titles.filter((t: string) => t === 'Throttled once')).toHaveLength(1)
  })

  it('answers a clean 5xx when throttling outlasts the retries, and writes nothing', async () => {
    faults.throttle(1_000, writeOperations)
    const refused = await user.call('POST', '/v1/prompts', {
      name: 'Never saved',
      template: 'Summarise the text.',
    })
    expectCleanServerError(refused)
    faults.clear()
    const prompts = await user.call('GET', '/v1/prompts')
    expect(prompts.body.items).toEqual([])

    // A sign-up that failed half-way leaves no account behind to block the address.
    faults.throttle(1_000, ['TransactWriteItems', 'PutItem'])
    const failed = await register('throttled@example.com')
    expectCleanServerError({ status: failed.status, body: (await failed.json()) as Body })
    faults.clear()
    expect((await register('throttled@example.com')).status).toBe(201)
  })
})

describe('conditional failures', () => {
  it('lets one of two simultaneous sign-ups with one address win; the other gets 409', async () => {
    const [a, b] = await Promise.all([register('race@example.com'), register('race@example.com')])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const loser = a.status === 409 ? a : b
    expect(loser.headers.get('content-type')).toBe('application/problem+json')
  })

  it('saves one of two racing edits of the same prompt version and answers 409 to the other', async () => {
    const prompt = (
      await user.call('POST', '/v1/prompts', { name: 'Race', template: 'Version one.' })
    ).body
    const edit = (template: string) =>
      user.call('PATCH', `/v1/prompts/${prompt.id}`, { template, expectedVersion: 1 })
    const [a, b] = await Promise.all([edit('Edit A.'), edit('Edit B.')])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const winner = a.status === 200 ? a : b
    expect((a.status === 409 ? a : b).body.code).toBe('resource.conflict')

    const current = (await user.call('GET', `/v1/prompts/${prompt.id}`)).body
    expect(current).toMatchObject({ version: 2, template: winner.body.template })
    const versions = (await user.call('GET', `/v1/prompts/${prompt.id}/versions`)).body
    expect(versions.items.map((v: Body) => v.version)).toEqual([2, 1])
  })

  it('creates every one of many API keys made at once, each working', async () => {
    const made = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        user.call('POST', '/v1/api-keys', { name: `key ${i}`, scopes: ['read'] }),
      ),
    )
    expect(made.map((r) => r.status)).toEqual(made.map(() => 201))
    const secrets = made.map((r) => r.body.secret as string)
    expect(new Set(secrets).size).toBe(8)
    for (const secret of secrets) {
      const me = await fetch(`${stack.url}/v1/me`, {
        headers: { authorization: `Bearer ${secret}` },
      })
      expect(me.status).toBe(200)
    }
    const listed = (await user.call('GET', '/v1/api-keys')).body.items
    expect(listed).toHaveLength(8)
  })
})
