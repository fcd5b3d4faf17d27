import type {
  ChatEngineSettings,
  ChatModel,
  ChatModelResolver,
  LambdaConfig,
  ModelProvider,
  PriceTable,
} from '@chatter/core'
import { lazyAsync } from '../lazy'

/**
 * The chat models of a function (Bedrock, plus an OpenAI-compatible server when configured), the
 * default model and the configured prices: the API's answers and workflow nodes use the same.
 */
export function createChatSettings(
  config: LambdaConfig,
): Pick<ChatEngineSettings, 'models' | 'defaultModel'> & { prices?: PriceTable } {
  return {
    models: deferredChatModels(config),
    defaultModel: { provider: config.MODEL_PROVIDER, modelId: config.CHAT_MODEL_ID },
    ...(config.MODEL_PRICES ? { prices: config.MODEL_PRICES } : {}),
  }
}

/**
 * `cloudChatModels`, whose modules (the Bedrock runtime SDK, the OpenAI-compatible client) are
 * imported with the first answer, not at cold start. It offers the same providers: Bedrock,
 * and `openai` only with OPENAI_BASE_URL; each model streams from the real one once loaded.
 */
function deferredChatModels(config: LambdaConfig): ChatModelResolver {
  const openAi = openAiOf(config)
  const models = lazyAsync(async () =>
    (await import('@chatter/aws/chat')).cloudChatModels({ region: config.AWS_REGION, ...openAi }),
  )
  const offered = new Map<ModelProvider, ChatModel>()
  return {
    forProvider(provider) {
      if (provider !== 'bedrock' && !(provider === 'openai' && openAi.openAi)) return undefined
      let model = offered.get(provider)
      if (!model) {
        model = {
          provider,
          async *stream(request) {
            const real = (await models()).forProvider(provider)
            if (!real) throw new Error(`No ${provider} chat model in this function`)
            yield* real.stream(request)
          },
        }
        offered.set(provider, model)
      }
      return model
    },
  }
}

const openAiOf = ({ OPENAI_BASE_URL, OPENAI_API_KEY }: LambdaConfig) =>
  OPENAI_BASE_URL
    ? {
        openAi: { baseUrl: OPENAI_BASE_URL, ...(OPENAI_API_KEY ? { apiKey: OPENAI_API_KEY } : {}) },
      }
    : {}
