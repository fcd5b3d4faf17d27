import { SdkMcpClient } from '@chatter/aws'
import type { McpServerTarget } from '@chatter/core'
import { afterEach, describe, expect, it } from 'vitest'
import { startTestMcpServer, type TestMcpServer } from '../support/mcp-server'

const running: TestMcpServer[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()))
})

async function serve(options: Parameters<typeof startTestMcpServer>[0] = {}) {
  const server = await startTestMcpServer(options)
  running.push(server)
  return server
}

// The test servers listen on 127.0.0.1, so private networks are allowed, as locally.
const client = new SdkMcpClient({ defaultTimeoutMs: 5_000, allowPrivateNetworks: true })

describe.each(['streamable-http', 'sse'] as const)('SdkMcpClient over %s', (transport) => {
  it('lists the tools with their input schemas and calls them', async () => {
    const server = await serve({ transport })
    const target: McpServerTarget = { url: server.url, transport, headers: {} }
    const tools = await client.listTools(target)
    expect(tools.map((tool) => tool.name)).toEqual(['add', 'echo', 'weather', 'fail'])
    expect(tools[0]).toMatchObject({
      description: 'Adds two numbers',
      inputSchema: {
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' } },
        required: ['a', 'b'],
      },
    })
    expect(await client.callTool(target, 'add', { a: 2, b: 40 })).toEqual({
      content: '42',
      isError: false,
    })
    expect(await client.callTool(target, 'weather', { city: 'Oslo' })).toEqual({
      content: 'Oslo: 4 °C, light snow',
      isError: false,
    })
  })

  it('answers bad arguments and failing tools as isError results, not throws', async () => {
    const server = await serve({ transport })
    const target: McpServerTarget = { url: server.url, transport, headers: {} }
    const bad = await client.callTool(target, 'add', { a: 'two' })
    expect(bad.isError).toBe(true)
    expect(bad.content).toMatch(/invalid|expected/i)
    expect(await client.callTool(target, 'fail', {})).toEqual({
      content: 'The tool failed on purpose.',
      isError: true,
    })
  })

  it('sends the configured headers, and a missing one shows as an HTTP error', async () => {
    const server = await serve({ transport, requiredHeader: { name: 'X-Api-Key', value: 'k-123' } })
    const target: McpServerTarget = {
      url: server.url,
      transport,
      headers: { 'X-Api-Key': 'k-123' },
    }
    expect(await client.callTool(target, 'echo', { text: 'hi' })).toEqual({
      content: 'hi',
      isError: false,
    })
    await expect(client.listTools({ ...target, headers: {} })).rejects.toMatchObject({
      code: 'toolServer.unreachable',
      message: expect.stringContaining('401'),
    })
  })

  it('reports a stopped server as unreachable: connection refused', async () => {
    const server = await serve({ transport })
    await server.stop()
    await expect(
      client.listTools({ url: server.url, transport, headers: {} }),
    ).rejects.toMatchObject({ code: 'toolServer.unreachable', message: 'connection refused' })
  })
})

describe('SdkMcpClient timeouts and addresses', () => {
  it('gives up when the signal fires, as a timeout', async () => {
    const server = await serve()
    await expect(
      client.listTools(
        { url: server.url, transport: 'streamable-http', headers: {} },
        AbortSignal.timeout(1),
      ),
    ).rejects.toMatchObject({ code: 'toolServer.unreachable', message: 'timed out' })
  })

  it('says when a path is not an MCP endpoint', async () => {
    const server = await serve()
    await expect(
      client.listTools({
        url: server.url.replace('/mcp', '/nothing'),
        transport: 'streamable-http',
        headers: {},
      }),
    ).rejects.toMatchObject({ code: 'toolServer.unreachable', message: 'HTTP 404' })
  })
})

describe('SdkMcpClient with private networks refused (as in AWS)', () => {
  const privateReason = {
    code: 'toolServer.unreachable',
    message: "the server's address is private",
  }

  it('refuses the local test server at 127.0.0.1 before connecting, over both transports', async () => {
    const server = await serve()
    const guarded = new SdkMcpClient({ defaultTimeoutMs: 5_000 })
    const target: McpServerTarget = { url: server.url, transport: 'streamable-http', headers: {} }
    await expect(guarded.listTools(target)).rejects.toMatchObject(privateReason)
    await expect(guarded.callTool(target, 'add', { a: 1, b: 2 })).rejects.toMatchObject(
      privateReason,
    )
    const sse = await serve({ transport: 'sse' })
    await expect(
      guarded.listTools({ url: sse.url, transport: 'sse', headers: {} }),
    ).rejects.toMatchObject(privateReason)
    expect(server.requests()).toBe(0)
    expect(sse.requests()).toBe(0)
    // The same server, allowed: it answers.
    expect(await client.callTool(target, 'add', { a: 1, b: 2 })).toEqual({
      content: '3',
      isError: false,
    })
  })

  it('refuses a name that resolves to a private address, any of several', async () => {
    const resolved: string[] = []
    const guarded = new SdkMcpClient({
      defaultTimeoutMs: 5_000,
      resolveHost: async (hostname) => {
        resolved.push(hostname)
        return ['93.184.215.14', '::ffff:169.254.169.254']
      },
    })
    await expect(
      guarded.listTools({ url: 'http://rebind.example/mcp', transport: 'sse', headers: {} }),
    ).rejects.toMatchObject(privateReason)
    expect(resolved).toEqual(['rebind.example'])
  })

  it('refuses localhost by name without asking DNS, and lets DNS failures read as such', async () => {
    const guarded = new SdkMcpClient({
      defaultTimeoutMs: 5_000,
      resolveHost: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), {
          code: 'ENOTFOUND',
        })
      },
    })
    await expect(
      guarded.listTools({ url: 'http://localhost:9/mcp', transport: 'sse', headers: {} }),
    ).rejects.toMatchObject(privateReason)
    await expect(
      guarded.listTools({ url: 'http://nowhere.invalid/mcp', transport: 'sse', headers: {} }),
    ).rejects.toMatchObject({ code: 'toolServer.unreachable', message: 'host not found' })
  })
})
