import { createRoute, z } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import { createRouter } from './router'
import { testApp } from './test-support'

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  return (await response.json()) as Record<string, unknown>
}

/** A JSON route like every /v1 route will be, to exercise the shared validation path. */
function appWithJsonRoute() {
  const app = testApp()
  const body = z.object({ title: z.string().min(1), tags: z.array(z.string()).max(2).optional() })
  const route = createRoute({
    method: 'post',
    path: '/things',
    request: { body: { content: { 'application/json': { schema: body } }, required: true } },
    responses: { 201: { description: 'Created' } },
  })
  app.route(
    '/v1',
    createRouter().openapi(route, (c) => c.json(c.req.valid('json'), 201)),
  )
  app.get('/v1/boom', () => {
    throw new Error('connect ECONNREFUSED 10.0.0.7:8000 secret=hunter2')
  })
  return app
}

const post = (
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => appWithJsonRoute().request('/v1/things', { method: 'POST', body, headers })

describe('HTTP skeleton', () => {
  it('answers liveness with a request id and security headers', async () => {
    const response = await testApp().request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('strict-transport-security')).toContain('max-age')
  })

  it('echoes a safe caller request id and replaces an unsafe one', async () => {
    const app = testApp()
    const kept = await app.request('/healthz', { headers: { 'X-Request-Id': 'trace-42.a' } })
    expect(kept.headers.get('x-request-id')).toBe('trace-42.a')
    const replaced = await app.request('/healthz', {
      headers: { 'X-Request-Id': 'bad id <script>' },
    })
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers an unknown route with a 404 problem naming the path', async () => {
    const response = await testApp().request('/v1/nope?x=1', { headers: { 'X-Request-Id': 'r-1' } })
    expect(response.status).toBe(404)
    expect(await problemOf(response)).toMatchObject({
      type: 'urn:chatter:problem:route.notFound',
      title: 'Not found',
      status: 404,
      code: 'route.notFound',
      instance: '/v1/nope',
      requestId: 'r-1',
    })
  })

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const response = await testApp().request('/healthz', { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toContain('GET')
    expect((await problemOf(response)).code).toBe('route.methodNotAllowed')
  })

  it('answers invalid fields with 422 listing each field path', async () => {
    const response = await post(JSON.stringify({ title: 7, tags: ['a', 'b', 'c'] }))
    expect(response.status).toBe(422)
    const problem = await problemOf(response)
    expect(problem.code).toBe('request.invalid')
    const paths = (problem.errors as { path: string }[]).map((error) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['json.title', 'json.tags']))
  })

  it('accepts a valid body', async () => {
    const response = await post(JSON.stringify({ title: 'ok' }))
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ title: 'ok' })
  })

  it('answers malformed JSON with 400', async () => {
    const response = await post('{"title": ')
    expect(response.status).toBe(400)
    expect(await problemOf(response)).toMatchObject({
      code: 'request.malformed',
      detail: 'The request body is not valid JSON.',
    })
  })

  it('answers a body of the wrong content type with 415', async () => {
    const response = await post('title=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(response.status).toBe(415)
    expect((await problemOf(response)).code).toBe('request.unsupportedMediaType')
  })

  it('answers an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ title: 'x'.repeat(2048) }))
    expect(response.status).toBe(413)
    expect((await problemOf(response)).code).toBe('request.tooLarge')
  })

  it('turns an unexpected error into a generic 500 that leaks nothing', async () => {
    const response = await appWithJsonRoute().request('/v1/boom')
    expect(response.status).toBe(500)
    const text = await response.clone().text()
    expect(text).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.7|at .*\.ts/)
    expect((await problemOf(response)).code).toBe('internal.error')
  })

  it('allows CORS from configured origins only', async () => {
    const app = testApp()
    const preflight = (origin: string) =>
      app.request('/healthz', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      })
    const allowed = await preflight('http://localhost:3000')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    const denied = await preflight('https://evil.example')
    expect(denied.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('describes its routes as OpenAPI 3.1', async () => {
    const document = (await (await testApp().request('/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, unknown>
    }
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']))
  })
})
