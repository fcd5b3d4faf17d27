import { describe, expect, it } from 'vitest'
import type { MessageRepository, StreamDelta } from '../ports/message-repository'
import { answer } from './answer'
import type { AnswerEvent } from './answer-events'
import { chatWorld, drain, endOf, startOf, textOf } from './chat-fixture'
import { resumeStream } from './resume-stream'

const story = 'one two three four five six seven eight nine ten eleven twelve'

describe('resumeStream', () => {
  it('replays exactly the deltas after the given seq, then the saved message', async () => {
    const w = await chatWorld({ script: () => ({ text: story }) })
    const conversationId = w.conversation.id
    const original = await drain(answer(w.ports, w.ownerActs, { conversationId, content: 'Count' }))
    const messageId = endOf(original).id
    const resumed = await drain(
      await resumeStream(w.ports, w.ownerActs, { conversationId, messageId, afterSeq: 5 }),
    )
    const missing = original.filter((e) => e.type === 'delta' && e.seq > 5)
    expect(resumed.slice(0, -1)).toEqual(missing)
    expect(textOf(resumed)).toBe('six seven eight nine ten eleven twelve')
    expect(endOf(resumed)).toEqual(endOf(original))
    expect(resumed.at(-1)?.seq).toBe(13)
  })

  it('follows an answer still being written elsewhere until it ends', async () => {
    const w = await chatWorld({ script: () => ({ text: story, delayMs: 3 }) })
    const conversationId = w.conversation.id
    const writer = answer(w.ports, w.ownerActs, { conversationId, content: 'Count' })
    const first = await writer.next()
    if (first.done || first.value.type !== 'message.start') throw new Error('no start')
    const messageId = first.value.data.assistantMessage.id
    // The writer goes on by itself, like another Lambda instance; the resumer polls the store.
    const rest = drain(writer)
    const resumed = await drain(
      await resumeStream(w.ports, w.ownerActs, { conversationId, messageId, afterSeq: 0 }),
    )
    const written = await rest
    expect(textOf(resumed)).toBe(story)
    expect(resumed.filter((e) => e.type === 'delta')).toEqual(
      written.filter((e) => e.type === 'delta'),
    )
    expect(endOf(resumed)).toMatchObject({ status: 'complete', content: story })
  })

  it('gives up on an answer that stays streaming, with an error and the message as it is', async () => {
    const w = await chatWorld({ tuning: { resumeTimeoutMs: 30 } })
    const conversationId = w.conversation.id
    const stuck = await w.messages.create({
      id: 'msg_stuck',
      conversationId,
      workspaceId: w.workspace.id,
      parentId: null,
      role: 'assistant',
      content: '',
      status: 'streaming',
      userId: w.owner.id,
    })
    await w.messages.appendDelta(w.workspace.id, { messageId: stuck.id, seq: 1, text: 'Hal' })
    const events: AnswerEvent[] = await drain(
      await resumeStream(w.ports, w.ownerActs, {
        conversationId,
        messageId: stuck.id,
        afterSeq: 0,
      }),
    )
    expect(events.map((e) => [e.type, e.seq])).toEqual([
      ['delta', 1],
      ['error', 2],
      ['message.end', 3],
    ])
    expect(events[1]?.data).toMatchObject({ code: 'stream.timeout' })
    expect(endOf(events).status).toBe('streaming')
  })

  it('is the owner’s only, and only for answers', async () => {
    const w = await chatWorld()
    const conversationId = w.conversation.id
    const events = await drain(answer(w.ports, w.ownerActs, { conversationId, content: 'Hi' }))
    const member = await w.as(w.member)
    const messageId = endOf(events).id
    await expect(
      resumeStream(w.ports, member, { conversationId, messageId, afterSeq: 0 }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(
      resumeStream(w.ports, w.ownerActs, { conversationId, messageId: 'msg_nope', afterSeq: 0 }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    const question = startOf(events).userMessage.id
    await expect(
      resumeStream(w.ports, w.ownerActs, { conversationId, messageId: question, afterSeq: 0 }),
    ).rejects.toMatchObject({ code: 'request.invalid' })
  })
})

describe('saved deltas', () => {
  it('are written in batches, each under its event seq, with the TTL', async () => {
    const w = await chatWorld({
      script: () => ({ text: story }),
      tuning: { flushEveryDeltas: 5, flushEveryMs: 60_000, deltaTtlSeconds: 120 },
    })
    const writes: { deltas: StreamDelta[]; ttl: number; pendingAtWrite: number }[] = []
    const append = w.messages.appendDeltas.bind(w.messages)
    let streamed = 0
    let inFlight = 0
    let mostAtOnce = 0
    // Seen through the port, which passes the TTL the in-memory fake ignores.
    const port: MessageRepository = w.messages
    port.appendDeltas = async (workspaceId, deltas, ttl) => {
      writes.push({ deltas: [...deltas], ttl, pendingAtWrite: streamed })
      inFlight += 1
      mostAtOnce = Math.max(mostAtOnce, inFlight)
      await append(workspaceId, deltas)
      inFlight -= 1
    }
    const events = []
    const input = { conversationId: w.conversation.id, content: 'Count' }
    for await (const event of answer(w.ports, w.ownerActs, input)) {
      events.push(event)
      if (event.type === 'delta') streamed += 1
    }
    expect(writes.flatMap((write) => write.deltas.map((delta) => delta.seq))).toEqual(
      events.filter((e) => e.type === 'delta').map((e) => e.seq),
    )
    expect(writes.every((write) => write.ttl === 120)).toBe(true)
    // Nothing is written per delta: one write per batch of five, begun as the fifth streams
    // (before the reader has it), the next five likewise, the last two at the end...
    expect(writes.map((write) => [write.deltas.length, write.pendingAtWrite])).toEqual([
      [5, 4],
      [5, 9],
      [2, 12],
    ])
    // ...and one write at a time, so a resuming reader always sees a prefix of the answer.
    expect(mostAtOnce).toBe(1)
  })
})
