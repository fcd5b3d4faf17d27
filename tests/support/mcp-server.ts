import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { z } from 'zod'

export interface TestMcpServerOptions {
  transport?: 'streamable-http' | 'sse'
  /** Every request must carry this header (else 401), as a server behind an API key would. */
  requiredHeader?: { name: string; value: string }
}

export interface TestMcpServer {
  /** Where a client connects: `/mcp` (streamable HTTP) or `/sse` (SSE). */
  url: string
  /** How many HTTP requests arrived (to prove short-lived connections were made). */
  requests(): number
  stop(): Promise<void>
}

/** The weather the `weather` tool reports, by city (anything else is 20 °C and cloudy). */
export const testWeather: Record<string, string> = {
  Oslo: 'Oslo: 4 °C, light snow',
  Lisbon: 'Lisbon: 21 °C, sunny',
}

/** An MCP server built with the official SDK, with the four tools the tests call. */
function toolServer(): McpServer {
  const server = new McpServer({ name: 'chatter-test-tools', version: '1.0.0' })
  server.registerTool(
    'add',
    {
      description: 'Adds two numbers',
      inputSchema: { a: z.number(), b: z.number() },
    },
    async ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }),
  )
  server.registerTool(
    'echo',
    { description: 'Says the text back', inputSchema: { text: z.string() } },
    async ({ text }) => ({ content: [{ type: 'text', text }] }),
  )
  server.registerTool(
    'weather',
    { description: 'The current weather in a city', inputSchema: { city: z.string() } },
    async ({ city }) => ({
      content: [{ type: 'text', text: testWeather[city] ?? `${city}: 20 °C, cloudy` }],
    }),
  )
  server.registerTool(
    'fail',
    { description: 'Always reports a failure', inputSchema: {} },
    async () => ({
      content: [{ type: 'text', text: 'The tool failed on purpose.' }],
      isError: true,
    }),
  )
  return server
}

/**
 * Starts a real MCP server on 127.0.0.1 (a free port) over streamable HTTP (stateless: a fresh
 * server per request) or SSE (a session per `GET /sse`, messages on `POST /messages`).
 * @example const mcp = await startTestMcpServer(); ...; await mcp.stop()
 */
export async function startTestMcpServer(
  options: TestMcpServerOptions = {},
): Promise<TestMcpServer> {
  const transport = options.transport ?? 'streamable-http'
  const sessions = new Map<string, SSEServerTransport>()
  let requests = 0

  const authorized = (req: IncomingMessage) => {
    const required = options.requiredHeader
    return !required || req.headers[required.name.toLowerCase()] === required.value
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    requests += 1
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!authorized(req)) {
      res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":"unauthorized"}')
      return
    }
    if (transport === 'streamable-http' && url.pathname === '/mcp') {
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST' }).end()
        return
      }
      const server = toolServer()
      const http = new StreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      })
      res.on('close', () => {
        void http.close()
        void server.close()
      })
      await server.connect(http)
      await http.handleRequest(req, res)
      return
    }
    if (transport === 'sse' && url.pathname === '/sse' && req.method === 'GET') {
      const sse = new SSEServerTransport('/messages', res)
      sessions.set(sse.sessionId, sse)
      res.on('close', () => sessions.delete(sse.sessionId))
      await toolServer().connect(sse)
      return
    }
    if (transport === 'sse' && url.pathname === '/messages' && req.method === 'POST') {
      const sse = sessions.get(url.searchParams.get('sessionId') ?? '')
      if (!sse) {
        res.writeHead(404).end('No such session')
        return
      }
      await sse.handlePostMessage(req, res)
      return
    }
    res.writeHead(404).end()
  }

  const http = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${transport === 'sse' ? '/sse' : '/mcp'}`,
    requests: () => requests,
    stop: async () => {
      http.closeAllConnections()
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}
