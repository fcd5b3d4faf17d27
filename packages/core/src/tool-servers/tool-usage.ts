import type { ToolCallRecord, ToolUsage } from '../ports/tools'

/**
 * Calls, errors, average and 95th percentile (nearest rank) latency per tool and server, most
 * calls first (then by tool name). Both call logs aggregate with this.
 */
export function aggregateToolUsage(
  records: Iterable<Pick<ToolCallRecord, 'tool' | 'source' | 'durationMs' | 'ok'>>,
): ToolUsage[] {
  const groups = new Map<
    string,
    { tool: string; serverId?: string; durations: number[]; errors: number }
  >()
  for (const record of records) {
    const serverId = record.source.type === 'mcp' ? record.source.serverId : undefined
    const key = `${record.tool}\u0000${serverId ?? ''}`
    let group = groups.get(key)
    if (!group) {
      group = { tool: record.tool, ...(serverId ? { serverId } : {}), durations: [], errors: 0 }
      groups.set(key, group)
    }
    group.durations.push(record.durationMs)
    if (!record.ok) group.errors += 1
  }
  return [...groups.values()]
    .map(({ durations, ...group }) => {
      const sorted = [...durations].sort((a, b) => a - b)
      const total = sorted.reduce((sum, value) => sum + value, 0)
      return {
        ...group,
        calls: sorted.length,
        averageMs: Math.round(total / sorted.length),
        p95Ms: sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? 0,
      }
    })
    .sort((a, b) => b.calls - a.calls || a.tool.localeCompare(b.tool))
}
