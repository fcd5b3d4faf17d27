import { type Acting, assertPermission } from '../audit/acting'
import type { Page, PageRequest } from '../pagination'
import type {
  StoredToolServer,
  ToolServerHealth,
  ToolServerHealthCheck,
} from '../ports/tool-server-repository'
import type { JsonSchema } from '../ports/tools'
import { builtinToolNames } from '../tools/builtin'
import { modelToolNames } from '../tools/tool-names'
import { refreshToolServer, type ToolServerPorts } from './discover'
import { toolServerNotFound } from './tool-server-rules'

type ReadPorts = Pick<ToolServerPorts, 'tools'>

/** A server of the workspace, or a 404 (another workspace's id included). */
export async function getStoredToolServer(
  ports: ReadPorts,
  workspaceId: string,
  serverId: string,
): Promise<StoredToolServer> {
  const server = await ports.tools.servers.get(workspaceId, serverId)
  if (!server) throw toolServerNotFound()
  return server
}

/** One tool server of the current workspace (`read`); never its header values. */
export async function getToolServer(
  ports: ReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { serverId: string },
): Promise<StoredToolServer> {
  assertPermission(acting.access, 'read')
  return getStoredToolServer(ports, acting.access.workspaceId, input.serverId)
}

/** The workspace's tool servers, newest first (`read`). */
export async function listToolServers(
  ports: ReadPorts,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<StoredToolServer>> {
  assertPermission(acting.access, 'read')
  return ports.tools.servers.list(acting.access.workspaceId, page)
}

/** A tool of a server as a workspace sees it. */
export interface ServerToolView {
  name: string
  /** What models call it (`<server-slug>__<tool>`); an agent's tool list names these. */
  modelName: string
  description: string
  inputSchema: JsonSchema
  /** Switched on in this workspace (the server itself may still be disabled). */
  enabled: boolean
}

/**
 * A server's tools, rediscovered now (`read`): each with its input schema, model-facing name and
 * whether it is on. An unreachable server answers the tools of its last successful discovery,
 * with `health` saying why it is unhealthy; the check is kept in its health history.
 */
export async function listServerTools(
  ports: ReadPorts,
  acting: Acting,
  input: { serverId: string },
): Promise<{ tools: ServerToolView[]; health: ToolServerHealth }> {
  assertPermission(acting.access, 'read')
  const { workspaceId } = acting.access
  const current = await getStoredToolServer(ports, workspaceId, input.serverId)
  const server = await refreshToolServer(ports, current, acting.now)
  const all = await ports.tools.servers.listAll(workspaceId)
  const names = modelToolNames(
    all.map((candidate) => (candidate.id === server.id ? server : candidate)),
    builtinToolNames,
  )
  return {
    tools: server.tools.map((tool) => ({
      name: tool.name,
      modelName: names.get(`${server.id}/${tool.name}`) ?? tool.name,
      description: tool.description,
      inputSchema: tool.inputSchema,
      enabled: !server.disabledTools.includes(tool.name),
    })),
    health: server.health,
  }
}

/**
 * Checks a server now (`write`: it calls out and writes history): answers its health and keeps
 * the check in its history. Unreachable is an answer (`unhealthy` with the reason), not an error.
 */
export async function checkToolServer(
  ports: ReadPorts,
  acting: Acting,
  input: { serverId: string },
): Promise<ToolServerHealth> {
  assertPermission(acting.access, 'write')
  const server = await getStoredToolServer(ports, acting.access.workspaceId, input.serverId)
  return (await refreshToolServer(ports, server, acting.now)).health
}

/** A server's health checks, newest first (`read`), kept 90 days. */
export async function toolServerHealthHistory(
  ports: ReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { serverId: string; page: PageRequest },
): Promise<Page<ToolServerHealthCheck>> {
  assertPermission(acting.access, 'read')
  const { workspaceId } = acting.access
  const server = await getStoredToolServer(ports, workspaceId, input.serverId)
  return ports.tools.servers.healthHistory(workspaceId, server.id, input.page)
}
