import { cloudChatModels } from '@chatter/aws'
import type { ChatEngineSettings, LambdaConfig, PriceTable } from '@chatter/core'

/**
 * The chat models of a function (Bedrock, plus an OpenAI-compatible server when configured), the
 * default model and the configured prices: the API's answers and workflow nodes use the same.
 */
export function createChatSettings(
  config: LambdaConfig,
): Pick<ChatEngineSettings, 'models' | 'defaultModel'> & { prices?: PriceTable } {
  return {
    models: cloudChatModels({ region: config.AWS_REGION, ...openAiOf(config) }),
    defaultModel: { provider: config.MODEL_PROVIDER, modelId: config.CHAT_MODEL_ID },
    ...(config.MODEL_PRICES ? { prices: config.MODEL_PRICES } : {}),
  }
}

const openAiOf = ({ OPENAI_BASE_URL, OPENAI_API_KEY }: LambdaConfig) =>
  OPENAI_BASE_URL
    ? {
        openAi: { baseUrl: OPENAI_BASE_URL, ...(OPENAI_API_KEY ? { apiKey: OPENAI_API_KEY } : {}) },
      }
    : {}
