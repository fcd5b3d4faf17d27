import { type Acting, assertPermission } from '../audit/acting'
import { estimateTokens } from '../chat/token-budget'
import { DomainError } from '../errors'
import type { Embedder } from '../ports/embedder'
import { defaultModelName } from './completion-models'

/** How much one `POST /v1/embeddings` may embed. */
export const embeddingLimits = {
  /** Texts per request. */
  inputs: 256,
  /**
   * Characters per text: about OpenAI's 8,192 tokens. The embedder port states no limit of its
   * own; the Bedrock embedders cut a longer text at their model's (Cohere: 2,048 characters).
   */
  characters: 32_000,
} as const

export interface EmbeddingsInput {
  input: string | string[]
  /** `default` or the embedder's own model id. */
  model: string
  encodingFormat?: 'float' | 'base64'
  /** Must be the embedder's native size when given (vectors are not shortened). */
  dimensions?: number
}

/** OpenAI's embeddings response. */
export interface EmbeddingsResponse {
  object: 'list'
  data: { object: 'embedding'; index: number; embedding: number[] | string }[]
  model: string
  usage: { prompt_tokens: number; total_tokens: number }
}

const invalid = (path: string, message: string) =>
  new DomainError('request.invalid', message, { errors: [{ path, message }] })

/**
 * Embeds texts with the workspace's embedder, the one search uses (`read`): one vector per
 * text, in order, as floats or base64 (little-endian float32, OpenAI's clients' default).
 * Tokens are estimated (the embedder reports none) and not counted in the usage analytics.
 * @example await createEmbeddings({ embedder }, acting, { input: ['a', 'b'], model: 'default' })
 */
export async function createEmbeddings(
  ports: { embedder: Embedder },
  acting: Pick<Acting, 'access'>,
  input: EmbeddingsInput,
  signal?: AbortSignal,
): Promise<EmbeddingsResponse> {
  assertPermission(acting.access, 'read')
  const { embedder } = ports
  if (input.model !== defaultModelName && input.model !== embedder.modelId)
    throw new DomainError(
      'resource.notFound',
      `The embedding model "${input.model}" does not exist here: use "default" or "${embedder.modelId}".`,
      { errors: [{ path: 'model', message: `No embedding model "${input.model}".` }] },
    )
  if (input.dimensions !== undefined && input.dimensions !== embedder.dimensions)
    throw invalid(
      'dimensions',
      `This model's vectors have ${embedder.dimensions} dimensions: omit \`dimensions\` or send ${embedder.dimensions}.`,
    )
  const texts = typeof input.input === 'string' ? [input.input] : input.input
  if (texts.length === 0 || texts.length > embeddingLimits.inputs)
    throw invalid('input', `Send 1-${embeddingLimits.inputs} texts.`)
  texts.forEach((text, i) => {
    if (text.length === 0 || text.length > embeddingLimits.characters)
      throw invalid(`input.${i}`, `Each text must be 1-${embeddingLimits.characters} characters.`)
  })
  const vectors = await embedder.embed(texts, signal, { purpose: 'document' })
  const tokens = texts.reduce((total, text) => total + estimateTokens(text), 0)
  return {
    object: 'list',
    data: vectors.map((vector, index) => ({
      object: 'embedding',
      index,
      embedding: input.encodingFormat === 'base64' ? base64Of(vector) : vector,
    })),
    model: embedder.modelId,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  }
}

/** A vector as OpenAI's base64 encoding: its float32 values, little-endian, in base64. */
export function base64Of(vector: readonly number[]): string {
  const bytes = new DataView(new ArrayBuffer(vector.length * 4))
  vector.forEach((value, i) => {
    bytes.setFloat32(i * 4, value, true)
  })
  return Buffer.from(bytes.buffer).toString('base64')
}
