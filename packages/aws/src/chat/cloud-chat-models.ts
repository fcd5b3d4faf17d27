import type { ChatModel, ChatModelResolver, ModelProvider } from '@chatter/core'
import { BedrockChatModel } from '../bedrock/bedrock-chat-model'
import { createBedrockClient } from '../bedrock/clients'
import { OpenAiCompatibleChatModel } from '../openai/openai-chat-model'

export interface CloudChatModelsOptions {
  region: string
  /** An OpenAI-compatible server; without it, provider `openai` is not offered. */
  openAi?: { baseUrl: string; apiKey?: string }
  /** Models only this runtime has (the local model, offline). */
  extra?: Partial<Record<ModelProvider, ChatModel>>
}

/**
 * The chat models a runtime offers, built on first use: Bedrock (its client makes one attempt
 * per call, since the model chain retries and falls back itself), an OpenAI-compatible server
 * when configured, and any extra ones.
 */
export function cloudChatModels(options: CloudChatModelsOptions): ChatModelResolver {
  const made = new Map<ModelProvider, ChatModel>()
  const make = (provider: ModelProvider): ChatModel | undefined => {
    if (options.extra?.[provider]) return options.extra[provider]
    if (provider === 'bedrock') {
      const client = createBedrockClient({ region: options.region, maxAttempts: 1 })
      return new BedrockChatModel({ client })
    }
    if (provider === 'openai' && options.openAi)
      return new OpenAiCompatibleChatModel(options.openAi)
    return undefined
  }
  return {
    forProvider(provider) {
      if (!made.has(provider)) {
        const model = make(provider)
        if (model) made.set(provider, model)
      }
      return made.get(provider)
    },
  }
}
