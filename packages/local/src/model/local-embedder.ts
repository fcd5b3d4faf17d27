import type { Embedder, EmbedOptions } from '@chatter/core'

const DIMENSIONS = 384
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** 32-bit FNV-1a over UTF-16 code units: fixed, fast and the same on every machine. */
export function fnv1a(text: string): number {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return hash >>> 0
}

// Whole words carry the meaning; bigrams keep a little word order; character trigrams let
// "embedding" and "embeddings" meet. Trigrams are many per word, hence their small weight.
const WEIGHTS = { word: 1, bigram: 0.7, trigram: 0.2 } as const

function addFeature(into: Float64Array, feature: string, weight: number): void {
  const hash = fnv1a(feature)
  // The top bit signs the feature, so colliding features tend to cancel rather than pile up.
  into[hash % DIMENSIONS]! += hash & 0x80000000 ? -weight : weight
}

function embedOne(text: string): number[] {
  const sums = new Float64Array(DIMENSIONS)
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  words.forEach((word, i) => {
    addFeature(sums, `w:${word}`, WEIGHTS.word)
    if (i > 0) addFeature(sums, `b:${words[i - 1]} ${word}`, WEIGHTS.bigram)
    const padded = `#${word}#`
    for (let j = 0; j + 3 <= padded.length; j++) {
      addFeature(sums, `c:${padded.slice(j, j + 3)}`, WEIGHTS.trigram)
    }
  })
  // A text with no words still gets a fixed, valid unit vector (vector stores refuse zeros).
  if (words.length === 0) addFeature(sums, 'empty:', 1)
  const norm = Math.hypot(...sums)
  return Array.from(sums, (value) => value / norm)
}

/**
 * The local embedder: deterministic feature hashing of lower-cased words, word bigrams and
 * character trigrams into 384 signed buckets, L2-normalised. It is lexical, not semantic:
 * texts score as similar when they share words or word parts, not when they mean the same
 * thing ("car" and "automobile" are strangers). Good enough to try search offline; use
 * Bedrock embeddings for real retrieval quality.
 */
export class LocalEmbedder implements Embedder {
  readonly modelId = 'local-hashing-384'
  readonly dimensions = DIMENSIONS

  // Symmetric: a query and a document are embedded alike, so `options.purpose` changes nothing.
  async embed(texts: string[], signal?: AbortSignal, _options?: EmbedOptions): Promise<number[][]> {
    return texts.map((text) => {
      signal?.throwIfAborted()
      return embedOne(text)
    })
  }
}
