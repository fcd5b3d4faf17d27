// Load on the local stack: 64 streaming chats at once, then 200 mixed API calls at once, with
// zero errors and every message persisted as streamed. The figures (req/s, latency) are the
// bench's (bench/suites); this asserts only what a user would notice: failures and lost text.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'
import { type Body, registerUser, type StackUser, streamedText } from './support/stack-client'

const streams = 64
const calls = 200
const generous = { limit: 100_000, windowSeconds: 60, burst: 10_000, onContention: 'open' } as const

let stack: LocalStack
let dataDir: string
let user: StackUser
const conversations: string[] = []

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-load-'))
  stack = await startTestStack(dataDir, {
    tokenDelayMs: 0,
    rateLimitPolicies: { default: generous, chat: generous },
  })
  user = await registerUser(stack.url, 'load@example.com')
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('the local stack under load', () => {
  it(`streams ${streams} answers at once to the end and keeps every message`, async () => {
    const created = await Promise.all(
      Array.from({ length: streams }, () => user.call('POST', '/v1/conversations', {})),
    )
    expect(created.map((r) => r.status)).toEqual(created.map(() => 201))
    conversations.push(...created.map((r) => r.body.id as string))

    const question = (i: number) => `Question number ${i}: what can you do?`
    const answered = await Promise.all(conversations.map((id, i) => user.ask(id, question(i))))

    for (const events of answered) {
      expect(events.map((e) => e.event)).not.toContain('error')
      expect(events.at(-1)?.event).toBe('message.end')
      expect(events.at(-1)?.data.message).toMatchObject({
        status: 'complete',
        content: streamedText(events),
      })
    }
    const saved = await Promise.all(
      conversations.map((id) => user.call('GET', `/v1/conversations/${id}`)),
    )
    saved.forEach(({ status, body }, i) => {
      expect(status).toBe(200)
      const [asked, answer] = body.messages as Body[]
      expect(body.messages).toHaveLength(2)
      expect(asked).toMatchObject({ role: 'user', content: question(i) })
      expect(answer).toMatchObject({
        role: 'assistant',
        status: 'complete',
        content: streamedText(answered[i]!),
      })
      expect(answer?.content.length).toBeGreaterThan(0)
    })
  }, 150_000)

  it(`answers ${calls} mixed API calls at once without an error`, async () => {
    const kinds: [string, string, unknown?][] = [
      ['GET', '/v1/conversations?limit=20'],
      ['GET', `/v1/conversations/${conversations[0]}`],
      ['GET', '/v1/documents'],
      ['POST', '/v1/search', { query: 'what can you do' }],
      ['GET', '/v1/me'],
    ]
    const requests = Array.from({ length: calls }, (_, i) => {
      const [method, path, body] = kinds[i % kinds.length]!
      const at = path.replace(conversations[0]!, conversations[i % conversations.length]!)
      return user.call(method, at, body)
    })
    const answers = await Promise.all(requests)
    const failures = answers.filter((answer) => answer.status !== 200)
    expect(failures).toEqual([])
    const listed = answers[0]!.body.items as Body[]
    expect(listed).toHaveLength(20)
  }, 60_000)
})
