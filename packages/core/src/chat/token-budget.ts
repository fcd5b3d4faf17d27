import type { ChatMessage } from '../ports/chat-model'

/**
 * Estimates tokens without a tokenizer: one token per 4 characters (the usual rule of thumb for
 * English with BPE tokenizers; code and non-Latin scripts run denser, so it errs low there) plus
 * 4 per message for the role and separators. Good enough to fit a history into a window with
 * room to spare; the model's own usage report is what gets billed.
 * @example estimateTokens('Hello, world!') // 4
 */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4)

export const messageOverheadTokens = 4

export const estimateMessageTokens = (message: Pick<ChatMessage, 'content'>): number =>
  estimateTokens(message.content) + messageOverheadTokens

/** Assumed when a model's window is unknown: small, so a guess never overflows a real window. */
export const defaultContextWindow = 8_000

/** What an answer may use when the profile sets no maxTokens. */
export const defaultAnswerTokens = 1_024

// Context windows of common model families, by id prefix (after any cross-region prefix).
const knownWindows: [prefix: string, tokens: number][] = [
  ['anthropic.claude', 200_000],
  ['amazon.nova-micro', 128_000],
  ['amazon.nova', 300_000],
  ['meta.llama3-1', 128_000],
  ['meta.llama3-2', 128_000],
  ['meta.llama3-3', 128_000],
  ['mistral.mistral-large-2407', 128_000],
  ['cohere.command-r', 128_000],
]

/** Cross-region inference profiles (`us.`, `eu.`, ...) and ARNs name the same base model. */
export function baseModelId(modelId: string): string {
  const last = modelId.slice(modelId.lastIndexOf('/') + 1)
  return last.replace(/^(us|eu|apac|us-gov|ca|jp|au|global)\./, '')
}

/** The model's context window in tokens: a known one, else `defaultContextWindow`. */
export function contextWindowOf(modelId: string): number {
  const base = baseModelId(modelId)
  return knownWindows.find(([prefix]) => base.startsWith(prefix))?.[1] ?? defaultContextWindow
}

/**
 * The tokens a turn's input may take: the window minus what the answer may need (`maxTokens`),
 * but never less than a quarter of the window, so a profile with a huge maxTokens still sends
 * some history.
 */
export function inputBudget(window: number, maxTokens = defaultAnswerTokens): number {
  return Math.max(window - maxTokens, Math.floor(window / 4))
}
