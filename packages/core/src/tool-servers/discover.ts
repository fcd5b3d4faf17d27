import { isDomainError } from '../errors'
import type { AuditLog } from '../ports/audit-log'
import type {
  StoredToolServer,
  ToolServerHealth,
  ToolServerTool,
} from '../ports/tool-server-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { decryptHeaders } from './server-headers'
import type { ToolServices } from './tool-services'

/** What the tool server use cases need; `AppDependencies` fits as is. */
export interface ToolServerPorts {
  tools: Pick<ToolServices, 'servers' | 'cipher' | 'mcp' | 'calls' | 'settings'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

export interface Discovery {
  health: ToolServerHealth & { checkedAt: string }
  /** The tools offered; undefined when the server could not be reached. */
  tools?: ToolServerTool[]
}

/**
 * Asks a server for its tools, within the tool timeout. Never throws: an unreachable server,
 * a timeout or headers that no longer decrypt come back as an unhealthy result with the reason.
 */
export async function discover(
  ports: Pick<ToolServerPorts, 'tools'>,
  server: Pick<StoredToolServer, 'workspaceId' | 'url' | 'transport' | 'encryptedHeaders'>,
  now: Date,
): Promise<Discovery> {
  const checkedAt = now.toISOString()
  const started = performance.now()
  const latencyMs = () => Math.round(performance.now() - started)
  let headers: Record<string, string>
  try {
    headers = await decryptHeaders(ports.tools.cipher, server)
  } catch {
    return {
      health: {
        status: 'unhealthy',
        checkedAt,
        error: 'The stored headers could not be decrypted.',
      },
    }
  }
  try {
    const tools = await ports.tools.mcp.listTools(
      { url: server.url, transport: server.transport, headers },
      AbortSignal.timeout(ports.tools.settings.toolTimeoutMs),
    )
    return {
      health: { status: 'healthy', checkedAt, latencyMs: latencyMs(), tools: tools.length },
      tools,
    }
  } catch (error) {
    const reason = isDomainError(error) ? error.message : 'The server gave an unexpected answer.'
    return { health: { status: 'unhealthy', checkedAt, latencyMs: latencyMs(), error: reason } }
  }
}

/**
 * Discovers a stored server's tools, keeps the health (and the tools, when it answered) on the
 * server and in its health history, and answers the server as now stored.
 */
export async function refreshToolServer(
  ports: Pick<ToolServerPorts, 'tools'>,
  server: StoredToolServer,
  now: Date,
): Promise<StoredToolServer> {
  const { health, tools } = await discover(ports, server, now)
  await ports.tools.servers.recordHealth({
    ...health,
    serverId: server.id,
    workspaceId: server.workspaceId,
  })
  const updated = await ports.tools.servers.update(server.workspaceId, server.id, {
    health,
    ...(tools ? { tools } : {}),
  })
  return updated ?? { ...server, health, ...(tools ? { tools } : {}) }
}
