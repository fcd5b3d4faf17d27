import {
  DomainError,
  type NewToolServer,
  newId,
  type Page,
  type PageRequest,
  type StoredToolServer,
  type ToolServerChanges,
  type ToolServerHealthCheck,
  type ToolServerRepository,
  type ToolServerTool,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { epochSeconds } from './entities/shared'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, ToolServerCheckItem, ToolServerItem } from './table'

/** How long a health check is kept: DynamoDB's TTL deletes it (within days) after this. */
const retentionSeconds = 90 * 24 * 60 * 60

function toServer(item: ToolServerItem): StoredToolServer {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    name: item.name,
    url: item.url,
    transport: item.transport,
    headerNames: item.headerNames,
    ...(item.encryptedHeaders ? { encryptedHeaders: item.encryptedHeaders } : {}),
    disabledTools: item.disabledTools,
    enabled: item.enabled,
    health: item.health,
    tools: JSON.parse(item.toolsJson) as ToolServerTool[],
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

function toCheck(item: ToolServerCheckItem): ToolServerHealthCheck {
  return {
    serverId: item.serverId,
    workspaceId: item.workspaceId,
    checkedAt: item.checkedAt,
    status: item.status,
    ...(item.latencyMs === undefined ? {} : { latencyMs: item.latencyMs }),
    ...(item.error === undefined ? {} : { error: item.error }),
    ...(item.tools === undefined ? {} : { tools: item.tools }),
  }
}

/**
 * Tool servers in their workspace's partition (newest first on gsi1) and each server's health
 * history in its own partition, newest first, expiring after 90 days. Deleting a server deletes
 * its history with it.
 * @example const servers = new DynamoToolServerRepository(createTable(document, tableName))
 */
export class DynamoToolServerRepository implements ToolServerRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewToolServer): Promise<StoredToolServer> {
    const createdAt = this.clock().toISOString()
    const { tools, encryptedHeaders, ...rest } = structuredClone(input)
    try {
      await this.table.entities.toolServer
        .create({
          ...rest,
          ...(encryptedHeaders ? { encryptedHeaders } : {}),
          toolsJson: JSON.stringify(tools),
          createdAt,
          updatedAt: createdAt,
        })
        .go()
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'A tool server with this id already exists.')
      throw error
    }
    return { ...structuredClone(input), createdAt, updatedAt: createdAt }
  }

  async get(workspaceId: string, id: string): Promise<StoredToolServer | undefined> {
    const { data } = await this.table.entities.toolServer
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toServer(data) : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<StoredToolServer>> {
    const { toolServer } = this.table.entities
    const toCursor = createConversions(toolServer).byAccessPattern.byCreation.fromComposite.toCursor
    return queryPage(
      page,
      (options) => toolServer.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toServer,
    )
  }

  async listAll(workspaceId: string): Promise<StoredToolServer[]> {
    const { data } = await this.table.entities.toolServer.query
      .byWorkspace({ workspaceId })
      .go({ pages: 'all', consistent: true })
    return data
      .map(toServer)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
  }

  async update(
    workspaceId: string,
    id: string,
    changes: ToolServerChanges,
  ): Promise<StoredToolServer | undefined> {
    const { tools, encryptedHeaders, ...rest } = changes
    const set = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined))
    let patch = this.table.entities.toolServer.patch({ workspaceId, id }).set({
      ...set,
      ...(tools === undefined ? {} : { toolsJson: JSON.stringify(tools) }),
      ...(encryptedHeaders ? { encryptedHeaders } : {}),
      updatedAt: this.clock().toISOString(),
    })
    // An empty ciphertext means "no headers any more".
    if (encryptedHeaders === '') patch = patch.remove(['encryptedHeaders'])
    try {
      const { data } = await patch.go({ response: 'all_new' })
      return toServer(data as ToolServerItem)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const { toolServer, toolServerCheck } = this.table.entities
    try {
      await toolServer
        .delete({ workspaceId, id })
        .where(({ id: key }, { exists }) => exists(key))
        .go()
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
    const { data } = await toolServerCheck.query
      .byServer({ workspaceId, serverId: id })
      .go({ pages: 'all', attributes: ['checkedAt', 'id'] })
    await deleteAll(
      data.map(({ checkedAt, id: checkId }) => ({
        workspaceId,
        serverId: id,
        checkedAt,
        id: checkId,
      })),
      (batch) => toolServerCheck.delete(batch).go(),
    )
    return true
  }

  async recordHealth(check: ToolServerHealthCheck): Promise<void> {
    await this.table.entities.toolServerCheck
      .put({
        workspaceId: check.workspaceId,
        serverId: check.serverId,
        checkedAt: check.checkedAt,
        id: newId('chk'),
        status: check.status,
        ...(check.latencyMs === undefined ? {} : { latencyMs: check.latencyMs }),
        ...(check.error === undefined ? {} : { error: check.error }),
        ...(check.tools === undefined ? {} : { tools: check.tools }),
        expiresAt: epochSeconds(check.checkedAt) + retentionSeconds,
      })
      .go()
  }

  healthHistory(
    workspaceId: string,
    id: string,
    page: PageRequest,
  ): Promise<Page<ToolServerHealthCheck>> {
    const { toolServerCheck } = this.table.entities
    const toCursor =
      createConversions(toolServerCheck).byAccessPattern.byServer.fromComposite.toCursor
    const now = Math.floor(this.clock().getTime() / 1000)
    return queryPage(
      page,
      (options) =>
        toolServerCheck.query
          .byServer({ workspaceId, serverId: id })
          .where(({ expiresAt }, { gt }) => gt(expiresAt, now))
          .go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toCheck,
    )
  }
}

/**
 * Deletes a workspace's tool servers and their health histories (the workspace deletion calls
 * this; its tool call log expires by TTL like its audit log). Resolves how many servers went.
 */
export async function deleteWorkspaceToolServers(
  table: ChatterTable,
  workspaceId: string,
): Promise<number> {
  const repository = new DynamoToolServerRepository(table)
  const servers = await repository.listAll(workspaceId)
  for (const server of servers) await repository.delete(workspaceId, server.id)
  return servers.length
}
