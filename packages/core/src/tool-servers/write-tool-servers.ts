import { type Acting, actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import { newId } from '../ids/ids'
import type {
  StoredToolServer,
  ToolServerChanges,
  ToolServerTransport,
} from '../ports/tool-server-repository'
import { discover, refreshToolServer, type ToolServerPorts } from './discover'
import { getStoredToolServer } from './read-tool-servers'
import { encryptHeaders } from './server-headers'
import { assertToolServerFields, toolServerNotFound } from './tool-server-rules'

export interface NewToolServerInput {
  name: string
  url: string
  transport?: ToolServerTransport
  /** Sent with every request to the server (e.g. `Authorization`); stored encrypted. */
  headers?: Record<string, string>
  enabled?: boolean
}

export interface ToolServerPatch {
  name?: string
  url?: string
  transport?: ToolServerTransport
  /** Replaces every header; `{}` or null removes them all. */
  headers?: Record<string, string> | null
  enabled?: boolean
}

async function assertNameFree(
  ports: ToolServerPorts,
  workspaceId: string,
  name: string,
  exceptId?: string,
) {
  const servers = await ports.tools.servers.listAll(workspaceId)
  const lower = name.toLowerCase()
  if (servers.some((server) => server.id !== exceptId && server.name.toLowerCase() === lower))
    throw new DomainError('resource.conflict', `A tool server named "${name}" already exists.`)
}

/**
 * Registers an MCP server in the current workspace (`write`).
 *
 * 1. Check `write` and the fields (422: name, an http(s) URL, transport, headers; unless
 *    `allowPrivateNetworks`, a URL naming a private address or `localhost`/`*.internal`); the
 *    name must be free in the workspace (409, case-insensitive).
 * 2. Encrypt the header values as one secret bound to the workspace.
 * 3. Discover its tools now: an unreachable server is still registered, unhealthy with the reason.
 * 4. Store it, record the check in its health history, and audit `toolServer.registered`.
 * @example await registerToolServer(deps, acting, { name: 'Weather', url: 'https://mcp.example/mcp', headers: { Authorization: 'Bearer x' } })
 */
export async function registerToolServer(
  ports: ToolServerPorts,
  acting: Acting,
  input: NewToolServerInput,
): Promise<StoredToolServer> {
  const { access } = acting
  assertPermission(access, 'write')
  const headers = input.headers ?? {}
  const transport = input.transport ?? 'streamable-http'
  assertToolServerFields(
    { name: input.name, url: input.url, transport, headers },
    ports.tools.settings,
  )
  const name = input.name.trim()
  await assertNameFree(ports, access.workspaceId, name)

  const encryptedHeaders = await encryptHeaders(ports.tools.cipher, access.workspaceId, headers)
  const target = { workspaceId: access.workspaceId, url: input.url, transport, encryptedHeaders }
  const { health, tools } = await discover(ports, target, acting.now)
  const server = await ports.tools.servers.create({
    id: newId('tsv'),
    workspaceId: access.workspaceId,
    name,
    url: input.url,
    transport,
    headerNames: Object.keys(headers),
    ...(encryptedHeaders ? { encryptedHeaders } : {}),
    disabledTools: [],
    enabled: input.enabled ?? true,
    health,
    tools: tools ?? [],
    createdBy: actorRef(acting),
  })
  await ports.tools.servers.recordHealth({
    ...health,
    serverId: server.id,
    workspaceId: server.workspaceId,
  })
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'toolServer.registered',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'toolServer', id: server.id, label: name },
    details: { url: server.url, transport, health: health.status },
  })
  return server
}

/**
 * Changes a server (`write`): name, URL, transport, headers (replaced as a whole) or enabled.
 * A new URL, transport or headers rediscovers its tools and records a health check.
 */
export async function updateToolServer(
  ports: ToolServerPorts,
  acting: Acting,
  input: { serverId: string; patch: ToolServerPatch },
): Promise<StoredToolServer> {
  const { access } = acting
  assertPermission(access, 'write')
  const current = await getStoredToolServer(ports, access.workspaceId, input.serverId)
  const { patch } = input
  assertToolServerFields(
    {
      name: patch.name,
      url: patch.url,
      transport: patch.transport,
      headers: patch.headers ?? undefined,
    },
    ports.tools.settings,
  )
  const changes: ToolServerChanges = {}
  if (patch.name !== undefined && patch.name.trim() !== current.name) {
    changes.name = patch.name.trim()
    await assertNameFree(ports, access.workspaceId, changes.name, current.id)
  }
  if (patch.url !== undefined && patch.url !== current.url) changes.url = patch.url
  if (patch.transport !== undefined && patch.transport !== current.transport)
    changes.transport = patch.transport
  if (patch.enabled !== undefined && patch.enabled !== current.enabled)
    changes.enabled = patch.enabled
  if (patch.headers !== undefined) {
    const headers = patch.headers ?? {}
    changes.headerNames = Object.keys(headers)
    // An empty string clears the stored secret (undefined would leave it in place).
    changes.encryptedHeaders =
      (await encryptHeaders(ports.tools.cipher, access.workspaceId, headers)) ?? ''
  }
  if (Object.keys(changes).length === 0) return current

  let server =
    (await ports.tools.servers.update(access.workspaceId, current.id, changes)) ??
    (() => {
      throw toolServerNotFound()
    })()
  if (changes.url || changes.transport || changes.encryptedHeaders !== undefined)
    server = await refreshToolServer(ports, server, acting.now)
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'toolServer.updated',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'toolServer', id: server.id, label: server.name },
    details: {
      changed: Object.keys(changes)
        .filter((key) => key !== 'encryptedHeaders')
        .join(','),
    },
  })
  return server
}

/** Deletes a server and its health history (`write`); answers what was deleted. */
export async function deleteToolServer(
  ports: ToolServerPorts,
  acting: Acting,
  input: { serverId: string },
): Promise<{ toolServer: StoredToolServer; deleted: { tools: number } }> {
  const { access } = acting
  assertPermission(access, 'write')
  const server = await getStoredToolServer(ports, access.workspaceId, input.serverId)
  if (!(await ports.tools.servers.delete(access.workspaceId, server.id))) throw toolServerNotFound()
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'toolServer.deleted',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'toolServer', id: server.id, label: server.name },
    details: { url: server.url },
  })
  return { toolServer: server, deleted: { tools: server.tools.length } }
}

/**
 * Switches one tool of a server on or off in this workspace (`write`); a tool the server does
 * not offer is a 404 (unless it is off already: it can be switched back on). Setting the
 * current state changes nothing.
 */
export async function setToolEnabled(
  ports: ToolServerPorts,
  acting: Acting,
  input: { serverId: string; toolName: string; enabled: boolean },
): Promise<StoredToolServer> {
  const { access } = acting
  assertPermission(access, 'write')
  const server = await getStoredToolServer(ports, access.workspaceId, input.serverId)
  const known = server.tools.some((tool) => tool.name === input.toolName)
  const off = server.disabledTools.includes(input.toolName)
  if (!known && !off)
    throw new DomainError(
      'resource.notFound',
      `The server offers no tool named "${input.toolName}".`,
    )
  if (input.enabled !== off) return server
  const disabledTools = input.enabled
    ? server.disabledTools.filter((name) => name !== input.toolName)
    : [...server.disabledTools, input.toolName]
  const updated = await ports.tools.servers.update(access.workspaceId, server.id, { disabledTools })
  if (!updated) throw toolServerNotFound()
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'toolServer.updated',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'toolServer', id: server.id, label: server.name },
    details: { tool: input.toolName, enabled: input.enabled },
  })
  return updated
}
