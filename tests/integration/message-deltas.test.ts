import { randomUUID } from 'node:crypto'
import { DynamoMessageRepository } from '@chatter/aws'
import type { StreamDelta } from '@chatter/core'
import { InMemoryBlobs } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { freshTable, tickingClock } from '../support/dynamodb'

/** A repository on a fresh table, with the name of every command its client sends. */
async function setup() {
  const fresh = await freshTable()
  const sent: string[] = []
  fresh.document.middlewareStack.add(
    (next, context) => (args) => {
      sent.push(context.commandName ?? '')
      return next(args)
    },
    { step: 'initialize' },
  )
  const messages = new DynamoMessageRepository(fresh.table, new InMemoryBlobs(), tickingClock())
  return { messages, sent, workspaceId: `ws_${randomUUID()}` }
}

const deltas = (from: number, to: number, text = (seq: number) => `t${seq} `): StreamDelta[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    messageId: 'msg_1',
    seq: from + i,
    text: text(from + i),
  }))

describe('DynamoMessageRepository.appendDeltas', () => {
  it('saves a batch in one transaction per 100 deltas, in order', async () => {
    const { messages, sent, workspaceId } = await setup()
    await messages.appendDeltas(workspaceId, deltas(1, 10), 600)
    expect(sent).toEqual(['TransactWriteItemsCommand'])
    await messages.appendDeltas(workspaceId, deltas(11, 150), 600)
    expect(sent).toHaveLength(3)
    const saved = await messages.deltasAfter(workspaceId, 'msg_1', 0)
    expect(saved.map((d) => d.seq)).toEqual(deltas(1, 150).map((d) => d.seq))
    expect(saved[0]).toEqual({ messageId: 'msg_1', seq: 1, text: 't1 ' })
  })

  it('is idempotent by seq: a retried batch keeps what was saved first and adds the rest', async () => {
    const { messages, workspaceId } = await setup()
    await messages.appendDeltas(workspaceId, deltas(1, 5), 600)
    await messages.appendDeltas(
      workspaceId,
      deltas(3, 8, (seq) => `retry ${seq}`),
      600,
    )
    await messages.appendDeltas(
      workspaceId,
      deltas(8, 8, () => 'again'),
      600,
    )
    const saved = await messages.deltasAfter(workspaceId, 'msg_1', 0)
    expect(saved.map((d) => d.text)).toEqual([
      't1 ',
      't2 ',
      't3 ',
      't4 ',
      't5 ',
      'retry 6',
      'retry 7',
      'retry 8',
    ])
  })

  it('lets a resuming reader see whole batches only, each after the one before', async () => {
    const { messages, workspaceId } = await setup()
    const seen: number[][] = []
    let writing = true
    const reader = (async () => {
      while (writing) {
        const found = await messages.deltasAfter(workspaceId, 'msg_1', 0)
        seen.push(found.map((d) => d.seq))
      }
    })()
    for (let batch = 0; batch < 8; batch++)
      await messages.appendDeltas(workspaceId, deltas(batch * 10 + 1, batch * 10 + 10), 600)
    writing = false
    await reader
    expect(seen.length).toBeGreaterThan(1)
    for (const seqs of seen) {
      expect(seqs.length % 10).toBe(0)
      expect(seqs).toEqual(deltas(1, seqs.length).map((d) => d.seq))
    }
  })
})
