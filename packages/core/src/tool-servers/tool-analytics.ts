import { type Acting, assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { ToolUsage } from '../ports/tools'
import type { ToolServices } from './tool-services'

const day = 24 * 60 * 60 * 1000

/**
 * Calls, errors and latency per tool and server between `from` (inclusive) and `to`
 * (exclusive), most calls first (`seeAnalytics`). Default: the 7 days before now.
 */
export async function toolUsage(
  ports: { tools: Pick<ToolServices, 'calls'> },
  acting: Pick<Acting, 'access' | 'now'>,
  input: { from?: string; to?: string },
): Promise<{ from: string; to: string; items: ToolUsage[] }> {
  assertPermission(acting.access, 'seeAnalytics')
  const to = input.to ? new Date(input.to) : acting.now
  const from = input.from ? new Date(input.from) : new Date(to.getTime() - 7 * day)
  const errors = [
    ...(Number.isNaN(from.getTime())
      ? [{ path: 'query.from', message: 'Give an ISO 8601 time.' }]
      : []),
    ...(Number.isNaN(to.getTime())
      ? [{ path: 'query.to', message: 'Give an ISO 8601 time.' }]
      : []),
  ]
  if (errors.length === 0 && from >= to)
    errors.push({ path: 'query.from', message: 'Give a from before to.' })
  if (errors.length > 0)
    throw new DomainError('request.invalid', errors[0]?.message ?? 'Invalid range.', { errors })
  const range = { from: from.toISOString(), to: to.toISOString() }
  return { ...range, items: await ports.tools.calls.usage(acting.access.workspaceId, range) }
}
