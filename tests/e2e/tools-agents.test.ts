// Issue 6 end to end on the local stack: a real MCP server (the official SDK) registered over
// HTTP with a secret header, its tools listed and called directly (bad arguments: 422), then
// called through a chat with an agent (tool.call, tool.result and the answer in the stream), a
// stopped server reported unhealthy, and prompt templates rendered, versioned and rolled back.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'
import { startTestMcpServer, type TestMcpServer } from '../support/mcp-server'

let stack: LocalStack
let dataDir: string
let token: string
let mcp: TestMcpServer

// biome-ignore lint/suspicious/noExplicitAny: the test reads response bodies loosely, as a client does
type Body = Record<string, any>

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body, text }
}

/** The SSE frames of a streamed answer, as `{ event, data }`. */
async function streamed(conversationId: string, body: unknown) {
  const response = await fetch(`${stack.url}/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'text/event-stream',
    },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(200)
  return (await response.text())
    .split('\n\n')
    .filter((frame) => frame.trim())
    .map((frame) => ({
      event: /^event: (.+)$/m.exec(frame)?.[1],
      data: JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? '{}') as Body,
    }))
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-tools-'))
  mcp = await startTestMcpServer({ requiredHeader: { name: 'X-Api-Key', value: 'sesame' } })
  stack = await startTestStack(dataDir)
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'tools@example.com', password: 'a long enough passphrase' }),
  })
  token = ((await registered.json()) as Body).accessToken
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await mcp?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('tool servers, tool calling and agents on the local stack', () => {
  let serverId: string
  let addTool: string

  it('registers an MCP server with a secret header and lists its tools', async () => {
    const created = await call('POST', '/v1/tool-servers', {
      name: 'Maths',
      url: mcp.url,
      transport: 'streamable-http',
      headers: { 'X-Api-Key': 'sesame' },
    })
    expect(created.status, created.text).toBe(201)
    expect(created.body.health.status).toBe('healthy')
    expect(created.body.headerNames).toEqual(['X-Api-Key'])
    expect(created.text).not.toContain('sesame')
    serverId = created.body.id

    const tools = await call('GET', `/v1/tool-servers/${serverId}/tools`)
    expect(tools.status).toBe(200)
    const names = tools.body.items.map((tool: Body) => tool.name)
    expect(names).toEqual(expect.arrayContaining(['add', 'echo', 'weather', 'fail']))
    const add = tools.body.items.find((tool: Body) => tool.name === 'add')
    expect(add.inputSchema.properties).toHaveProperty('a')
    addTool = add.modelName
  })

  it('calls a tool directly, and refuses bad arguments with 422 before calling', async () => {
    const sum = await call('POST', `/v1/tool-servers/${serverId}/tools/add/call`, {
      arguments: { a: 2, b: 40 },
    })
    expect(sum.status, sum.text).toBe(200)
    expect(sum.body).toMatchObject({ content: '42', isError: false })

    const requestsBefore = mcp.requests()
    const bad = await call('POST', `/v1/tool-servers/${serverId}/tools/add/call`, {
      arguments: { a: 'two' },
    })
    expect(bad.status).toBe(422)
    expect(bad.body.code).toBe('request.invalid')
    expect(bad.body.errors.map((e: Body) => e.path).join(' ')).toMatch(/arguments/)
    expect(mcp.requests()).toBe(requestsBefore)
  })

  it('calls the tool through a chat with an agent, streaming the call, its result and the answer', async () => {
    const agent = await call('POST', '/v1/agents', {
      name: 'Calculator',
      description: 'Adds numbers with the maths server',
      systemPrompt: 'You add numbers.',
      tools: [addTool],
    })
    expect(agent.status, agent.text).toBe(201)
    const conversation = await call('POST', '/v1/conversations', { agentId: agent.body.id })
    expect(conversation.status, conversation.text).toBe(201)

    const events = await streamed(conversation.body.id, {
      content: `use ${addTool} {"a": 19, "b": 23}`,
    })
    const names = events.map((e) => e.event)
    expect(names.indexOf('tool.call')).toBeGreaterThan(0)
    expect(names.indexOf('tool.result')).toBeGreaterThan(names.indexOf('tool.call'))
    expect(names.at(-1)).toBe('message.end')
    const toolCall = events.find((e) => e.event === 'tool.call')?.data
    expect(toolCall).toMatchObject({ name: addTool, arguments: { a: 19, b: 23 } })
    const result = events.find((e) => e.event === 'tool.result')?.data
    expect(result).toMatchObject({ name: addTool, content: '42', isError: false })
    const answer = events.at(-1)?.data.message
    expect(answer.content).toContain('42')
    expect(answer.toolCalls[0]).toMatchObject({ name: addTool, content: '42' })

    const metrics = await call('GET', `/v1/agents/${agent.body.id}/metrics`)
    expect(metrics.body).toMatchObject({ conversations: 1, messages: 1, toolCalls: 1 })
    const analytics = await call('GET', '/v1/tool-analytics')
    expect(analytics.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ tool: addTool, calls: 2, errors: 0 })]),
    )
  })

  it('uses a built-in tool the same way', async () => {
    const conversation = await call('POST', '/v1/conversations', {})
    const events = await streamed(conversation.body.id, {
      content: 'use calculator {"expression": "6 * 7"}',
      tools: { enabled: true },
    })
    const result = events.find((e) => e.event === 'tool.result')?.data
    expect(result).toMatchObject({ name: 'calculator', isError: false })
    expect(result?.content).toContain('42')
  })

  it('reports a stopped server as unhealthy, never as a 500', async () => {
    await mcp.stop()
    const check = await call('POST', `/v1/tool-servers/${serverId}/check`)
    expect(check.status).toBe(200)
    expect(check.body.status).toBe('unhealthy')
    expect(check.body.error).toBeTruthy()
    const direct = await call('POST', `/v1/tool-servers/${serverId}/tools/add/call`, {
      arguments: { a: 1, b: 2 },
    })
    expect(direct.status).toBe(502)
    expect(direct.body.code).toBe('toolServer.unreachable')
    const history = await call('GET', `/v1/tool-servers/${serverId}/health`)
    expect(history.body.items[0].status).toBe('unhealthy')
    expect(history.body.items.some((c: Body) => c.status === 'healthy')).toBe(true)
  })

  it('renders a prompt template, versions every edit and rolls back', async () => {
    const created = await call('POST', '/v1/prompts', {
      name: 'Greeting',
      template: 'Hello {{name}}, welcome to {{team}}.',
      variables: [
        { name: 'name', type: 'string', required: true },
        { name: 'team', type: 'string', default: 'Chatter' },
      ],
    })
    expect(created.status, created.text).toBe(201)
    const id = created.body.id
    const rendered = await call('POST', `/v1/prompts/${id}/render`, { variables: { name: 'Ada' } })
    expect(rendered.body.text).toBe('Hello Ada, welcome to Chatter.')
    const missing = await call('POST', `/v1/prompts/${id}/render`, { variables: {} })
    expect(missing.status).toBe(422)
    expect(JSON.stringify(missing.body.errors)).toContain('name')

    const edited = await call('PATCH', `/v1/prompts/${id}`, {
      template: 'Hi {{name}} from {{team}}!',
    })
    expect(edited.body.version).toBe(2)
    expect(
      (await call('POST', `/v1/prompts/${id}/render`, { variables: { name: 'Ada' } })).body.text,
    ).toBe('Hi Ada from Chatter!')
    const rolledBack = await call('POST', `/v1/prompts/${id}/rollback`, { version: 1 })
    expect(rolledBack.body).toMatchObject({ version: 3, template: created.body.template })
    const versions = await call('GET', `/v1/prompts/${id}/versions`)
    expect(versions.body.items.map((v: Body) => v.version)).toEqual([3, 2, 1])
    expect((await call('GET', `/v1/prompts/${id}`)).body.uses).toBe(2)
  })
})
