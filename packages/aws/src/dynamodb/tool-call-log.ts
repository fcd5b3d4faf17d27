import {
  aggregateToolUsage,
  type ToolCallLog,
  type ToolCallRecord,
  type ToolSource,
  type ToolUsage,
} from '@chatter/core'
import { epochSeconds } from './entities/shared'
import type { ChatterTable, ToolCallItem } from './table'

/** How long a call is kept: DynamoDB's TTL deletes it (within days) after this. */
const retentionSeconds = 90 * 24 * 60 * 60

function sourceOf(
  item: Pick<ToolCallItem, 'sourceType' | 'serverId' | 'serverName' | 'toolName'>,
): ToolSource {
  return item.sourceType === 'mcp'
    ? {
        type: 'mcp',
        serverId: item.serverId ?? '',
        serverName: item.serverName ?? '',
        toolName: item.toolName ?? '',
      }
    : { type: 'builtin' }
}

/**
 * The tool call log: a workspace's calls in one partition sorted by `at#id`, kept 90 days.
 * `usage` reads the period with one Query (only the attributes it counts) and aggregates in
 * memory: a workspace's calls over a week are thousands, not millions.
 * @example await new DynamoToolCallLog(table).usage('ws_1', { from, to })
 */
export class DynamoToolCallLog implements ToolCallLog {
  constructor(private readonly table: ChatterTable) {}

  async record(call: ToolCallRecord): Promise<void> {
    const { source, ...rest } = call
    await this.table.entities.toolCall
      .put({
        ...rest,
        sourceType: source.type,
        ...(source.type === 'mcp'
          ? { serverId: source.serverId, serverName: source.serverName, toolName: source.toolName }
          : {}),
        expiresAt: epochSeconds(call.at) + retentionSeconds,
      })
      .go()
  }

  async usage(workspaceId: string, range: { from: string; to: string }): Promise<ToolUsage[]> {
    // `between` is inclusive on both ends of `at#id`; `to` is excluded below.
    const { data } = await this.table.entities.toolCall.query
      .byWorkspace({ workspaceId })
      .between({ at: range.from }, { at: range.to })
      .go({
        pages: 'all',
        attributes: [
          'at',
          'tool',
          'sourceType',
          'serverId',
          'serverName',
          'toolName',
          'durationMs',
          'ok',
        ],
      })
    return aggregateToolUsage(
      data
        .filter((item) => item.at >= range.from && item.at < range.to)
        .map((item) => ({
          tool: item.tool,
          source: sourceOf(item),
          durationMs: item.durationMs,
          ok: item.ok,
        })),
    )
  }
}
