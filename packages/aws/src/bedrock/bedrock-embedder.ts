import { type BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime'
import { DomainError, type Embedder, type EmbedOptions } from '@chatter/core'

type Purpose = NonNullable<EmbedOptions['purpose']>

/** How one model family is called: its request and response bodies and its input limits. */
interface Dialect {
  /** Longer texts are cut to this many UTF-16 code units before they are sent. */
  readonly maxChars: number
  readonly textsPerRequest: number
  body(texts: string[], dimensions: number, purpose: Purpose): object
  /** The vectors in a response body, or undefined when it is not shaped as expected. */
  vectors(response: Record<string, unknown>): unknown[] | undefined
}

const titanV2: Dialect = {
  // 8,192 tokens or 50,000 characters, whichever comes first.
  maxChars: 50_000,
  textsPerRequest: 1,
  body: ([inputText], dimensions) => ({ inputText, dimensions, normalize: true }),
  vectors: ({ embedding }) => (embedding === undefined ? undefined : [embedding]),
}

const cohereV3: Dialect = {
  // Bedrock refuses longer texts; `truncate: 'END'` then cuts them to the model's 512 tokens.
  maxChars: 2_048,
  textsPerRequest: 96,
  body: (texts, _dimensions, purpose) => ({
    texts,
    input_type: purpose === 'query' ? 'search_query' : 'search_document',
    truncate: 'END',
  }),
  vectors: ({ embeddings }) => (Array.isArray(embeddings) ? embeddings : undefined),
}

const models = [
  { prefix: 'amazon.titan-embed-text-v2', dialect: titanV2, dimensions: [1024, 512, 256] },
  { prefix: 'cohere.embed-english-v3', dialect: cohereV3, dimensions: [1024] },
  { prefix: 'cohere.embed-multilingual-v3', dialect: cohereV3, dimensions: [1024] },
] as const

/** The embedding model ids `bedrockEmbedder` accepts (or ids that start with one of them). */
export const bedrockEmbeddingModelIds = [
  'amazon.titan-embed-text-v2:0',
  'cohere.embed-english-v3',
  'cohere.embed-multilingual-v3',
] as const

export interface BedrockEmbedderOptions {
  /**
   * The runtime client, or a function giving it. Give the embedder a client that keeps the SDK's
   * retries (`createBedrockClient({ region })`, 3 attempts, or more): they retry throttling, 5xx
   * and timeouts with backoff. The chat models' `maxAttempts: 1` client would not.
   */
  client: BedrockRuntimeClient | (() => BedrockRuntimeClient)
  modelId: string
  /** Titan v2: 256, 512 or 1024 (default). Cohere v3: 1024 only. */
  dimensions?: number
  /** Requests in flight at once per `embed` call; default 8. */
  concurrency?: number
}

/**
 * The Embedder on Bedrock InvokeModel, for Titan Text Embeddings v2 (one text per request,
 * requests run 8 at a time) and Cohere Embed v3 (96 texts per request; a `query` is embedded as
 * `search_query`, documents as `search_document`). Texts over the model's limit are cut at its
 * end; an empty or blank text is refused as `request.invalid`, since no model embeds it.
 * Throws at once, naming the supported models, for a model id it does not know.
 * @example
 * const embedder = bedrockEmbedder({ client: () => bedrock, modelId: 'cohere.embed-english-v3' })
 * const [queryVector] = await embedder.embed([question], signal, { purpose: 'query' })
 */
export function bedrockEmbedder({
  client,
  modelId,
  dimensions,
  concurrency = 8,
}: BedrockEmbedderOptions): Embedder {
  const model = models.find(({ prefix }) => modelId.startsWith(prefix))
  if (!model) {
    throw new Error(
      `Unsupported Bedrock embedding model "${modelId}"; supported: ${bedrockEmbeddingModelIds.join(', ')}`,
    )
  }
  const supported: readonly number[] = model.dimensions
  const size = dimensions ?? supported[0]!
  if (!supported.includes(size)) {
    throw new Error(`${modelId} embeds into ${supported.join(', ')} dimensions, not ${size}`)
  }
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
    throw new Error(`concurrency must be a whole number of at least 1, got ${concurrency}`)
  }
  const getClient = typeof client === 'function' ? client : () => client
  return new BedrockEmbedder(getClient, modelId, size, model.dialect, concurrency)
}

class BedrockEmbedder implements Embedder {
  constructor(
    private readonly client: () => BedrockRuntimeClient,
    readonly modelId: string,
    readonly dimensions: number,
    private readonly dialect: Dialect,
    private readonly concurrency: number,
  ) {}

  async embed(texts: string[], signal?: AbortSignal, options?: EmbedOptions): Promise<number[][]> {
    signal?.throwIfAborted()
    const prepared = texts.map((text, index) => this.#prepare(text, index))
    const { textsPerRequest } = this.dialect
    const batches: string[][] = []
    for (let at = 0; at < prepared.length; at += textsPerRequest) {
      batches.push(prepared.slice(at, at + textsPerRequest))
    }
    const purpose = options?.purpose ?? 'document'
    const vectors = await mapBounded(batches, this.concurrency, signal, (batch, batchSignal) =>
      this.#invoke(batch, purpose, batchSignal),
    )
    return vectors.flat()
  }

  #prepare(text: string, index: number): string {
    if (text.trim() === '') {
      throw new DomainError('request.invalid', `Cannot embed an empty text with ${this.modelId}`, {
        errors: [{ path: `texts.${index}`, message: 'must contain more than white space' }],
      })
    }
    return truncate(text, this.dialect.maxChars)
  }

  async #invoke(texts: string[], purpose: Purpose, signal: AbortSignal): Promise<number[][]> {
    const command = new InvokeModelCommand({
      modelId: this.modelId,
      contentType: 'application/json',
      accept: 'application/json',
      body: JSON.stringify(this.dialect.body(texts, this.dimensions, purpose)),
    })
    let response: Record<string, unknown>
    try {
      const output = await this.client().send(command, { abortSignal: signal })
      response = JSON.parse(new TextDecoder().decode(output.body)) as Record<string, unknown>
    } catch (error) {
      signal.throwIfAborted()
      throw toEmbeddingError(error, this.modelId)
    }
    const vectors = this.dialect.vectors(response ?? {})
    if (vectors?.length !== texts.length || !vectors.every((v) => this.#isVector(v))) {
      throw new DomainError(
        'dependency.unavailable',
        `Bedrock sent an unexpected response for ${this.modelId}: not ${texts.length} vectors of ${this.dimensions} dimensions`,
      )
    }
    return vectors
  }

  #isVector(value: unknown): value is number[] {
    return (
      Array.isArray(value) &&
      value.length === this.dimensions &&
      value.every((x) => typeof x === 'number')
    )
  }
}

/** Cuts `text` to at most `max` code units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const last = text.charCodeAt(max - 1)
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max)
}

/**
 * Maps `items` through `call` with at most `limit` calls in flight, keeping the order. The first
 * failure stops new calls and aborts the others' signal, so a refused batch does not leave the
 * remaining requests running.
 */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal | undefined,
  call: (item: T, signal: AbortSignal) => Promise<R>,
): Promise<R[]> {
  const stop = new AbortController()
  const linked = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length && !linked.aborted) {
      const index = next++
      results[index] = await call(items[index]!, linked)
    }
  }
  const workers = Array.from({ length: Math.min(limit, items.length) }, () =>
    worker().catch((error: unknown) => {
      stop.abort()
      throw error
    }),
  )
  await Promise.all(workers)
  signal?.throwIfAborted()
  return results
}

const busy = new Set([
  'ThrottlingException',
  'ServiceUnavailableException',
  'ModelNotReadyException',
  'ModelTimeoutException',
  'InternalServerException',
  'TimeoutError',
])

/**
 * Translates what InvokeModel throws, once the SDK has used up its retries, into a DomainError
 * naming the model. Only validation messages, which describe our own input, are passed on:
 * other AWS messages can name the account and role.
 */
function toEmbeddingError(error: unknown, modelId: string): DomainError {
  if (error instanceof DomainError) return error
  const name = error instanceof Error ? error.name : 'UnknownError'
  const message = error instanceof Error ? error.message : String(error)
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata
    ?.httpStatusCode
  let domain: DomainError
  if (name === 'ValidationException') {
    domain = new DomainError(
      'request.invalid',
      `Bedrock refused the embedding request for ${modelId}: ${message.slice(0, 300)}`,
      { modelId },
    )
  } else if (busy.has(name) || status === 429 || (status !== undefined && status >= 500)) {
    const why = name === 'ThrottlingException' || status === 429 ? 'throttled' : `busy (${name})`
    domain = new DomainError(
      'dependency.unavailable',
      `Bedrock embeddings with ${modelId} are unavailable: ${why}, still after retries`,
      { modelId, retryable: true },
    )
  } else if (name === 'AccessDeniedException' || name === 'ResourceNotFoundException') {
    domain = new DomainError(
      'dependency.unavailable',
      `The Bedrock model ${modelId} is not available to this account (${name})`,
      { modelId, retryable: false },
    )
  } else {
    domain = new DomainError('dependency.unavailable', `Bedrock embeddings failed (${name})`, {
      modelId,
      retryable: false,
    })
  }
  domain.cause = error
  return domain
}
