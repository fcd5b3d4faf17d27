import type { FakeMcpClient } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { bodyOf, inWorkspace, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

const weatherUrl = 'https://weather.example/mcp'

async function setup() {
  const deps = testDependencies({
    config: { CORS_ORIGINS: [], MAX_BODY_BYTES: 64 * 1024, LOG_LEVEL: 'SILENT' },
  })
  const mcp = deps.tools.mcp as FakeMcpClient
  mcp.register(weatherUrl, [
    {
      name: 'forecast',
      description: 'The forecast for a city',
      inputSchema: {
        type: 'object',
        properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 1 } },
        required: ['city'],
      },
      handler: (args) => ({ content: `Sunny in ${String(args.city)}`, isError: false }),
    },
    {
      name: 'fail',
      description: 'Fails',
      inputSchema: { type: 'object' },
      handler: () => ({ content: 'It broke.', isError: true }),
    },
  ])
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const request =
    (user: { headers: Record<string, string> }) =>
    async (method: string, path: string, body?: unknown) => {
      const response = await app.request(path, {
        method,
        headers: inWorkspace(user.headers, team.id),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return {
        status: response.status,
        body: await bodyOf(response),
        type: response.headers.get('content-type'),
      }
    }
  const call = request(owner)
  const register = async (body: Record<string, unknown> = {}) => {
    const result = await call('POST', '/v1/tool-servers', {
      name: 'Weather',
      url: weatherUrl,
      ...body,
    })
    expect(result.status, JSON.stringify(result.body)).toBe(201)
    return result.body
  }
  return { deps, app, mcp, owner, team, call, request, register }
}

describe('/v1/tool-servers', () => {
  it('registers a server, shows header names but never values, and lists it', async () => {
    const { call, register, mcp } = await setup()
    const server = await register({ headers: { Authorization: 'Bearer top-secret' } })
    expect(server).toMatchObject({
      name: 'Weather',
      url: weatherUrl,
      transport: 'streamable-http',
      headerNames: ['Authorization'],
      enabled: true,
      toolCount: 2,
      health: { status: 'healthy', tools: 2 },
    })
    expect(mcp.seenHeaders.at(-1)).toEqual({ Authorization: 'Bearer top-secret' })
    const list = await call('GET', '/v1/tool-servers')
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([server.id])
    const one = await call('GET', `/v1/tool-servers/${server.id}`)
    for (const body of [server, list.body, one.body])
      expect(JSON.stringify(body)).not.toMatch(/top-secret|encryptedHeaders/)
  })

  it('refuses a file: URL and bad headers with 422 and field paths', async () => {
    const { call } = await setup()
    const bad = await call('POST', '/v1/tool-servers', {
      name: 'Local files',
      url: 'file:///etc/passwd',
      headers: { 'Not a token': 'x' },
    })
    expect(bad.status).toBe(422)
    expect(bad.type).toContain('application/problem+json')
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'json.url',
      'json.headers.Not a token',
    ])
    const transport = await call('POST', '/v1/tool-servers', {
      name: 'W',
      url: weatherUrl,
      transport: 'ws',
    })
    expect(transport.status).toBe(422)
    expect(transport.body.errors[0].path).toBe('json.transport')
  })

  it('refuses the metadata service and other private addresses (the AWS default)', async () => {
    const { call } = await setup()
    const metadata = await call('POST', '/v1/tool-servers', {
      name: 'Metadata',
      url: 'http://169.254.169.254/latest/meta-data/',
    })
    expect(metadata.status).toBe(422)
    expect(metadata.body.errors).toEqual([
      { path: 'json.url', message: expect.stringContaining('Private addresses are not allowed') },
    ])
    expect((await call('GET', '/v1/tool-servers')).body.items).toEqual([])
  })

  it('registers an unreachable server as unhealthy, never a 500', async () => {
    const { call, register, mcp } = await setup()
    const server = await register({ name: 'Down', url: 'https://down.example/mcp' })
    expect(server.health).toMatchObject({ status: 'unhealthy', error: 'connection refused' })
    const tools = await call('GET', `/v1/tool-servers/${server.id}/tools`)
    expect(tools.status).toBe(200)
    expect(tools.body).toMatchObject({ items: [], health: { status: 'unhealthy' } })
    mcp.register('https://down.example/mcp', [])
    const check = await call('POST', `/v1/tool-servers/${server.id}/check`)
    expect(check.body).toMatchObject({ status: 'healthy', tools: 0 })
    const history = await call('GET', `/v1/tool-servers/${server.id}/health?limit=2`)
    expect(history.body.items.map((item: { status: string }) => item.status)).toEqual([
      'healthy',
      'unhealthy',
    ])
    expect(history.body.nextCursor).not.toBeNull()
  })

  it('lists tools with schemas, switches one off, and calls tools directly', async () => {
    const { call, register, mcp } = await setup()
    const server = await register()
    const base = `/v1/tool-servers/${server.id}`
    const tools = await call('GET', `${base}/tools`)
    expect(tools.body.items[0]).toEqual({
      name: 'forecast',
      modelName: 'weather__forecast',
      description: 'The forecast for a city',
      inputSchema: expect.objectContaining({ required: ['city'] }),
      enabled: true,
    })

    const ok = await call('POST', `${base}/tools/forecast/call`, { arguments: { city: 'Oslo' } })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ content: 'Sunny in Oslo', isError: false })

    const invalid = await call('POST', `${base}/tools/forecast/call`, { arguments: { days: 0 } })
    expect(invalid.status).toBe(422)
    expect(invalid.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'json.arguments.city',
      'json.arguments.days',
    ])

    const failed = await call('POST', `${base}/tools/fail/call`, {})
    expect(failed).toMatchObject({ status: 200, body: { content: 'It broke.', isError: true } })

    const off = await call('PUT', `${base}/tools/fail`, { enabled: false })
    expect(off.body.disabledTools).toEqual(['fail'])
    expect((await call('POST', `${base}/tools/fail/call`, {})).status).toBe(409)
    expect((await call('GET', `${base}/tools`)).body.items[1]).toMatchObject({
      name: 'fail',
      enabled: false,
    })
    expect((await call('POST', `${base}/tools/nope/call`, {})).status).toBe(404)

    mcp.setDown(weatherUrl)
    const down = await call('POST', `${base}/tools/forecast/call`, { arguments: { city: 'Oslo' } })
    expect(down.status).toBe(502)
    expect(down.type).toContain('application/problem+json')
    expect(down.body.code).toBe('toolServer.unreachable')
  })

  it('updates and deletes, answering what was deleted', async () => {
    const { call, register } = await setup()
    const server = await register({ headers: { 'X-Key': 'a' } })
    const renamed = await call('PATCH', `/v1/tool-servers/${server.id}`, {
      name: 'Forecasts',
      headers: null,
      enabled: false,
    })
    expect(renamed.body).toMatchObject({ name: 'Forecasts', headerNames: [], enabled: false })
    const taken = await call('POST', '/v1/tool-servers', { name: 'forecasts', url: weatherUrl })
    expect(taken.status).toBe(409)
    const deleted = await call('DELETE', `/v1/tool-servers/${server.id}`)
    expect(deleted.status).toBe(200)
    expect(deleted.body).toMatchObject({ toolServer: { id: server.id }, deleted: { tools: 2 } })
    expect((await call('GET', `/v1/tool-servers/${server.id}`)).status).toBe(404)
  })

  it('keeps servers inside their workspace', async () => {
    const { deps, app, register } = await setup()
    const server = await register()
    const stranger = await signedInUser(deps)
    const response = await app.request(`/v1/tool-servers/${server.id}`, {
      headers: stranger.headers,
    })
    expect(response.status).toBe(404)
  })
})

describe('/v1/tool-analytics', () => {
  it('counts calls, errors and latency per tool for admins, not members', async () => {
    const { deps, call, register, request, team } = await setup()
    const server = await register()
    const base = `/v1/tool-servers/${server.id}/tools`
    await call('POST', `${base}/forecast/call`, { arguments: { city: 'Oslo' } })
    await call('POST', `${base}/forecast/call`, { arguments: { city: 'Rome' } })
    await call('POST', `${base}/fail/call`, {})
    const usage = await call('GET', '/v1/tool-analytics')
    expect(usage.status).toBe(200)
    expect(usage.body.items).toEqual([
      expect.objectContaining({
        tool: 'weather__forecast',
        serverId: server.id,
        calls: 2,
        errors: 0,
      }),
      expect.objectContaining({ tool: 'weather__fail', calls: 1, errors: 1 }),
    ])
    const past = await call(
      'GET',
      '/v1/tool-analytics?from=2020-01-01T00:00:00Z&to=2020-01-08T00:00:00Z',
    )
    expect(past.body.items).toEqual([])
    expect((await call('GET', '/v1/tool-analytics?from=yesterday')).status).toBe(422)

    const member = await signedInUser(deps)
    await join(deps, team, member, 'member')
    expect((await request(member)('GET', '/v1/tool-analytics')).status).toBe(403)
  })
})
