import { estimateTokens } from '../chat/token-budget'

/**
 * The token rule chunking sizes by: the same ~4 characters per token as the chat context budget
 * (`estimateTokens`), so a chunk's `tokenCount` and a prompt's budget agree without a tokenizer.
 * Being per character, it is additive: a span of `charsForTokens(n)` characters estimates to at
 * most `n` tokens, which is what lets the chunker guarantee `maxTokens` exactly.
 */
export const charsPerToken = 4

/** The most characters a span may have and still estimate to at most `tokens` tokens. */
export const charsForTokens = (tokens: number): number =>
  Math.max(0, Math.floor(tokens)) * charsPerToken

/** Tokens a chunk of text is estimated at (one per 4 characters, rounded up). */
export const estimateChunkTokens = (text: string): number => estimateTokens(text)
