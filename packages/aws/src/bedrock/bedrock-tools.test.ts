import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  type ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime'
import type { ChatRequest, ChatStreamEvent, ToolSpec } from '@chatter/core'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { BedrockChatModel } from './bedrock-chat-model'

const bedrock = mockClient(BedrockRuntimeClient)
const client = new BedrockRuntimeClient({ region: 'eu-west-1' })
const newModel = () => new BedrockChatModel({ client: () => client, models: ['model-a'] })

const calculator: ToolSpec = {
  name: 'calculator',
  description: 'Evaluates arithmetic.',
  inputSchema: { type: 'object', properties: { expression: { type: 'string' } } },
}

async function* streamOf(events: ConverseStreamOutput[]) {
  for (const event of events) {
    await Promise.resolve()
    yield event
  }
}

async function collect(stream: AsyncIterable<ChatStreamEvent>) {
  const events: ChatStreamEvent[] = []
  for await (const event of stream) events.push(event)
  return events
}

const sentInput = () => bedrock.commandCalls(ConverseStreamCommand)[0]?.args[0].input

/** Text, then a tool call whose input arrives in two pieces, as Bedrock streams them. */
const toolAnswer: ConverseStreamOutput[] = [
  { messageStart: { role: 'assistant' } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Let me compute.' } } },
  { contentBlockStop: { contentBlockIndex: 0 } },
  {
    contentBlockStart: {
      contentBlockIndex: 1,
      start: { toolUse: { toolUseId: 'tooluse_1', name: 'calculator' } },
    },
  },
  { contentBlockDelta: { contentBlockIndex: 1, delta: { toolUse: { input: '{"expres' } } } },
  { contentBlockDelta: { contentBlockIndex: 1, delta: { toolUse: { input: 'sion":"6*7"}' } } } },
  { contentBlockStop: { contentBlockIndex: 1 } },
  { messageStop: { stopReason: 'tool_use' } },
  {
    metadata: {
      usage: { inputTokens: 30, outputTokens: 12, totalTokens: 42 },
      metrics: { latencyMs: 1 },
    },
  },
]

beforeEach(() => bedrock.reset())

describe('BedrockChatModel with tools', () => {
  it('sends the tools as toolConfig and emits one tool_use per streamed toolUse block', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({ stream: streamOf(toolAnswer) }))
    const request: ChatRequest = {
      modelId: 'model-a',
      messages: [{ role: 'user', content: 'What is 6*7?' }],
      tools: [calculator],
    }

    const events = await collect(newModel().stream(request))

    expect(sentInput()?.toolConfig).toEqual({
      tools: [
        {
          toolSpec: {
            name: 'calculator',
            description: 'Evaluates arithmetic.',
            inputSchema: { json: calculator.inputSchema },
          },
        },
      ],
    })
    expect(events).toEqual([
      { type: 'model', modelId: 'model-a' },
      { type: 'delta', text: 'Let me compute.' },
      { type: 'tool_use', id: 'tooluse_1', name: 'calculator', input: { expression: '6*7' } },
      { type: 'usage', usage: { inputTokens: 30, outputTokens: 12 } },
      { type: 'stop', reason: 'tool_use' },
    ])
  })

  it('sends a tool exchange as toolUse and toolResult blocks', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({
      stream: streamOf([
        { messageStart: { role: 'assistant' } },
        { contentBlockDelta: { contentBlockIndex: 0, delta: { text: '42.' } } },
        { messageStop: { stopReason: 'end_turn' } },
      ]),
    }))
    await collect(
      newModel().stream({
        modelId: 'model-a',
        tools: [calculator],
        messages: [
          { role: 'user', content: 'What is 6*7?' },
          {
            role: 'assistant',
            content: 'Let me compute.',
            toolCalls: [{ id: 'tooluse_1', name: 'calculator', input: { expression: '6*7' } }],
          },
          {
            role: 'user',
            content: '',
            toolResults: [{ id: 'tooluse_1', content: '42', isError: false }],
          },
        ],
      }),
    )

    expect(sentInput()?.messages).toEqual([
      { role: 'user', content: [{ text: 'What is 6*7?' }] },
      {
        role: 'assistant',
        content: [
          { text: 'Let me compute.' },
          {
            toolUse: { toolUseId: 'tooluse_1', name: 'calculator', input: { expression: '6*7' } },
          },
        ],
      },
      {
        role: 'user',
        content: [
          {
            toolResult: { toolUseId: 'tooluse_1', content: [{ text: '42' }], status: 'success' },
          },
        ],
      },
    ])
  })

  it('writes the exchange as text when the request offers no tools (Converse would refuse the blocks)', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({
      stream: streamOf([
        { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Done.' } } },
        { messageStop: { stopReason: 'end_turn' } },
      ]),
    }))
    await collect(
      newModel().stream({
        modelId: 'model-a',
        messages: [
          { role: 'user', content: 'Time?' },
          {
            role: 'assistant',
            content: '',
            toolCalls: [{ id: 't1', name: 'current_time', input: {} }],
          },
          {
            role: 'user',
            content: '',
            toolResults: [{ id: 't1', content: 'boom', isError: true }],
          },
        ],
      }),
    )

    const input = sentInput()
    expect(input?.toolConfig).toBeUndefined()
    expect(input?.messages?.[1]).toEqual({
      role: 'assistant',
      content: [{ text: '[Called the tool current_time (call t1) with {}]' }],
    })
    expect(input?.messages?.[2]).toEqual({
      role: 'user',
      content: [{ text: '[Result of tool call t1 (error)]\nboom' }],
    })
  })

  it('fails the call when the model sends tool input that is not JSON', async () => {
    bedrock.on(ConverseStreamCommand).callsFake(() => ({
      stream: streamOf([
        {
          contentBlockStart: {
            contentBlockIndex: 0,
            start: { toolUse: { toolUseId: 't1', name: 'calculator' } },
          },
        },
        { contentBlockDelta: { contentBlockIndex: 0, delta: { toolUse: { input: '{"a":' } } } },
        { contentBlockStop: { contentBlockIndex: 0 } },
        { messageStop: { stopReason: 'tool_use' } },
      ]),
    }))
    await expect(
      collect(newModel().stream({ modelId: 'model-a', messages: [], tools: [calculator] })),
    ).rejects.toMatchObject({ message: expect.stringContaining('invalid JSON for the tool') })
  })
})
