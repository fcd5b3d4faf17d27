import type { TokenUsage } from '../ports/chat-model'
import { baseModelId } from './token-budget'

export interface ModelPrice {
  inputPerMillion: number
  outputPerMillion: number
}

/** USD per million tokens, by model id. */
export type PriceTable = Record<string, ModelPrice>

/**
 * Bedrock on-demand list prices (USD per million input / output tokens, us-east-1) of common
 * models, as published when this table was written. Prices change: a deployment corrects or
 * extends them with `chat.prices`, which wins over this table key by key. Cross-region ids
 * (`us.anthropic...`) and inference-profile ARNs are priced as their base model.
 */
export const builtInPrices: PriceTable = {
  'anthropic.claude-3-haiku-20240307-v1:0': { inputPerMillion: 0.25, outputPerMillion: 1.25 },
  'anthropic.claude-3-5-haiku-20241022-v1:0': { inputPerMillion: 0.8, outputPerMillion: 4 },
  'anthropic.claude-3-sonnet-20240229-v1:0': { inputPerMillion: 3, outputPerMillion: 15 },
  'anthropic.claude-3-5-sonnet-20240620-v1:0': { inputPerMillion: 3, outputPerMillion: 15 },
  'anthropic.claude-3-5-sonnet-20241022-v2:0': { inputPerMillion: 3, outputPerMillion: 15 },
  'anthropic.claude-3-7-sonnet-20250219-v1:0': { inputPerMillion: 3, outputPerMillion: 15 },
  'anthropic.claude-sonnet-4-20250514-v1:0': { inputPerMillion: 3, outputPerMillion: 15 },
  'anthropic.claude-3-opus-20240229-v1:0': { inputPerMillion: 15, outputPerMillion: 75 },
  'anthropic.claude-opus-4-20250514-v1:0': { inputPerMillion: 15, outputPerMillion: 75 },
  'amazon.nova-micro-v1:0': { inputPerMillion: 0.035, outputPerMillion: 0.14 },
  'amazon.nova-lite-v1:0': { inputPerMillion: 0.06, outputPerMillion: 0.24 },
  'amazon.nova-pro-v1:0': { inputPerMillion: 0.8, outputPerMillion: 3.2 },
  'amazon.titan-text-express-v1': { inputPerMillion: 0.2, outputPerMillion: 0.6 },
  'meta.llama3-1-8b-instruct-v1:0': { inputPerMillion: 0.22, outputPerMillion: 0.22 },
  'meta.llama3-1-70b-instruct-v1:0': { inputPerMillion: 0.72, outputPerMillion: 0.72 },
  'meta.llama3-3-70b-instruct-v1:0': { inputPerMillion: 0.72, outputPerMillion: 0.72 },
  'mistral.mistral-small-2402-v1:0': { inputPerMillion: 1, outputPerMillion: 3 },
  'mistral.mistral-large-2402-v1:0': { inputPerMillion: 4, outputPerMillion: 12 },
  'cohere.command-r-v1:0': { inputPerMillion: 0.5, outputPerMillion: 1.5 },
  'cohere.command-r-plus-v1:0': { inputPerMillion: 3, outputPerMillion: 15 },
}

/**
 * What `usage` cost in USD: the configured price of the model id (exact, then its base model),
 * then the built-in one. The `local` provider runs on the user's own machine and costs 0 unless
 * priced; any other model without a price is undefined (unknown, not free).
 */
export function costOf(
  provider: string,
  modelId: string,
  usage: TokenUsage,
  configured: PriceTable = {},
): number | undefined {
  const base = baseModelId(modelId)
  const price =
    own(configured, modelId) ??
    own(configured, base) ??
    own(builtInPrices, modelId) ??
    own(builtInPrices, base)
  if (!price) return provider === 'local' ? 0 : undefined
  const usd =
    (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1e6
  // Rounded to a millionth of a cent, so sums of many answers do not show float noise.
  return Math.round(usd * 1e8) / 1e8
}

// Own keys only: a model id such as `constructor` must not find Object.prototype's.
const own = (table: PriceTable, id: string): ModelPrice | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined
