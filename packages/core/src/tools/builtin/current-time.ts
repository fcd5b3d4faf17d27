import type { Tool, ToolResult } from '../../ports/tools'

/** The time in an IANA zone as `2025-03-01 14:05:09 (Europe/Paris, GMT+1)`; throws for a bad zone. */
export function timeIn(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    weekday: 'long',
    timeZoneName: 'shortOffset',
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  return (
    `${part('weekday')} ${part('year')}-${part('month')}-${part('day')} ` +
    `${part('hour')}:${part('minute')}:${part('second')} (${timeZone}, ${part('timeZoneName')})`
  )
}

/** The `current_time` tool: the ISO time (UTC) and, with `timeZone`, the time there. */
export function currentTimeTool(clock: () => Date = () => new Date()): Tool {
  return {
    name: 'current_time',
    description:
      'Returns the current date and time: ISO 8601 in UTC, and the local time in an IANA time ' +
      'zone when one is given (e.g. "Europe/Paris", "America/New_York").',
    inputSchema: {
      type: 'object',
      properties: {
        timeZone: { type: 'string', description: 'An IANA time zone name; UTC when left out.' },
      },
      additionalProperties: false,
    },
    source: { type: 'builtin' },
    async call(input): Promise<ToolResult> {
      const now = clock()
      const timeZone = (input as { timeZone?: unknown } | null)?.timeZone ?? 'UTC'
      if (typeof timeZone !== 'string')
        return { content: 'timeZone must be an IANA time zone name.', isError: true }
      try {
        return { content: `${now.toISOString()}\n${timeIn(now, timeZone)}`, isError: false }
      } catch {
        return {
          content: `Unknown time zone "${timeZone}": give an IANA name such as "Europe/Paris".`,
          isError: true,
        }
      }
    },
  }
}
