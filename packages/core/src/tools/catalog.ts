import { isDomainError } from '../errors'
import type {
  McpClient,
  SecretCipher,
  StoredToolServer,
  ToolServerRepository,
} from '../ports/tool-server-repository'
import type { Tool, ToolCatalog, ToolResult } from '../ports/tools'
import { decryptHeaders } from '../tool-servers/server-headers'
import { describeArgumentErrors, toolArgumentErrors } from '../tool-servers/validate-arguments'
import { modelToolNames } from './tool-names'

export interface ToolCatalogDeps {
  servers: Pick<ToolServerRepository, 'listAll'>
  cipher: SecretCipher
  mcp: McpClient
  /** The built-in tools: a list, or a function of the workspace (`builtinTools(deps)`). */
  builtins?: readonly Tool[] | ((workspaceId: string) => Tool[])
}

/**
 * The tools a turn may call: the built-ins first, then every enabled tool of every enabled
 * server of the workspace, from the stored discovery (no network call to list them). Calling an
 * MCP tool checks its input against the tool's schema first (a mismatch is an `isError` result
 * the model can correct), then calls the server with its decrypted headers.
 * @example
 * const catalog = createToolCatalog({ servers, cipher, mcp, builtins: builtinTools({ knowledge }) })
 * const tools = await catalog.toolsFor('ws_1', { only: ['calculator', 'weather__forecast'] })
 */
export function createToolCatalog(deps: ToolCatalogDeps): ToolCatalog {
  return {
    async toolsFor(workspaceId, options = {}) {
      const builtins =
        typeof deps.builtins === 'function'
          ? deps.builtins(workspaceId)
          : [...(deps.builtins ?? [])]
      const servers = await deps.servers.listAll(workspaceId)
      const names = modelToolNames(
        servers,
        builtins.map((tool) => tool.name),
      )
      const mcpTools = servers
        .filter((server) => server.enabled)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .flatMap((server) => {
          const headers = lazyHeaders(deps.cipher, server)
          return server.tools
            .filter((tool) => !server.disabledTools.includes(tool.name))
            .map(
              (tool): Tool => ({
                name: names.get(`${server.id}/${tool.name}`) ?? tool.name,
                description: tool.description || `${tool.name} (${server.name})`,
                inputSchema: tool.inputSchema,
                source: {
                  type: 'mcp',
                  serverId: server.id,
                  serverName: server.name,
                  toolName: tool.name,
                },
                call: async (input, signal) => {
                  const errors = toolArgumentErrors(tool.inputSchema, input)
                  if (errors.length > 0)
                    return { content: describeArgumentErrors(errors), isError: true }
                  try {
                    const target = {
                      url: server.url,
                      transport: server.transport,
                      headers: await headers(),
                    }
                    return await deps.mcp.callTool(
                      target,
                      tool.name,
                      (input ?? {}) as Record<string, unknown>,
                      signal,
                    )
                  } catch (error) {
                    return failure(error)
                  }
                },
              }),
            )
        })
      const all = [...builtins, ...mcpTools]
      if (!options.only) return all
      const only = new Set(options.only)
      return all.filter((tool) => only.has(tool.name))
    },
  }
}

/** Decrypts a server's headers once, on the first call of one of its tools. */
function lazyHeaders(cipher: SecretCipher, server: StoredToolServer) {
  let headers: Promise<Record<string, string>> | undefined
  return () => {
    headers ??= decryptHeaders(cipher, server)
    return headers
  }
}

/** An unreachable server or a timeout is a failed call the model can read, not a crash. */
function failure(error: unknown): ToolResult {
  if (isDomainError(error))
    return { content: `Tool server unreachable: ${error.message}`, isError: true }
  if (error instanceof Error && error.name === 'AbortError')
    return { content: 'The tool call timed out.', isError: true }
  return { content: 'The tool call failed.', isError: true }
}
