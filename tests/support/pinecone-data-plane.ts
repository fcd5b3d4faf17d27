import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isDomainError, type VectorRecord } from '@chatter/core'
import { LocalVectorIndex } from '@chatter/local'

export interface PineconeDataPlane {
  /** `http://127.0.0.1:port`, for `pinecone.index({ name, host })`. */
  host: string
  apiKey: string
  /** Every request as `METHOD /path`, in order: proves how many calls an operation made. */
  requests: string[]
  /** Answers the next `times` authenticated requests with `status`, as Pinecone does when throttling or failing. */
  failNext(status: number, times?: number): void
  stop(): Promise<void>
}

type Json = Record<string, unknown>
type Handler = (body: Json) => Promise<Json>

const MAX_BODY_BYTES = 2_000_000
const MAX_UPSERT = 1000

/** Pinecone's data-plane error body: a gRPC status code (3 invalid argument, 5 not found). */
const grpcStatus = (code: number, message: string): Json => ({ code, message, details: [] })

class PineconeFault extends Error {
  constructor(
    readonly status: number,
    readonly grpc: number,
    message: string,
  ) {
    super(message)
  }
}

const namespaceOf = (body: Json) => (typeof body.namespace === 'string' ? body.namespace : '')

/** The endpoints the official client (8.x) calls for these operations, by `METHOD /path`. */
const routesOn = (index: LocalVectorIndex, dimension: number): Record<string, Handler> => ({
  'POST /vectors/upsert': async (body) => {
    const vectors = (body.vectors ?? []) as VectorRecord[]
    if (vectors.length > MAX_UPSERT) {
      throw new PineconeFault(
        400,
        3,
        `Upsert batch of ${vectors.length} exceeds the limit of ${MAX_UPSERT} vectors`,
      )
    }
    await index.upsert(namespaceOf(body), vectors)
    return { upsertedCount: vectors.length }
  },
  'POST /query': async (body) => {
    if (!Array.isArray(body.vector))
      throw new PineconeFault(400, 3, 'Only queries by vector are supported here')
    const namespace = namespaceOf(body)
    const matches = await index.query(namespace, {
      vector: body.vector as number[],
      topK: body.topK as number,
      ...(body.filter !== undefined && { filter: body.filter as Json }),
      includeMetadata: body.includeMetadata === true,
    })
    const values: number[] = [] // Pinecone sends an empty list unless includeValues is set
    return {
      results: [],
      matches: matches.map((m) => ({ ...m, values })),
      namespace,
      usage: { readUnits: 1 },
    }
  },
  'POST /vectors/delete': async (body) => {
    const namespace = namespaceOf(body)
    // A serverless index answers 404 for a namespace it does not hold, even to deleteAll.
    if (!(namespace in index.stats())) throw new PineconeFault(404, 5, 'Namespace not found')
    if (body.deleteAll === true) await index.deleteNamespace(namespace)
    else if (Array.isArray(body.ids)) await index.deleteIds(namespace, body.ids as string[])
    else if (body.filter) await index.deleteByFilter(namespace, body.filter as Json)
    else throw new PineconeFault(400, 3, 'Delete needs ids, a filter or deleteAll')
    return {}
  },
  'POST /describe_index_stats': async () => {
    const stats = Object.entries(index.stats())
    const namespaces = Object.fromEntries(
      stats.map(([name, ns]) => [name, { vectorCount: ns.vectorCount }]),
    )
    const totalVectorCount = stats.reduce((sum, [, ns]) => sum + ns.vectorCount, 0)
    return {
      namespaces,
      dimension,
      indexFullness: 0,
      totalVectorCount,
      metric: 'cosine',
      vectorType: 'dense',
    }
  },
})

/**
 * A local stand-in for a Pinecone serverless index's data plane (the REST API the official
 * client calls once given a host): upsert, query, delete and describe_index_stats, backed by the
 * in-memory LocalVectorIndex with a fixed dimension, checking the `Api-Key` header and answering
 * errors in Pinecone's shapes. Listens on 127.0.0.1 only.
 * @example const plane = await startPineconeDataPlane({ dimension: 4 })
 */
export async function startPineconeDataPlane({ dimension = 4 } = {}): Promise<PineconeDataPlane> {
  const index = await LocalVectorIndex.open({ dimension })
  const routes = routesOn(index, dimension)
  const apiKey = `pcsk_local_${randomUUID()}`
  const requests: string[] = []
  let failures: { status: number; left: number } | undefined

  const server = createServer((req, res) => {
    const route = `${req.method} ${new URL(req.url ?? '/', 'http://127.0.0.1').pathname}`
    requests.push(route)
    void answer(req, res, route).catch((error: unknown) => {
      res.writeHead(500).end(JSON.stringify(grpcStatus(13, String(error))))
    })
  })

  async function answer(req: IncomingMessage, res: ServerResponse, route: string): Promise<void> {
    const body = await readBody(req)
    const [status, reply] = await respond(route, req.headers['api-key'], body)
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply))
  }

  async function respond(route: string, key: unknown, body: Buffer): Promise<[number, Json]> {
    if (key !== apiKey) {
      const error = { code: 'UNAUTHENTICATED', message: 'Invalid API Key' }
      return [401, { error, status: 401 }]
    }
    if (failures && failures.left-- > 0) {
      return [failures.status, grpcStatus(14, `Injected failure ${failures.status}`)]
    }
    const handler = routes[route]
    if (!handler) return [404, grpcStatus(5, `Not found: ${route}`)]
    try {
      if (body.length > MAX_BODY_BYTES) {
        throw new PineconeFault(400, 3, `Request size ${body.length} exceeds the 2MB limit`)
      }
      return [200, await handler(JSON.parse(body.toString('utf8') || '{}') as Json)]
    } catch (error) {
      if (error instanceof PineconeFault)
        return [error.status, grpcStatus(error.grpc, error.message)]
      // The local index raises request.invalid exactly where Pinecone answers 400 INVALID_ARGUMENT.
      if (isDomainError(error) && error.code === 'request.invalid') {
        return [400, grpcStatus(3, error.message)]
      }
      if (error instanceof SyntaxError) return [400, grpcStatus(3, 'Invalid JSON body')]
      throw error
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    failNext: (status, times = 1) => {
      failures = { status, left: times }
    },
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await index.close()
    },
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
