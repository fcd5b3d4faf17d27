import { describe, expect, it } from 'vitest'
import { bodyOf } from '../test-callers'
import { chatApp } from './conversation-messages-test-kit'

type World = Awaited<ReturnType<typeof chatApp>>

/**
 * Hostile input on the answer routes, sent by the conversation's owner (who may do everything),
 * so only the input can be the reason for the refusal: each answer is a problem+json 4xx, no
 * model is called and no message is stored.
 */
async function world() {
  const w = await chatApp()
  const answered = await bodyOf(await w.send({ content: 'A first question' }))
  const elsewhere = await w.conversationOf(w.owner)
  const foreign = await bodyOf(
    await w.send({ content: 'Elsewhere' }, { path: `/v1/conversations/${elsewhere.id}/messages` }),
  )
  return { ...w, answered, foreign }
}

const json = (body: unknown) => JSON.stringify(body)
const messages = (w: World) => `/v1/conversations/${w.conversation.id}/messages`

// biome-ignore format: one attempt per line reads as a table
const attempts: [name: string, body: (w: Awaited<ReturnType<typeof world>>) => string, status: number, path?: (w: World) => string][] = [
  ['malformed JSON', () => '{"content": ', 400],
  ['an empty body', () => '', 400],
  ['a JSON array', () => '[]', 422],
  ['no content', () => json({}), 422],
  ['empty content', () => json({ content: '' }), 422],
  ['whitespace-only content', () => json({ content: ' \n\t ' }), 422],
  ['content one character too long', () => json({ content: 'x'.repeat(100_001) }), 422],
  ['a number for content', () => json({ content: 42 }), 422],
  ['null content', () => json({ content: null }), 422],
  ['an object for content', () => json({ content: { $ne: '' } }), 422],
  ['a number for parentId', () => json({ content: 'Hi', parentId: 7 }), 422],
  ['a path in parentId', () => json({ content: 'Hi', parentId: '../../etc' }), 422],
  ['an unknown parentId', () => json({ content: 'Hi', parentId: 'msg_nope' }), 404],
  ['a parentId from another conversation', (w) => json({ content: 'Hi', parentId: w.foreign.assistantMessage.id }), 404],
  ['a question as parentId', (w) => json({ content: 'Hi', parentId: w.answered.userMessage.id }), 422],
  ['a body past the size limit', () => json({ content: 'x'.repeat(600_000) }), 413],
  ['an unknown conversation', () => json({ content: 'Hi' }), 404, () => '/v1/conversations/cnv_nope/messages'],
  ['a bad conversation id', () => json({ content: 'Hi' }), 422, () => '/v1/conversations/a.b/messages'],
]

describe('hostile input on POST /v1/conversations/{id}/messages', () => {
  it.each(attempts)('refuses %s', async (_, body, status, path) => {
    const w = await world()
    const stored = w.storedMessages()
    const calls = w.model.requests.length
    for (const stream of [false, true]) {
      const response = await w.send(body(w), { stream, path: (path ?? messages)(w) })
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toBe('application/problem+json')
    }
    expect(w.storedMessages()).toBe(stored)
    expect(w.model.requests.length).toBe(calls)
  })

  it('refuses a form body with 415 and regenerating an unknown or foreign message with 404', async () => {
    const w = await world()
    const form = await w.app.request(messages(w), {
      method: 'POST',
      headers: w.headersOf(w.owner, { 'Content-Type': 'application/x-www-form-urlencoded' }),
      body: 'content=hi',
    })
    expect(form.status).toBe(415)
    for (const id of ['msg_nope', w.foreign.assistantMessage.id]) {
      const response = await w.send(undefined, { path: `${messages(w)}/${id}/regenerate` })
      expect(response.status).toBe(404)
    }
  })
})
