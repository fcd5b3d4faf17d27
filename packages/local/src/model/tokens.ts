// A word-ish piece: optional leading whitespace, then up to 8 letters/digits or one other
// character. Trailing whitespace is a piece of its own so the pieces always rebuild the text.
const PIECE = /\s*(?:[\p{L}\p{N}]{1,8}|[^\s\p{L}\p{N}])|\s+$/gu

/** Splits text into the pieces the local model streams; joined, they give the text back. */
export function splitTokens(text: string): string[] {
  return text.match(PIECE) ?? []
}

/**
 * Estimates tokens the simple way: every word of up to 8 letters or digits is one token, longer
 * words one per 8 characters, each punctuation mark one. English prose comes out near 1.3
 * tokens per word, close to BPE tokenizers; treat it as an estimate, not a bill.
 * @example countTokens('Hello, world!') // 4
 */
export function countTokens(text: string): number {
  let count = 0
  for (const piece of splitTokens(text)) if (piece.trim() !== '') count++
  return count
}
