import { describe, expect, it } from 'vitest'
import type { Tool } from '../ports/tools'
import { toolTeam, weatherUrl } from '../tool-servers/tool-server-test-kit'
import {
  registerToolServer,
  setToolEnabled,
  updateToolServer,
} from '../tool-servers/write-tool-servers'
import { createToolCatalog } from './catalog'
import { modelToolNames } from './tool-names'

const calculator: Tool = {
  name: 'calculator',
  description: 'Arithmetic',
  inputSchema: { type: 'object' },
  source: { type: 'builtin' },
  call: async () => ({ content: '4', isError: false }),
}

async function catalogTeam() {
  const t = await toolTeam()
  const catalog = createToolCatalog({ ...t.tools, builtins: [calculator] })
  const acting = await t.as(t.member)
  const server = await registerToolServer(t.ports, acting, {
    name: 'Weather',
    url: weatherUrl,
    headers: { Authorization: 'Bearer k' },
  })
  return { ...t, catalog, acting, server }
}

describe('createToolCatalog', () => {
  it('offers the built-ins first, then the enabled tools of enabled servers', async () => {
    const t = await catalogTeam()
    const tools = await t.catalog.toolsFor(t.workspace.id)
    expect(tools.map((tool) => tool.name)).toEqual([
      'calculator',
      'weather__forecast',
      'weather__alerts',
    ])
    expect(tools[1]?.source).toEqual({
      type: 'mcp',
      serverId: t.server.id,
      serverName: 'Weather',
      toolName: 'forecast',
    })

    await setToolEnabled(t.ports, t.acting, {
      serverId: t.server.id,
      toolName: 'alerts',
      enabled: false,
    })
    expect((await t.catalog.toolsFor(t.workspace.id)).map((tool) => tool.name)).toEqual([
      'calculator',
      'weather__forecast',
    ])
    await updateToolServer(t.ports, t.acting, { serverId: t.server.id, patch: { enabled: false } })
    expect((await t.catalog.toolsFor(t.workspace.id)).map((tool) => tool.name)).toEqual([
      'calculator',
    ])
    expect(await t.catalog.toolsFor(t.other.id)).toHaveLength(1)
  })

  it('keeps only the names asked for, ignoring unknown ones', async () => {
    const t = await catalogTeam()
    const tools = await t.catalog.toolsFor(t.workspace.id, { only: ['weather__forecast', 'nope'] })
    expect(tools.map((tool) => tool.name)).toEqual(['weather__forecast'])
  })

  it('calls the server with its headers, and turns bad input or a down server into error results', async () => {
    const t = await catalogTeam()
    const [, forecast] = await t.catalog.toolsFor(t.workspace.id)
    if (!forecast) throw new Error('no forecast tool')
    const signal = new AbortController().signal
    expect(await forecast.call({ city: 'Oslo' }, signal)).toEqual({
      content: 'Sunny in Oslo',
      isError: false,
    })
    expect(t.mcp.calls.at(-1)?.headers).toEqual({ Authorization: 'Bearer k' })

    const invalid = await forecast.call({ city: 3 }, signal)
    expect(invalid.isError).toBe(true)
    expect(invalid.content).toContain('city: must be string')

    t.mcp.setDown(weatherUrl)
    expect(await forecast.call({ city: 'Oslo' }, signal)).toEqual({
      content: 'Tool server unreachable: connection refused',
      isError: true,
    })
  })
})

describe('modelToolNames', () => {
  it('sanitises, bounds and de-duplicates names, keeping older servers’ names stable', () => {
    const tool = (name: string) => ({ name, description: '', inputSchema: {} })
    const names = modelToolNames(
      [
        { id: 'b', name: 'Mail!', createdAt: '2026-01-02', tools: [tool('send.mail')] },
        {
          id: 'a',
          name: 'mail',
          createdAt: '2026-01-01',
          tools: [tool('send_mail'), tool('x'.repeat(80))],
        },
      ],
      ['mail__x'],
    )
    expect(names.get('a/send_mail')).toBe('mail__send_mail')
    expect(names.get('b/send.mail')).toBe('mail__send_mail_2')
    const long = names.get(`a/${'x'.repeat(80)}`) ?? ''
    expect(long).toMatch(/^[a-zA-Z0-9_-]{1,64}$/)
    expect(long).toHaveLength(64)
  })
})
