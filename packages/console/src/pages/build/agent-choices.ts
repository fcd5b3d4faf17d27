// What an agent can be built from: profiles, prompt templates and tools (built-in and MCP).
import type { ChatterClient, Schemas } from '@chatter/sdk'

export interface ToolGroup {
  /** "Built-in" or the server's name. */
  title: string
  tools: { name: string; description: string }[]
  /** Why the group has no tools to offer, when it has none. */
  note?: string
}

export interface AgentChoices {
  profiles: Schemas['Profile'][]
  prompts: Schemas['Prompt'][]
  toolGroups: ToolGroup[]
}

// Every workspace has these (packages/core/src/tools/builtin); the API lists only MCP tools.
const builtins: ToolGroup = {
  title: 'Built-in',
  tools: [
    { name: 'calculator', description: 'Evaluates arithmetic' },
    { name: 'current_time', description: 'The date and time in a time zone' },
    { name: 'search_documents', description: "Searches the workspace's documents" },
  ],
}

/** Loads the choices at once; each enabled server's tools are discovered in parallel. */
export async function loadAgentChoices(client: ChatterClient): Promise<AgentChoices> {
  const [profiles, prompts, servers] = await Promise.all([
    client.unwrap(client.api.GET('/v1/profiles', { params: { query: { limit: 100 } } })),
    client.unwrap(client.api.GET('/v1/prompts', { params: { query: { limit: 100 } } })),
    client.unwrap(client.api.GET('/v1/tool-servers', { params: { query: { limit: 100 } } })),
  ])
  const serverGroups = await Promise.all(
    servers.items.map(async (server): Promise<ToolGroup> => {
      if (!server.enabled) return { title: server.name, tools: [], note: 'The server is disabled.' }
      try {
        const found = await client.unwrap(
          client.api.GET('/v1/tool-servers/{id}/tools', { params: { path: { id: server.id } } }),
        )
        const tools = found.items
          .filter((tool) => tool.enabled)
          .map((tool) => ({ name: tool.modelName, description: tool.description }))
        return { title: server.name, tools, ...(tools.length ? {} : { note: 'No enabled tools.' }) }
      } catch {
        return { title: server.name, tools: [], note: 'Its tools could not be listed.' }
      }
    }),
  )
  return {
    profiles: profiles.items,
    prompts: prompts.items,
    toolGroups: [builtins, ...serverGroups],
  }
}
