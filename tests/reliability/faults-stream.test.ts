// Fault: a model that fails mid-stream, end to end on the local server with DynamoDB Local. The
// use case's own test with a scripted model is packages/core/src/chat/answer-failures.test.ts
// ('saves what streamed as interrupted when the model fails mid-answer...'); here the client reads
// the real SSE stream and reads the saved message back over HTTP.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'
import { failMidStream } from './support/failing-model'
import { registerUser, type StackUser, streamedText } from './support/stack-client'

let stack: LocalStack
let dataDir: string
let user: StackUser

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-faults-stream-'))
  stack = await startTestStack(dataDir, { tokenDelayMs: 1 })
  failMidStream(stack.adapters.model, 'breaks after four', 4)
  failMidStream(stack.adapters.model, 'breaks at once', 0)
  user = await registerUser(stack.url, 'stream-faults@example.com')
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

const newConversation = async () => (await user.call('POST', '/v1/conversations', {})).body.id

describe('a model that fails mid-stream', () => {
  it('sends an error event then message.end, and keeps the partial answer readable', async () => {
    const conversationId = await newConversation()
    const events = await user.ask(conversationId, 'Please answer; this one breaks after four.')

    const kinds = events.map((e) => e.event)
    expect(kinds[0]).toBe('message.start')
    expect(kinds.filter((kind) => kind === 'delta')).toHaveLength(4)
    expect(kinds.slice(-2)).toEqual(['error', 'message.end'])
    const error = events.find((e) => e.event === 'error')!
    expect(error.data).toEqual({ code: 'internal.error', message: 'The model failed to answer.' })
    // What went wrong upstream stays in the server's logs.
    expect(JSON.stringify(events)).not.toMatch(/10\.0\.3\.7|reset by peer|\.ts:\d+/)

    const partial = streamedText(events)
    expect(partial).toMatch(/^\[local/)
    const ended = events.at(-1)!.data.message
    expect(ended).toMatchObject({ status: 'interrupted', content: partial })

    const saved = await user.call('GET', `/v1/conversations/${conversationId}/messages/${ended.id}`)
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ status: 'interrupted', content: partial, role: 'assistant' })
    const conversation = (await user.call('GET', `/v1/conversations/${conversationId}`)).body
    expect(conversation.messages.map((m: { status: string }) => m.status)).toEqual([
      'complete',
      'interrupted',
    ])

    // The conversation goes on: the next answer completes after the broken one.
    const next = await user.ask(conversationId, 'Try again, please.')
    expect(next.at(-1)!.data.message).toMatchObject({
      status: 'complete',
      content: streamedText(next),
    })
  })

  it('saves an answer that failed before any text as failed, with no text', async () => {
    const conversationId = await newConversation()
    const events = await user.ask(conversationId, 'Hello; this breaks at once.')
    expect(events.map((e) => e.event).slice(-2)).toEqual(['error', 'message.end'])
    expect(streamedText(events)).toBe('')
    const ended = events.at(-1)!.data.message
    const saved = await user.call('GET', `/v1/conversations/${conversationId}/messages/${ended.id}`)
    expect(saved.body).toMatchObject({ status: 'failed', content: '' })
  })
})
