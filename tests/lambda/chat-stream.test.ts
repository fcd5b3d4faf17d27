// The chat answer through the real Lambda entry points: the API function (API Gateway v2 events)
// and the streaming function (function URL, RESPONSE_STREAM) with the same app, on DynamoDB
// Local, answered by an OpenAI-compatible model server on loopback.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import type { APIGatewayProxyResultV2, Context } from 'aws-lambda'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { streamMetadata } from '../setup/lambda-streaming'
import { freshTable } from '../support/dynamodb'
import { httpEvent, lambdaEnvironment } from './api-gateway-events'

type ApiHandler = (event: unknown, context: Context) => Promise<APIGatewayProxyResultV2 & object>
type StreamHandler = (event: unknown, stream: Writable, context: Context) => Promise<void>

const context = { awsRequestId: 'lambda-request-1', functionName: 'chatter-stream' } as Context
const words = ['Hello', ' from', ' the', ' model']
let modelServer: Server
let api: ApiHandler
let stream: StreamHandler

/** A model server speaking the OpenAI streaming wire format. */
function startModelServer(): Promise<string> {
  modelServer = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/event-stream' })
      for (const word of words) {
        response.write(`data: ${JSON.stringify({ choices: [{ delta: { content: word } }] })}\n\n`)
      }
      const last = {
        choices: [{ delta: {}, finish_reason: 'stop' }],
        usage: { prompt_tokens: 11, completion_tokens: 4 },
      }
      response.end(`data: ${JSON.stringify(last)}\n\ndata: [DONE]\n\n`)
    })
  })
  return new Promise((resolve) =>
    modelServer.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(modelServer.address() as AddressInfo).port}/v1`)
    }),
  )
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  httpEvent('POST', path, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  })

beforeAll(async () => {
  const { tableName } = await freshTable()
  const baseUrl = await startModelServer()
  const environment = {
    ...lambdaEnvironment,
    AWS_ENDPOINT_URL_DYNAMODB: inject('dynamodbEndpoint'),
    TABLE_NAME: tableName,
    MODEL_PROVIDER: 'openai',
    CHAT_MODEL_ID: 'test-model',
    OPENAI_BASE_URL: baseUrl,
    VECTOR_PROVIDER: 'local',
  }
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value)
  api = (await import('../../functions/api')).handler as unknown as ApiHandler
  stream = (await import('../../functions/stream')).handler as unknown as StreamHandler
})
afterAll(() => {
  vi.unstubAllEnvs()
  modelServer?.close()
})

describe('a chat answer through the Lambda functions', () => {
  it('streams from the function URL handler and is saved, as the API function then shows', async () => {
    const registered = await api(
      post('/v1/auth/register', {
        email: 'lambda@example.com',
        password: 'a long enough passphrase',
      }),
      context,
    )
    expect(registered.statusCode, String(registered.body)).toBe(201)
    const { accessToken } = JSON.parse(String(registered.body))
    const auth = { authorization: `Bearer ${accessToken}` }
    const created = await api(post('/v1/conversations', {}, auth), context)
    const conversation = JSON.parse(String(created.body))

    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk))
        done()
      },
    })
    const event = post(
      `/v1/conversations/${conversation.id}/messages`,
      { content: 'Hi' },
      {
        ...auth,
        accept: 'text/event-stream',
      },
    )
    await stream(event, sink, context)

    expect(streamMetadata.get(sink)).toMatchObject({ statusCode: 200 })
    expect(streamMetadata.get(sink)?.headers['content-type']).toContain('text/event-stream')
    const frames = Buffer.concat(chunks)
      .toString()
      .split('\n\n')
      .filter((frame) => frame.trim())
    const events = frames.map((frame) => /^event: (.+)$/m.exec(frame)?.[1])
    expect(events[0]).toBe('message.start')
    expect(events.at(-1)).toBe('message.end')
    const text = frames
      .filter((frame) => frame.includes('event: delta'))
      .map((frame) => JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? '{}').text)
      .join('')
    expect(text).toBe(words.join(''))

    const shown = await api(
      httpEvent('GET', `/v1/conversations/${conversation.id}`, { headers: auth }),
      context,
    )
    const [, answer] = JSON.parse(String(shown.body)).messages
    expect(answer).toMatchObject({
      content: 'Hello from the model',
      status: 'complete',
      model: { provider: 'openai', modelId: 'test-model' },
      usage: { inputTokens: 11, outputTokens: 4 },
    })
  })
})
