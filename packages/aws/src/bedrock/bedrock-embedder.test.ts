import {
  createServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type ServerHttp2Session,
} from 'node:http2'
import type { AddressInfo } from 'node:net'
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bedrockEmbedder } from './bedrock-embedder'

type Json = Record<string, unknown>

/** A deterministic vector per text, so a test can tell which text a vector belongs to. */
function vectorFor(text: string, dimensions: number): number[] {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0
  return Array.from({ length: dimensions }, (_, j) => ((hash + j * 7919) % 1000) / 1000)
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message)
  }
}

/** What the Bedrock runtime answers for the embedding models, with its validation rules. */
function answer(modelId: string, body: Json): Json {
  if (modelId === 'amazon.titan-embed-text-v2:0') {
    const { inputText, dimensions } = body as { inputText?: string; dimensions?: number }
    if (typeof inputText !== 'string' || inputText.length === 0 || inputText.length > 50_000) {
      throw new Refusal(400, 'ValidationException', 'Malformed input request: inputText')
    }
    if (![256, 512, 1024].includes(dimensions ?? 1024)) {
      throw new Refusal(400, 'ValidationException', 'dimensions must be one of 256, 512, 1024')
    }
    return { embedding: vectorFor(inputText, dimensions ?? 1024), inputTextTokenCount: 3 }
  }
  if (modelId.startsWith('cohere.embed-')) {
    const { texts, input_type } = body as { texts?: string[]; input_type?: string }
    if (!Array.isArray(texts) || texts.length > 96 || texts.some((t) => t.length > 2_048)) {
      throw new Refusal(400, 'ValidationException', 'Malformed input request: texts')
    }
    if (!['search_document', 'search_query'].includes(input_type ?? '')) {
      throw new Refusal(400, 'ValidationException', 'Malformed input request: input_type')
    }
    const embeddings = texts.map((text) => vectorFor(text, 1024))
    return { id: 'local', texts, embeddings, response_type: 'embeddings_floats' }
  }
  throw new Refusal(404, 'ResourceNotFoundException', 'Model not found')
}

interface InvokeRequest {
  modelId: string
  body: Json
}

/**
 * A stand-in for the Bedrock runtime's InvokeModel (`POST /model/{modelId}/invoke`) on
 * 127.0.0.1, for a real BedrockRuntimeClient pointed at it with `endpoint`. It speaks HTTP/2
 * (cleartext), like the client's default request handler.
 */
async function startBedrockRuntime() {
  const requests: InvokeRequest[] = []
  const failures: { status: number; type: string; message: string }[] = []
  let inFlight = 0
  let maxInFlight = 0
  let delayMs = 0

  const reply = (res: Http2ServerResponse, status: number, body: Json, type?: string) => {
    res.writeHead(status, {
      'content-type': 'application/json',
      ...(type ? { 'x-amzn-errortype': type } : {}),
    })
    res.end(JSON.stringify(body))
  }

  const handle = async (req: Http2ServerRequest, res: Http2ServerResponse) => {
    const match = /^\/model\/([^/]+)\/invoke$/.exec(req.url ?? '')
    if (req.method !== 'POST' || !match?.[1]) return reply(res, 404, { message: 'Not found' })
    if (!req.headers.authorization?.startsWith('AWS4-HMAC-SHA256 ')) {
      return reply(res, 403, { message: 'Missing signature' }, 'AccessDeniedException')
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = {
      modelId: decodeURIComponent(match[1]),
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json,
    }
    requests.push(request)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
      const failure = failures.shift()
      if (failure) return reply(res, failure.status, { message: failure.message }, failure.type)
      reply(res, 200, answer(request.modelId, request.body))
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      reply(res, error.status, { message: error.message }, error.type)
    } finally {
      inFlight--
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => reply(res, 500, { message: 'stand-in failed' }))
  })
  const sessions = new Set<ServerHttp2Session>()
  server.on('session', (session: ServerHttp2Session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    /** Answers the next `times` requests with this status and AWS error type. */
    failNext(status: number, type: string, message: string, times = 1) {
      for (let i = 0; i < times; i++) failures.push({ status, type, message })
    },
    slowDown(ms: number) {
      delayMs = ms
    },
    reset() {
      requests.length = 0
      failures.length = 0
      maxInFlight = 0
      delayMs = 0
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const session of sessions) session.close()
      }),
  }
}

let bedrock: Awaited<ReturnType<typeof startBedrockRuntime>>
let client: BedrockRuntimeClient

beforeAll(async () => {
  bedrock = await startBedrockRuntime()
  client = new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: bedrock.endpoint,
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 3,
  })
})
afterEach(() => bedrock.reset())
afterAll(async () => {
  client?.destroy()
  await bedrock?.stop()
})

const titan = 'amazon.titan-embed-text-v2:0'
const cohere = 'cohere.embed-english-v3'
const textsNumbered = (count: number) => Array.from({ length: count }, (_, i) => `passage ${i}`)

describe('bedrockEmbedder with Titan Text Embeddings v2', () => {
  it('sends one text per request, at most 8 at a time, and keeps the order', async () => {
    const embedder = bedrockEmbedder({ client, modelId: titan })
    const texts = textsNumbered(20)
    bedrock.slowDown(20)

    const vectors = await embedder.embed(texts)

    expect(embedder.dimensions).toBe(1024)
    expect(vectors).toEqual(texts.map((text) => vectorFor(text, 1024)))
    expect(bedrock.requests).toHaveLength(20)
    expect(bedrock.requests[0]).toEqual({
      modelId: titan,
      body: { inputText: 'passage 0', dimensions: 1024, normalize: true },
    })
    expect(bedrock.maxInFlight()).toBeGreaterThan(1)
    expect(bedrock.maxInFlight()).toBeLessThanOrEqual(8)
  })

  it('asks for the configured dimensions', async () => {
    const embedder = bedrockEmbedder({ client, modelId: titan, dimensions: 256 })

    const [vector] = await embedder.embed(['short'])

    expect(embedder.dimensions).toBe(256)
    expect(vector).toHaveLength(256)
    expect(bedrock.requests[0]?.body.dimensions).toBe(256)
  })

  it('cuts a text over 50,000 characters to the limit instead of failing', async () => {
    const [vector] = await bedrockEmbedder({ client, modelId: titan }).embed(['x'.repeat(60_000)])

    expect(vector).toEqual(vectorFor('x'.repeat(50_000), 1024))
  })
})

describe('bedrockEmbedder with Cohere Embed v3', () => {
  it('sends documents in batches of 96 as search_document, and keeps the order', async () => {
    const embedder = bedrockEmbedder({ client, modelId: cohere })
    const texts = textsNumbered(200)

    const vectors = await embedder.embed(texts)

    expect(vectors).toEqual(texts.map((text) => vectorFor(text, 1024)))
    expect(bedrock.requests.map((r) => (r.body.texts as string[]).length)).toEqual([96, 96, 8])
    expect(bedrock.requests[2]).toEqual({
      modelId: cohere,
      body: { texts: texts.slice(192), input_type: 'search_document', truncate: 'END' },
    })
  })

  it('embeds a query as search_query', async () => {
    const embedder = bedrockEmbedder({ client, modelId: 'cohere.embed-multilingual-v3' })

    const [vector] = await embedder.embed(['how many vacation days?'], undefined, {
      purpose: 'query',
    })

    expect(vector).toEqual(vectorFor('how many vacation days?', 1024))
    expect(bedrock.requests[0]?.modelId).toBe('cohere.embed-multilingual-v3')
    expect(bedrock.requests[0]?.body.input_type).toBe('search_query')
  })

  it('cuts texts to 2,048 characters without splitting a character in two', async () => {
    await bedrockEmbedder({ client, modelId: cohere }).embed([
      'a'.repeat(3_000),
      `${'b'.repeat(2_047)}😀 and more`,
    ])

    expect(bedrock.requests[0]?.body.texts).toEqual(['a'.repeat(2_048), 'b'.repeat(2_047)])
  })
})

describe('bedrockEmbedder input and errors', () => {
  it('refuses a blank text clearly, before calling Bedrock', async () => {
    const embedder = bedrockEmbedder({ client, modelId: cohere })

    await expect(embedder.embed(['fine', '  '])).rejects.toMatchObject({
      code: 'request.invalid',
      message: `Cannot embed an empty text with ${cohere}`,
      details: { errors: [{ path: 'texts.1', message: 'must contain more than white space' }] },
    })
    expect(bedrock.requests).toEqual([])
  })

  it('answers no texts with no vectors and no request', async () => {
    expect(await bedrockEmbedder({ client, modelId: titan }).embed([])).toEqual([])
    expect(bedrock.requests).toEqual([])
  })

  it.each([
    [429, 'ThrottlingException'],
    [503, 'ServiceUnavailableException'],
  ])('retries a %i (%s) and then answers', async (status, type) => {
    bedrock.failNext(status, type, 'Too many requests, please wait before trying again.')

    const vectors = await bedrockEmbedder({ client, modelId: titan }).embed(['again'])

    expect(vectors).toEqual([vectorFor('again', 1024)])
    expect(bedrock.requests).toHaveLength(2)
  })

  it('gives up on throttling after the client retries, as a retryable unavailability', async () => {
    bedrock.failNext(429, 'ThrottlingException', 'Too many requests', 3)

    await expect(bedrockEmbedder({ client, modelId: titan }).embed(['busy'])).rejects.toMatchObject(
      {
        code: 'dependency.unavailable',
        message: `Bedrock embeddings with ${titan} are unavailable: throttled, still after retries`,
        details: { modelId: titan, retryable: true },
      },
    )
    expect(bedrock.requests).toHaveLength(3)
  })

  it('surfaces a 400 at once as request.invalid naming the model and the reason', async () => {
    bedrock.failNext(400, 'ValidationException', 'Malformed input request: texts')

    await expect(bedrockEmbedder({ client, modelId: cohere }).embed(['x'])).rejects.toMatchObject({
      code: 'request.invalid',
      message: `Bedrock refused the embedding request for ${cohere}: Malformed input request: texts`,
    })
    expect(bedrock.requests).toHaveLength(1)
  })

  it('says when the account cannot use the model', async () => {
    bedrock.failNext(403, 'AccessDeniedException', 'You do not have access to the model')

    await expect(bedrockEmbedder({ client, modelId: titan }).embed(['x'])).rejects.toMatchObject({
      code: 'dependency.unavailable',
      message: `The Bedrock model ${titan} is not available to this account (AccessDeniedException)`,
    })
  })

  it('stops sending and rejects promptly when the signal aborts', async () => {
    bedrock.slowDown(300)
    const controller = new AbortController()
    const embedding = bedrockEmbedder({ client, modelId: titan }).embed(
      textsNumbered(40),
      controller.signal,
    )
    setTimeout(() => controller.abort(), 50)
    const started = performance.now()

    await expect(embedding).rejects.toMatchObject({ name: 'AbortError' })
    expect(performance.now() - started).toBeLessThan(250)
    expect(bedrock.requests.length).toBeLessThanOrEqual(8)
  })

  it('refuses at configuration time a model or dimensions it does not support', () => {
    expect(() => bedrockEmbedder({ client, modelId: 'amazon.titan-embed-text-v1' })).toThrow(
      'Unsupported Bedrock embedding model "amazon.titan-embed-text-v1"; supported: amazon.titan-embed-text-v2:0, cohere.embed-english-v3, cohere.embed-multilingual-v3',
    )
    expect(() => bedrockEmbedder({ client, modelId: titan, dimensions: 384 })).toThrow(
      `${titan} embeds into 1024, 512, 256 dimensions, not 384`,
    )
    expect(() => bedrockEmbedder({ client, modelId: cohere, dimensions: 512 })).toThrow(
      `${cohere} embeds into 1024 dimensions, not 512`,
    )
  })
})
