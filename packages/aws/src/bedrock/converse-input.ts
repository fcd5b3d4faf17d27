import type {
  ConverseStreamCommandInput,
  InferenceConfiguration,
  Message,
} from '@aws-sdk/client-bedrock-runtime'
import type { ChatMessage, ChatRequest } from '@chatter/core'
import { groundedSystemPrompt } from '../chat/grounding'

/**
 * The Converse input for one model: system prompt with the passages as numbered sources,
 * the conversation, and only the inference settings the profile actually sets (so the model's
 * own defaults apply to the rest).
 */
export function toConverseInput(request: ChatRequest, modelId: string): ConverseStreamCommandInput {
  const system = groundedSystemPrompt(request.system, request.passages)
  const { maxTokens, temperature, topP } = request
  const inferenceConfig: InferenceConfiguration = {
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(temperature !== undefined ? { temperature } : {}),
    ...(topP !== undefined ? { topP } : {}),
  }
  return {
    modelId,
    messages: toConverseMessages(request.messages),
    ...(system ? { system: [{ text: system }] } : {}),
    ...(Object.keys(inferenceConfig).length > 0 ? { inferenceConfig } : {}),
  }
}

/**
 * Converse rejects blank text blocks and, for several model families, two turns of the same
 * role in a row. History can hold both (an interrupted empty answer, a retried question), so
 * blank turns are dropped and neighbours of one role become one message with several blocks.
 */
export function toConverseMessages(messages: readonly ChatMessage[]): Message[] {
  const merged: Message[] = []
  for (const { role, content } of messages) {
    if (!content.trim()) continue
    const last = merged.at(-1)
    if (last?.role === role) last.content?.push({ text: content })
    else merged.push({ role, content: [{ text: content }] })
  }
  return merged
}
