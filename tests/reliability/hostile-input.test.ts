import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type HostileRequest, hostileRequest } from './support/hostile-requests'
import { type Operation, operations } from './support/operations'
import { reliabilityWorld, type World } from './support/world'

/**
 * Property-based fuzzing of every operation of the OpenAPI document (enumerated, not listed):
 * hostile bodies, queries, path ids and headers, sent by the owner of a workspace with one
 * resource of every kind (and a platform admin, so /v1/admin runs too), so the route logic runs
 * rather than only the auth checks. Whatever comes in: never a 5xx; a 4xx is a whole problem+json;
 * every status is one the operation documents, or one the framework gives any route.
 *
 * Seeded and bounded: FUZZ_SEED and FUZZ_RUNS (per operation) override the defaults; a failure
 * prints the seed and the shrunk request to replay it.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20_260_310)
const numRuns = Number(process.env.FUZZ_RUNS ?? 25)
// Not found, method not allowed, too large, unsupported media type, rate limited: any route.
const anyRoute = [404, 405, 413, 415, 429]
const problemFields = ['type', 'title', 'status', 'detail', 'code']

/** The whole body, streams included, so an error mid-stream cannot hide behind a 200. */
async function drain(response: Response): Promise<string> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the body did not end within 5 s')), 5_000)
  })
  try {
    return await Promise.race([response.text(), timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function answers(w: World, op: Operation, request: HostileRequest) {
  const { path, method, headers, body } = request
  const response = await w.app.request(path, { method, headers, ...(body ? { body } : {}) })
  const text = await drain(response)
  const why = `${method} ${path.slice(0, 200)} -> ${response.status} ${text.slice(0, 300)}`
  expect(response.status, why).toBeLessThan(500)
  const allowed = new Set([...op.responses, ...anyRoute, ...(request.badCredential ? [401] : [])])
  expect(allowed, why).toContain(response.status)
  if (response.status < 400) return
  expect(response.headers.get('content-type'), why).toBe('application/problem+json')
  const problem = JSON.parse(text)
  for (const field of problemFields) expect(problem[field], `${why}: ${field}`).toBeTruthy()
  expect(problem.status, why).toBe(response.status)
}

describe('hostile input on every operation', () => {
  it.each(operations.map((op, index) => [op.name, op, index] as const))(
    '%s: never a 5xx, always a documented status, every 4xx a problem',
    async (_, op, index) => {
      const w = await reliabilityWorld({ ownerIsSystemAdmin: true })
      await fc.assert(
        fc.asyncProperty(hostileRequest(op, w), (request) => answers(w, op, request)),
        { seed: seed + index, numRuns },
      )
    },
  )
})
