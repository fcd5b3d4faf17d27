import { type Acting, assertPermission } from '../audit/acting'
import { DomainError, isDomainError } from '../errors'
import { sortableId } from '../ids/ids'
import type { ToolResult } from '../ports/tools'
import { builtinToolNames } from '../tools/builtin'
import { modelToolNames } from '../tools/tool-names'
import { refreshToolServer, type ToolServerPorts } from './discover'
import { getStoredToolServer } from './read-tool-servers'
import { decryptHeaders } from './server-headers'
import { assertToolArguments } from './validate-arguments'

export interface ToolCallOutcome extends ToolResult {
  durationMs: number
}

/**
 * Calls one tool of a server directly (`write`: tools act on the world), as
 * `POST /v1/tool-servers/{id}/tools/{name}/call` does.
 *
 * 1. Find the server (404) and the tool (a name the stored discovery lacks triggers one
 *    rediscovery; still unknown: 404). A disabled server or tool is a 409.
 * 2. Check the arguments against the tool's input schema (422 naming each bad field, under
 *    `json.arguments`).
 * 3. Call it with the decrypted headers within the tool timeout: a server that cannot be
 *    reached (or too slow) is a 502 `toolServer.unreachable`; a tool that reports a failure is
 *    an answer with `isError: true`.
 * 4. Log the call (via `direct`) for the analytics, failed ones included.
 */
export async function callServerTool(
  ports: Pick<ToolServerPorts, 'tools'>,
  acting: Acting,
  input: { serverId: string; toolName: string; arguments?: Record<string, unknown> },
): Promise<ToolCallOutcome> {
  const { access } = acting
  assertPermission(access, 'write')
  let server = await getStoredToolServer(ports, access.workspaceId, input.serverId)
  if (!server.tools.some((tool) => tool.name === input.toolName))
    server = await refreshToolServer(ports, server, acting.now)
  const tool = server.tools.find((candidate) => candidate.name === input.toolName)
  if (!tool)
    throw new DomainError(
      'resource.notFound',
      `The server offers no tool named "${input.toolName}".`,
    )
  if (!server.enabled)
    throw new DomainError('resource.conflict', 'The tool server is disabled; enable it first.')
  if (server.disabledTools.includes(tool.name))
    throw new DomainError(
      'resource.conflict',
      `The tool "${tool.name}" is disabled in this workspace.`,
    )
  const args = input.arguments ?? {}
  assertToolArguments(tool.inputSchema, args)

  const names = modelToolNames(
    await ports.tools.servers.listAll(access.workspaceId),
    builtinToolNames,
  )
  const at = acting.now
  const started = performance.now()
  const log = (ok: boolean, resultSize: number, error?: string) =>
    ports.tools.calls.record({
      id: sortableId(at),
      workspaceId: access.workspaceId,
      tool: names.get(`${server.id}/${tool.name}`) ?? tool.name,
      source: { type: 'mcp', serverId: server.id, serverName: server.name, toolName: tool.name },
      at: at.toISOString(),
      durationMs: Math.round(performance.now() - started),
      ok,
      ...(error ? { error } : {}),
      resultSize,
      via: 'direct',
    })

  let result: ToolResult
  try {
    const headers = await decryptHeaders(ports.tools.cipher, server)
    result = await ports.tools.mcp.callTool(
      { url: server.url, transport: server.transport, headers },
      tool.name,
      args,
      AbortSignal.timeout(ports.tools.settings.toolTimeoutMs),
    )
  } catch (error) {
    const reason = isDomainError(error) ? error.message : 'The call failed.'
    await log(false, 0, reason)
    if (isDomainError(error)) throw error
    throw new DomainError('toolServer.unreachable', reason)
  }
  const durationMs = Math.round(performance.now() - started)
  await log(
    !result.isError,
    result.content.length,
    result.isError ? result.content.slice(0, 200) : undefined,
  )
  return { ...result, durationMs }
}
