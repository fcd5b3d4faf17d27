/**
 * What the texts are for. Asymmetric models (Cohere Embed) place a search query and the passages
 * it should find differently; symmetric ones (Titan, the local embedder) ignore it.
 */
export interface EmbedOptions {
  /** `document` (the default) for chunks being indexed, `query` for a search query. */
  purpose?: 'document' | 'query'
}

/** Turns texts into vectors of a fixed dimension. Bedrock in AWS, a feature-hashing embedder locally. */
export interface Embedder {
  readonly modelId: string
  readonly dimensions: number
  /** One vector per text, in the order of `texts`. */
  embed(texts: string[], signal?: AbortSignal, options?: EmbedOptions): Promise<number[][]>
}
