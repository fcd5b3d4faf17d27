import { FakeMcpClient, InMemoryCipher } from '../testing'
import type { FakeMcpTool } from '../testing/in-memory-tools'
import { team } from '../workspaces/team-fixture'
import { defaultToolSettings, type ToolSettings } from './tool-services'

export const weatherUrl = 'https://weather.example/mcp'

/** Tools of the fake weather server: `forecast` (city required) and `alerts`. */
export const weatherTools: FakeMcpTool[] = [
  {
    name: 'forecast',
    description: 'The forecast for a city',
    inputSchema: {
      type: 'object',
      properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 1 } },
      required: ['city'],
      additionalProperties: false,
    },
    handler: (args) => ({ content: `Sunny in ${String(args.city)}`, isError: false }),
  },
  {
    name: 'alerts',
    description: 'Weather alerts',
    inputSchema: { type: 'object', properties: {} },
    handler: () => ({ content: 'No alerts service today', isError: true }),
  },
]

/**
 * The team workspace with tool services over fakes and a weather server at `weatherUrl`; private
 * networks are refused, as in AWS, unless `settings` allow them.
 */
export async function toolTeam(settings: Partial<ToolSettings> = {}) {
  const t = await team()
  const mcp = new FakeMcpClient().register(weatherUrl, weatherTools)
  const cipher = new InMemoryCipher()
  const tools = {
    servers: t.toolServers,
    cipher,
    mcp,
    calls: t.toolCalls,
    settings: { ...defaultToolSettings, ...settings },
  }
  const ports = { tools, audit: t.audit, workspaces: t.workspaces }
  return { ...t, mcp, cipher, tools, ports }
}
