import { describe, expect, it } from 'vitest'
import { apiKeyOf, bodyOf, profileIn } from '../test-callers'
import { chatApp, readSse, textOf } from './conversation-messages-test-kit'

const story = 'Lisbon is built on seven hills above the Tagus.'

describe('POST /v1/conversations/{id}/messages', () => {
  it('streams SSE events in order with resumable ids, and saves both messages', async () => {
    const w = await chatApp(() => ({ text: story }))
    const response = await w.send({ content: 'Tell me about Lisbon' }, { stream: true })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const frames = await readSse(response)

    expect(frames.map((f) => f.event)).toEqual([
      'message.start',
      ...Array(9).fill('delta'),
      'usage',
      'message.end',
    ])
    const { userMessage, assistantMessage, conversationId } = frames[0]?.data ?? {}
    expect(conversationId).toBe(w.conversation.id)
    expect(frames.map((f) => f.id)).toEqual(frames.map((_, i) => `${assistantMessage.id}:${i}`))
    expect(textOf(frames)).toBe(story)
    const end = frames.at(-1)?.data.message
    expect(end).toMatchObject({
      id: assistantMessage.id,
      status: 'complete',
      content: story,
      usage: { outputTokens: 9, costUsd: 0 },
    })
    expect(frames.at(-2)?.data).toEqual(end.usage)

    const stored = (id: string) => w.deps.messages.get(w.team.id, w.conversation.id, id)
    expect(await stored(userMessage.id)).toMatchObject({ content: 'Tell me about Lisbon' })
    expect(await stored(assistantMessage.id)).toEqual(end)
    expect(await w.deps.conversations.get(w.team.id, w.conversation.id)).toMatchObject({
      activeLeafId: assistantMessage.id,
      messageCount: 2,
      title: 'Tell me about Lisbon',
    })
  })

  it('answers JSON by default: 201 with both messages, the answer complete', async () => {
    const w = await chatApp(() => ({ text: story }))
    const response = await w.send({ content: 'Tell me about Lisbon' })
    expect(response.status).toBe(201)
    const body = await bodyOf(response)
    expect(body.userMessage).toMatchObject({ role: 'user', content: 'Tell me about Lisbon' })
    expect(body.assistantMessage).toMatchObject({
      role: 'assistant',
      parentId: body.userMessage.id,
      status: 'complete',
      content: story,
      model: { provider: 'local', modelId: 'local' },
      usage: { inputTokens: 4, outputTokens: 9, costUsd: 0 },
    })
    expect(body.assistantMessage.usage.latencyMs).toBeGreaterThanOrEqual(0)
  })

  it('branches on an edit and on a regenerate, over JSON and SSE alike', async () => {
    let n = 0
    const w = await chatApp(() => ({ text: `Take ${++n}` }))
    const first = await bodyOf(await w.send({ content: 'q1' }))
    const second = await bodyOf(await w.send({ content: 'q2' }))
    expect(second.userMessage.parentId).toBe(first.assistantMessage.id)

    const edit = await bodyOf(
      await w.send({ content: 'q2, edited', parentId: first.assistantMessage.id }),
    )
    expect(edit.userMessage.parentId).toBe(first.assistantMessage.id)
    const branches = await w.deps.messages.children(
      w.team.id,
      w.conversation.id,
      first.assistantMessage.id,
    )
    expect(branches.map((m) => m.content)).toEqual(['q2', 'q2, edited'])

    const path = `/v1/conversations/${w.conversation.id}/messages/${edit.assistantMessage.id}/regenerate`
    const frames = await readSse(await w.send(undefined, { path, stream: true }))
    const again = frames.at(-1)?.data.message
    expect(frames[0]?.id).toBe(`${again.id}:0`)
    expect(again).toMatchObject({ parentId: edit.userMessage.id, content: 'Take 4' })
    const json = await w.send(undefined, { path })
    expect(json.status).toBe(201)
    expect((await bodyOf(json)).assistantMessage).toMatchObject({ parentId: edit.userMessage.id })
    const answers = await w.deps.messages.children(
      w.team.id,
      w.conversation.id,
      edit.userMessage.id,
    )
    expect(answers).toHaveLength(3)
  })

  it('is for the conversation’s owner: a viewer gets 403, another member 404, a write key works', async () => {
    const w = await chatApp()
    const viewer = await w.send({ content: 'Hi' }, { user: w.viewer })
    expect(viewer.status).toBe(403)
    expect(viewer.headers.get('content-type')).toBe('application/problem+json')
    const member = await w.send({ content: 'Hi' }, { user: w.member, stream: true })
    expect(member.status).toBe(404)
    expect(member.headers.get('content-type')).toBe('application/problem+json')
    const regenerate = `/v1/conversations/${w.conversation.id}/messages/msg_x/regenerate`
    expect((await w.send(undefined, { user: w.member, path: regenerate })).status).toBe(404)
    expect(w.storedMessages()).toBe(0)

    const { headers } = await apiKeyOf(w.deps, w.owner, w.team.id, ['write'])
    const byKey = await w.app.request(`/v1/conversations/${w.conversation.id}/messages`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'From a script' }),
    })
    expect(byKey.status).toBe(201)
    expect((await bodyOf(byKey)).userMessage.userId).toBe(w.owner.user.id)
  })

  it('answers 422 naming the provider when the profile’s is not configured, storing nothing', async () => {
    const w = await chatApp()
    await profileIn(w.deps, w.team.id, { name: 'Claude', provider: 'bedrock' })
    const response = await w.send({ content: 'Hi' }, { stream: true })
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect((await bodyOf(response)).detail).toMatch(/"Claude" uses the "bedrock" model provider/)
    expect(w.storedMessages()).toBe(0)
  })
})
