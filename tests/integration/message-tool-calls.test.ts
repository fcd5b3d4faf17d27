import { randomUUID } from 'node:crypto'
import { DynamoMessageRepository } from '@chatter/aws'
import type { MessageToolCall } from '@chatter/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshTable, tickingClock } from '../support/dynamodb'
import { localBlobStore } from '../support/s3'

let s3: Awaited<ReturnType<typeof localBlobStore>>
beforeAll(async () => {
  s3 = await localBlobStore()
})
afterAll(() => s3?.stop())

const toolCalls: MessageToolCall[] = [
  {
    id: 'tooluse_1',
    name: 'calculator',
    arguments: { expression: '6 * 7', nested: { list: [1, 'two', null] } },
    content: '42',
    isError: false,
    durationMs: 3,
    source: { type: 'builtin' },
  },
  {
    id: 'tooluse_2',
    name: 'weather__forecast',
    arguments: 'not an object',
    content: 'Tool server unreachable',
    isError: true,
    durationMs: 15_000,
    source: { type: 'mcp', serverId: 'tsv_1', serverName: 'Weather', toolName: 'forecast' },
  },
  {
    id: 'tooluse_3',
    name: 'teleport',
    arguments: {},
    content: 'no such tool',
    isError: true,
    durationMs: 0,
  },
]

async function setup() {
  const fresh = await freshTable()
  const messages = new DynamoMessageRepository(fresh.table, s3.blobs, tickingClock())
  const workspaceId = `ws_${randomUUID()}`
  const conversationId = `cnv_${randomUUID()}`
  const base = {
    conversationId,
    workspaceId,
    role: 'assistant' as const,
    status: 'complete' as const,
    userId: 'usr_ada',
  }
  return { messages, workspaceId, conversationId, base }
}

describe('DynamoMessageRepository and tool calls', () => {
  it('saves an answer’s tool calls with any JSON arguments and reads them back everywhere', async () => {
    const { messages, workspaceId, conversationId, base } = await setup()
    const made = await messages.create({
      ...base,
      id: 'msg_000001',
      parentId: null,
      content: 'Streaming…',
      status: 'streaming',
    })
    expect(made.toolCalls).toBeUndefined()
    const done = await messages.update(workspaceId, conversationId, made.id, {
      content: 'It is 42.',
      status: 'complete',
      stopReason: 'end_turn',
      toolCalls,
    })
    expect(done.toolCalls).toEqual(toolCalls)
    expect((await messages.get(workspaceId, conversationId, made.id))?.toolCalls).toEqual(toolCalls)
    const listed = await messages.list(workspaceId, conversationId, { limit: 5 }, 'asc')
    expect(listed.items[0]?.toolCalls).toEqual(toolCalls)

    const created = await messages.create({
      ...base,
      id: 'msg_000002',
      parentId: null,
      content: 'Direct',
      stopReason: 'tool_use',
      toolCalls: toolCalls.slice(0, 1),
    })
    expect(created).toMatchObject({ stopReason: 'tool_use', toolCalls: toolCalls.slice(0, 1) })
    const cleared = await messages.update(workspaceId, conversationId, created.id, {
      toolCalls: undefined,
    })
    expect(cleared.toolCalls).toBeUndefined()
    expect((await messages.get(workspaceId, conversationId, created.id))?.toolCalls).toBeUndefined()
  })

  it('keeps tool events among the stream deltas, in order, for a resumed stream', async () => {
    const { messages, workspaceId } = await setup()
    const call = JSON.stringify({ id: 't1', name: 'calculator', arguments: { expression: '1' } })
    await messages.appendDelta(workspaceId, { messageId: 'msg_1', seq: 1, text: 'Let me ' }, 600)
    await messages.appendDelta(
      workspaceId,
      { messageId: 'msg_1', seq: 2, text: call, event: 'tool.call' },
      600,
    )
    await messages.appendDelta(workspaceId, { messageId: 'msg_1', seq: 3, text: '1' }, 600)
    expect(await messages.deltasAfter(workspaceId, 'msg_1', 0)).toEqual([
      { messageId: 'msg_1', seq: 1, text: 'Let me ' },
      { messageId: 'msg_1', seq: 2, text: call, event: 'tool.call' },
      { messageId: 'msg_1', seq: 3, text: '1' },
    ])
  })
})

describe('very long tool arguments', () => {
  it('are kept as a preview so the answer still fits its item', async () => {
    const { messages, workspaceId, conversationId, base } = await setup()
    const text = 'x'.repeat(100_000)
    const saved = await messages.create({
      ...base,
      id: 'msg_000001',
      parentId: null,
      content: 'Summarized.',
      toolCalls: [{ ...toolCalls[0], arguments: { text } } as MessageToolCall],
    })
    const args = (await messages.get(workspaceId, conversationId, saved.id))?.toolCalls?.[0]
      ?.arguments as { truncated: boolean; length: number; preview: string }
    expect(args).toMatchObject({ truncated: true, length: 100_011 })
    expect(args.preview).toHaveLength(1_000)
  })
})
