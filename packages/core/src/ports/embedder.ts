/** Turns texts into vectors of a fixed dimension. Bedrock in AWS, a feature-hashing embedder locally. */
export interface Embedder {
  readonly modelId: string
  readonly dimensions: number
  embed(texts: string[], signal?: AbortSignal): Promise<number[][]>
}
