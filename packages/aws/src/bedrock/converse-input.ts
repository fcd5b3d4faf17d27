import type {
  ContentBlock,
  ConverseStreamCommandInput,
  InferenceConfiguration,
  Message,
  ToolConfiguration,
  ToolInputSchema,
} from '@aws-sdk/client-bedrock-runtime'
import type { ChatMessage, ChatRequest, ToolSpec } from '@chatter/core'
import { groundedSystemPrompt } from '../chat/grounding'
import { toolExchangeAsText } from '../chat/tool-exchange'

/** Any JSON, as the SDK types a tool's schema and a call's input. */
type DocumentType = ToolInputSchema.JsonMember['json']

/**
 * The Converse input for one model: system prompt with the passages as numbered sources,
 * the conversation, and only the inference settings the profile actually sets (so the model's
 * own defaults apply to the rest), and the tools as `toolConfig` when the request offers any.
 */
export function toConverseInput(request: ChatRequest, modelId: string): ConverseStreamCommandInput {
  const system = groundedSystemPrompt(request.system, request.passages)
  const { maxTokens, temperature, topP } = request
  const inferenceConfig: InferenceConfiguration = {
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(temperature !== undefined ? { temperature } : {}),
    ...(topP !== undefined ? { topP } : {}),
  }
  const tools = request.tools ?? []
  return {
    modelId,
    messages: toConverseMessages(request.messages, { withToolBlocks: tools.length > 0 }),
    ...(system ? { system: [{ text: system }] } : {}),
    ...(Object.keys(inferenceConfig).length > 0 ? { inferenceConfig } : {}),
    ...(tools.length > 0 ? { toolConfig: toToolConfig(tools) } : {}),
  }
}

export function toToolConfig(tools: readonly ToolSpec[]): ToolConfiguration {
  return {
    tools: tools.map(({ name, description, inputSchema }) => ({
      toolSpec: { name, description, inputSchema: { json: inputSchema as DocumentType } },
    })),
  }
}

/**
 * Converse rejects blank text blocks and, for several model families, two turns of the same
 * role in a row. History can hold both (an interrupted empty answer, a retried question), so
 * blank turns are dropped and neighbours of one role become one message with several blocks.
 *
 * A tool exchange becomes `toolUse` blocks (after the assistant's text) and `toolResult` blocks.
 * Converse refuses those blocks without a `toolConfig`, so a request offering no tools (the
 * last call of an answer whose tool rounds are spent) gets the exchange as text instead.
 */
export function toConverseMessages(
  messages: readonly ChatMessage[],
  options: { withToolBlocks?: boolean } = {},
): Message[] {
  const merged: Message[] = []
  for (const message of messages) {
    const blocks = options.withToolBlocks ? blocksOf(message) : textBlocksOf(message)
    if (blocks.length === 0) continue
    const last = merged.at(-1)
    if (last?.role === message.role) last.content?.push(...blocks)
    else merged.push({ role: message.role, content: blocks })
  }
  return merged
}

function blocksOf({ content, toolCalls = [], toolResults = [] }: ChatMessage): ContentBlock[] {
  return [
    ...toolResults.map(
      ({ id, content: text, isError }): ContentBlock => ({
        toolResult: {
          toolUseId: id,
          content: [{ text: text || '(no output)' }],
          status: isError ? 'error' : 'success',
        },
      }),
    ),
    ...(content.trim() ? [{ text: content }] : []),
    ...toolCalls.map(
      ({ id, name, input }): ContentBlock => ({
        toolUse: { toolUseId: id, name, input: (input ?? {}) as DocumentType },
      }),
    ),
  ]
}

function textBlocksOf(message: ChatMessage): ContentBlock[] {
  const text = toolExchangeAsText(message)
  return text.trim() ? [{ text }] : []
}
