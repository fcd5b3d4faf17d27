// autocannon 9 ships no types: it is loaded through `require` and typed here, as far as used.
import { createRequire } from 'node:module'

interface AutocannonRequest {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
}

interface AutocannonOptions {
  url: string
  connections: number
  duration: number
  method?: string
  headers?: Record<string, string>
  body?: string
  /** One entry: each request of every connection goes through `setupRequest` (a new body...). */
  requests?: { setupRequest: (request: AutocannonRequest) => AutocannonRequest }[]
}

interface AutocannonResult {
  duration: number
  '2xx': number
  non2xx: number
  errors: number
  timeouts: number
  latency: { p50: number; p99: number }
}

const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>

/** A load point: successful requests per second and latency percentiles in ms. */
export interface LoadResult {
  rps: number
  p50: number
  p99: number
  /** Non-2xx answers, socket errors and timeouts: a point with any is not trusted. */
  failures: number
}

export interface LoadOptions {
  url: string
  connections: number
  seconds: number
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  /** A body per request (e.g. round-robin over conversations); the path may change too. */
  next?: () => { path?: string; body?: string }
}

/**
 * Drives `url` with `connections` keep-alive connections for `seconds` (autocannon). Requests
 * per second counts 2xx answers only, so a throttled or failing server does not look fast.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const { next } = options
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    ...(options.headers ? { headers: options.headers } : {}),
    ...(next ? { requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }] } : {}),
  })
  // No answer within the point: its latency is unknown (autocannon would say 0).
  const answered = result['2xx'] > 0
  return {
    rps: result['2xx'] / result.duration,
    p50: answered ? result.latency.p50 : Number.NaN,
    p99: answered ? result.latency.p99 : Number.NaN,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}
