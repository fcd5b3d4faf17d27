import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { callServerTool } from './call-server-tool'
import {
  checkToolServer,
  getToolServer,
  listServerTools,
  listToolServers,
  toolServerHealthHistory,
} from './read-tool-servers'
import { toolUsage } from './tool-analytics'
import { toolTeam, weatherTools, weatherUrl } from './tool-server-test-kit'
import {
  deleteToolServer,
  registerToolServer,
  setToolEnabled,
  updateToolServer,
} from './write-tool-servers'

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected a DomainError')
}

describe('registerToolServer', () => {
  it('stores the server with its discovered tools, headers encrypted, and audits it', async () => {
    const t = await toolTeam()
    const server = await registerToolServer(t.ports, await t.as(t.member), {
      name: '  Weather  ',
      url: weatherUrl,
      headers: { Authorization: 'Bearer s3cret' },
    })
    expect(server).toMatchObject({
      name: 'Weather',
      transport: 'streamable-http',
      headerNames: ['Authorization'],
      enabled: true,
      health: { status: 'healthy', tools: 2 },
    })
    expect(server.tools.map((tool) => tool.name)).toEqual(['forecast', 'alerts'])
    expect(server.encryptedHeaders).toBeDefined()
    expect(server.encryptedHeaders).not.toContain('s3cret')
    expect(t.mcp.seenHeaders.at(-1)).toEqual({ Authorization: 'Bearer s3cret' })
    expect(t.audit.events.map((event) => event.action)).toContain('toolServer.registered')
    const history = await toolServerHealthHistory(t.ports, await t.as(t.viewer), {
      serverId: server.id,
      page: { limit: 10 },
    })
    expect(history.items).toHaveLength(1)
  })

  it('registers an unreachable server as unhealthy with the reason', async () => {
    const t = await toolTeam()
    const server = await registerToolServer(t.ports, await t.as(t.member), {
      name: 'Down',
      url: 'https://down.example:9/mcp',
      transport: 'sse',
    })
    expect(server.health).toMatchObject({ status: 'unhealthy', error: 'connection refused' })
    expect(server.tools).toEqual([])
  })

  it('rejects other URL schemes, bad headers and a taken name', async () => {
    const t = await toolTeam()
    const acting = await t.as(t.member)
    const bad = await rejection(
      registerToolServer(t.ports, acting, {
        name: '',
        url: 'file:///etc/passwd',
        headers: { 'Bad Header': 'x', 'Content-Type': 'text/plain', Ok: 'line\nbreak' },
      }),
    )
    expect(bad.status).toBe(422)
    expect(bad.details?.errors?.map((error) => error.path)).toEqual([
      'json.name',
      'json.url',
      'json.headers.Bad Header',
      'json.headers.Content-Type',
      'json.headers.Ok',
    ])
    const tooMany = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`X-H${i}`, 'v']))
    expect(
      (
        await rejection(
          registerToolServer(t.ports, acting, { name: 'A', url: weatherUrl, headers: tooMany }),
        )
      ).status,
    ).toBe(422)
    await registerToolServer(t.ports, acting, { name: 'Weather', url: weatherUrl })
    const taken = await rejection(
      registerToolServer(t.ports, acting, { name: 'weather', url: weatherUrl }),
    )
    expect(taken.status).toBe(409)
  })

  it('refuses private addresses and local names unless private networks are allowed', async () => {
    const t = await toolTeam({ allowPrivateNetworks: false })
    const acting = await t.as(t.member)
    for (const url of [
      'http://10.0.0.5/mcp',
      'http://169.254.169.254/',
      'http://[fd00:ec2::254]/',
      'http://127.0.0.1:8080/mcp',
      'http://localhost:8080/mcp',
      'http://ip-10-0-0-5.ec2.internal/mcp',
    ]) {
      const refused = await rejection(registerToolServer(t.ports, acting, { name: 'X', url }))
      expect(refused.status, url).toBe(422)
      expect(refused.details?.errors).toEqual([
        { path: 'json.url', message: expect.stringContaining('Private addresses are not allowed') },
      ])
    }
    expect(await t.toolServers.listAll(t.workspace.id)).toEqual([])
    expect(t.mcp.seenHeaders).toEqual([])

    const server = await registerToolServer(t.ports, acting, { name: 'Weather', url: weatherUrl })
    expect(server.health.status).toBe('healthy')
    const moved = await rejection(
      updateToolServer(t.ports, acting, {
        serverId: server.id,
        patch: { url: 'http://192.168.1.10/mcp' },
      }),
    )
    expect(moved.details?.errors?.map((error) => error.path)).toEqual(['json.url'])
    expect((await getToolServer(t.ports, acting, { serverId: server.id })).url).toBe(weatherUrl)
  })

  it('accepts a server on localhost where private networks are allowed (locally)', async () => {
    const t = await toolTeam({ allowPrivateNetworks: true })
    const localUrl = 'http://127.0.0.1:8931/mcp'
    t.mcp.register(localUrl, weatherTools)
    const server = await registerToolServer(t.ports, await t.as(t.member), {
      name: 'Local',
      url: localUrl,
    })
    expect(server).toMatchObject({ url: localUrl, health: { status: 'healthy', tools: 2 } })
  })

  it('needs write: a viewer cannot register', async () => {
    const t = await toolTeam()
    const denied = await rejection(
      registerToolServer(t.ports, await t.as(t.viewer), { name: 'W', url: weatherUrl }),
    )
    expect(denied.code).toBe('auth.forbidden')
  })
})

describe('reading, changing and deleting servers', () => {
  it('lists newest first and hides other workspaces', async () => {
    const t = await toolTeam()
    const acting = await t.as(t.member)
    await registerToolServer(t.ports, acting, { name: 'First', url: weatherUrl })
    const second = await registerToolServer(t.ports, acting, { name: 'Second', url: weatherUrl })
    const page = await listToolServers(t.ports, acting, { limit: 10 })
    expect(page.items.map((server) => server.name)).toEqual(['Second', 'First'])
    const outsider = await t.as(t.outsider, t.other.id)
    expect(
      (await rejection(getToolServer(t.ports, outsider, { serverId: second.id }))).status,
    ).toBe(404)
  })

  it('rediscovers on a new URL and replaces or clears the headers', async () => {
    const t = await toolTeam()
    const acting = await t.as(t.member)
    const server = await registerToolServer(t.ports, acting, {
      name: 'Weather',
      url: 'https://nowhere.example/mcp',
      headers: { 'X-Key': 'one' },
    })
    expect(server.health.status).toBe('unhealthy')
    const moved = await updateToolServer(t.ports, acting, {
      serverId: server.id,
      patch: { url: weatherUrl, headers: { 'X-Other': 'two' } },
    })
    expect(moved).toMatchObject({
      url: weatherUrl,
      headerNames: ['X-Other'],
      health: { status: 'healthy' },
    })
    expect(t.mcp.seenHeaders.at(-1)).toEqual({ 'X-Other': 'two' })
    const cleared = await updateToolServer(t.ports, acting, {
      serverId: server.id,
      patch: { headers: null, enabled: false },
    })
    expect(cleared).toMatchObject({ headerNames: [], enabled: false })
    expect(t.mcp.seenHeaders.at(-1)).toEqual({})
  })

  it('deletes and says what went', async () => {
    const t = await toolTeam()
    const acting = await t.as(t.member)
    const server = await registerToolServer(t.ports, acting, { name: 'Weather', url: weatherUrl })
    const result = await deleteToolServer(t.ports, acting, { serverId: server.id })
    expect(result.deleted).toEqual({ tools: 2 })
    expect((await rejection(getToolServer(t.ports, acting, { serverId: server.id }))).status).toBe(
      404,
    )
    expect(t.audit.events.map((event) => event.action)).toContain('toolServer.deleted')
  })
})

describe('tools, health and direct calls', () => {
  it('lists tools with model names and enabled flags, and switches one off', async () => {
    const t = await toolTeam()
    const acting = await t.as(t.member)
    const server = await registerToolServer(t.ports, acting, {
      name: 'Weather API',
      url: weatherUrl,
    })
    await setToolEnabled(t.ports, acting, {
      serverId: server.id,
      toolName: 'alerts',
      enabled: false,
    })
    const { tools, health } = await listServerTools(t.ports, acting, { serverId: server.id })
    expect(health.status).toBe('healthy')
    expect(tools.map(({ name, modelName, enabled }) => ({ name, modelName, enabled }))).toEqual([
      { name: 'forecast', modelName: 'weather-api__forecast', enabled: true },
      { name: 'alerts', modelName: 'weather-api__alerts', enabled: false },
    ])
    const unknown = await rejection(
      setToolEnabled(t.ports, acting, { serverId: server.id, toolName: 'nope', enabled: false }),
    )
    expect(unknown.status).toBe(404)
  })

  it('keeps the last tools when the server goes down, and records an unhealthy check', async () => {
    const t = await toolTeam()
    const acting = await t.as(t.member)
    const server = await registerToolServer(t.ports, acting, { name: 'Weather', url: weatherUrl })
    t.mcp.setDown(weatherUrl)
    const listed = await listServerTools(t.ports, acting, { serverId: server.id })
    expect(listed.tools).toHaveLength(2)
    expect(listed.health).toMatchObject({ status: 'unhealthy', error: 'connection refused' })
    const health = await checkToolServer(t.ports, acting, { serverId: server.id })
    expect(health.status).toBe('unhealthy')
    const history = await toolServerHealthHistory(t.ports, acting, {
      serverId: server.id,
      page: { limit: 10 },
    })
    expect(history.items.map((check) => check.status)).toEqual([
      'unhealthy',
      'unhealthy',
      'healthy',
    ])
  })

  it('calls a tool, validating arguments first and logging each call', async () => {
    const t = await toolTeam()
    const acting = await t.as(t.member)
    const server = await registerToolServer(t.ports, acting, { name: 'Weather', url: weatherUrl })
    const ok = await callServerTool(t.ports, acting, {
      serverId: server.id,
      toolName: 'forecast',
      arguments: { city: 'Oslo' },
    })
    expect(ok).toMatchObject({ content: 'Sunny in Oslo', isError: false })

    const invalid = await rejection(
      callServerTool(t.ports, acting, {
        serverId: server.id,
        toolName: 'forecast',
        arguments: { days: 0, extra: true },
      }),
    )
    expect(invalid.status).toBe(422)
    expect(invalid.details?.errors?.map((error) => error.path).sort()).toEqual([
      'json.arguments.city',
      'json.arguments.days',
      'json.arguments.extra',
    ])

    const failed = await callServerTool(t.ports, acting, {
      serverId: server.id,
      toolName: 'alerts',
    })
    expect(failed).toMatchObject({ content: 'No alerts service today', isError: true })

    await setToolEnabled(t.ports, acting, {
      serverId: server.id,
      toolName: 'alerts',
      enabled: false,
    })
    const disabled = await rejection(
      callServerTool(t.ports, acting, { serverId: server.id, toolName: 'alerts' }),
    )
    expect(disabled.status).toBe(409)

    t.mcp.setDown(weatherUrl)
    const down = await rejection(
      callServerTool(t.ports, acting, {
        serverId: server.id,
        toolName: 'forecast',
        arguments: { city: 'Oslo' },
      }),
    )
    expect(down).toMatchObject({ code: 'toolServer.unreachable', status: 502 })

    expect(t.toolCalls.records.map(({ tool, ok, via }) => ({ tool, ok, via }))).toEqual([
      { tool: 'weather__forecast', ok: true, via: 'direct' },
      { tool: 'weather__alerts', ok: false, via: 'direct' },
      { tool: 'weather__forecast', ok: false, via: 'direct' },
    ])
    const usage = await toolUsage(t.ports, await t.as(t.admin), { to: '2026-03-02T00:00:00Z' })
    expect(usage.items[0]).toMatchObject({
      tool: 'weather__forecast',
      serverId: server.id,
      calls: 2,
      errors: 1,
    })
    expect((await rejection(toolUsage(t.ports, acting, {}))).code).toBe('auth.forbidden')
  })
})
