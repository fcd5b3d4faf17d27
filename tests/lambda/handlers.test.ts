import { Writable } from 'node:stream'
import type { APIGatewayProxyResultV2, Context } from 'aws-lambda'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { streamMetadata } from '../setup/lambda-streaming'
import { httpEvent, lambdaEnvironment } from './api-gateway-events'

const context = { awsRequestId: 'lambda-request-1', functionName: 'chatter-api' } as Context
type ApiHandler = (event: unknown, context: Context) => Promise<APIGatewayProxyResultV2 & object>

describe('the Lambda entry points', () => {
  let api: ApiHandler
  beforeAll(async () => {
    for (const [name, value] of Object.entries(lambdaEnvironment)) vi.stubEnv(name, value)
    api = (await import('../../functions/api')).handler as unknown as ApiHandler
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('answers an API Gateway v2 event through the Hono app', async () => {
    const result = await api(httpEvent('GET', '/healthz'), context)
    expect(result).toMatchObject({ statusCode: 200 })
    expect(JSON.parse(String(result.body))).toEqual({ status: 'ok' })
    expect(result.headers?.['x-request-id']).toBeTruthy()
  })

  it('answers an unknown route with problem+json, not a stack trace', async () => {
    const result = await api(httpEvent('POST', '/v1/nowhere', { body: '{' }), context)
    expect(result.statusCode).toBe(404)
    expect(result.headers?.['content-type']).toBe('application/problem+json')
    expect(JSON.parse(String(result.body))).toMatchObject({
      code: 'route.notFound',
      instance: '/v1/nowhere',
    })
  })

  it('allows CORS only from the configured origin', async () => {
    const event = httpEvent('OPTIONS', '/healthz', {
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' },
    })
    const result = await api(event, context)
    expect(result.headers?.['access-control-allow-origin']).toBe('https://app.example.com')
  })

  it('streams the same app from the function URL handler', async () => {
    const stream = (await import('../../functions/stream')).handler as unknown as (
      event: unknown,
      responseStream: Writable,
      context: Context,
    ) => Promise<void>
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk))
        done()
      },
    })
    await stream(httpEvent('GET', '/healthz'), sink, context)
    expect(streamMetadata.get(sink)).toMatchObject({ statusCode: 200 })
    expect(JSON.parse(Buffer.concat(chunks).toString())).toEqual({ status: 'ok' })
  })

  it('fails fast at cold start, naming the missing variable', async () => {
    vi.resetModules()
    vi.stubEnv('TABLE_NAME', '')
    await expect(import('../../functions/api')).rejects.toThrow(
      /TABLE_NAME is required but not set/,
    )
  })
})
