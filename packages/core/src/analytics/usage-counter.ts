import type { PlatformEvent, PlatformEvents } from '../ports/platform-events'
import { platformScope, type UsageCounters } from '../ports/usage-counters'
import { latencyBucket } from './histogram'

/**
 * Counter names, as stored per (scope, day). Breakdowns are `<dimension>#<id>#<measure>` (an id
 * may itself hold `#`: the dimension is the first part, the measure the last); histograms are
 * `lat#<bucket>` and `ttft#<bucket>` (see ./histogram); cost is in micro-dollars, so additions
 * of integers stay exact.
 */
/** Ids and tool names are cut to this many characters in counter names (attribute names). */
const maxIdLength = 200

export const counterNames = {
  conversations: 'conversations',
  messages: 'messages',
  activeUsers: 'activeUsers',
  tokensIn: 'tokensIn',
  tokensOut: 'tokensOut',
  costMicros: 'costMicros',
  documentsReady: 'documentsReady',
  documentsFailed: 'documentsFailed',
  workflowsSucceeded: 'workflowsSucceeded',
  workflowsFailed: 'workflowsFailed',
  latency: (bucket: number) => `lat#${bucket}`,
  timeToFirstToken: (bucket: number) => `ttft#${bucket}`,
  breakdown: (dimension: BreakdownDimension, id: string, measure: BreakdownMeasure) =>
    `${dimension}#${id.slice(0, maxIdLength)}#${measure}`,
  tool: (name: string, measure: 'calls' | 'errors') =>
    `tool#${name.slice(0, maxIdLength)}#${measure}`,
} as const

export type BreakdownDimension = 'model' | 'profile' | 'agent'
export type BreakdownMeasure = 'messages' | 'tokensIn' | 'tokensOut' | 'costMicros'

/** Markers of counted events outlive any retry of the event by the platform (SQS, Lambda). */
const eventMarkerHours = 48

const microDollars = (usd: number) => Math.round(usd * 1_000_000)

/**
 * What one event adds to its workspace's (and the platform's) counters of its day. Latency
 * histograms count completed answers only: a failed or stopped answer's time says little about
 * how fast the model is.
 */
export function countsOf(event: PlatformEvent): Record<string, number> {
  const counts: Record<string, number> = {}
  const add = (name: string, value: number) => {
    if (Number.isFinite(value) && value !== 0) counts[name] = (counts[name] ?? 0) + value
  }
  switch (event.type) {
    case 'conversation.created':
      add(counterNames.conversations, 1)
      break
    case 'message.created': {
      const { data } = event
      const cost = data.costUsd === undefined ? 0 : microDollars(data.costUsd)
      const dimensions: [BreakdownDimension, string | undefined][] = [
        ['model', data.modelId],
        ['profile', data.profileId],
        ['agent', data.agentId],
      ]
      add(counterNames.messages, 1)
      add(counterNames.tokensIn, data.inputTokens)
      add(counterNames.tokensOut, data.outputTokens)
      add(counterNames.costMicros, cost)
      for (const [dimension, id] of dimensions) {
        if (!id) continue
        add(counterNames.breakdown(dimension, id, 'messages'), 1)
        add(counterNames.breakdown(dimension, id, 'tokensIn'), data.inputTokens)
        add(counterNames.breakdown(dimension, id, 'tokensOut'), data.outputTokens)
        add(counterNames.breakdown(dimension, id, 'costMicros'), cost)
      }
      if (data.status === 'complete') {
        add(counterNames.latency(latencyBucket(data.latencyMs)), 1)
        if (data.timeToFirstTokenMs !== undefined)
          add(counterNames.timeToFirstToken(latencyBucket(data.timeToFirstTokenMs)), 1)
      }
      for (const call of data.toolCalls) {
        add(counterNames.tool(call.name, 'calls'), 1)
        if (call.isError) add(counterNames.tool(call.name, 'errors'), 1)
      }
      break
    }
    case 'document.ready':
      add(counterNames.documentsReady, 1)
      break
    case 'document.failed':
      add(counterNames.documentsFailed, 1)
      break
    case 'workflow.succeeded':
      add(counterNames.workflowsSucceeded, 1)
      break
    case 'workflow.failed':
      add(counterNames.workflowsFailed, 1)
      break
  }
  return counts
}

/** The user an event shows active that day: who started a conversation, asked, or rated. */
function activeUserOf(event: PlatformEvent): string | undefined {
  switch (event.type) {
    case 'conversation.created':
    case 'message.created':
    case 'message.feedback':
      return event.data.userId
    default:
      return undefined
  }
}

/**
 * What the platform's counters keep of an event's: not the profile and agent breakdowns, whose
 * ids mean something only in their workspace and would grow the platform's day item with every
 * workspace's profiles and agents (an item holds at most 400 KB).
 */
function platformCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).filter(([name]) => !/^(profile|agent)#/.test(name)),
  )
}

/** The UTC day (YYYY-MM-DD) of an ISO time. */
export const utcDay = (iso: string) => new Date(iso).toISOString().slice(0, 10)

/**
 * The usage-counting subscriber of platform events: each event is counted once into its
 * workspace's and the platform's counters of its UTC day (the platform's without the profile
 * and agent breakdowns).
 *
 * 1. Claim the event's marker (`event#<id>`, kept 48 h): an event delivered again is not counted again.
 * 2. For each scope, claim the user's marker of the day (`active#<scope>#<day>#<userId>`): only
 *    the first activity of a user in a day counts them active.
 * 3. Add the counts to each scope's day with one atomic addition.
 * If a step fails, the markers taken are given back and the error rethrown, so a retry counts
 * the event in full (a retry after a partial addition could count one scope twice: rare, and
 * preferred to losing the event).
 *
 * @example const events = fanOutEvents(usageCounter({ usage: stores.usage }), webhooks)
 */
export function usageCounter(ports: { usage: UsageCounters; clock?: () => Date }): PlatformEvents {
  const { usage } = ports
  return {
    async publish(event) {
      const counts = countsOf(event)
      const userId = activeUserOf(event)
      if (Object.keys(counts).length === 0 && !userId) return
      const now = ports.clock?.() ?? new Date()
      const occurred = new Date(event.occurredAt)
      const eventMarker = `event#${event.id}`
      const after = Math.max(now.getTime(), occurred.getTime())
      if (!(await usage.claim(eventMarker, new Date(after + eventMarkerHours * 3_600_000)))) return
      const day = utcDay(event.occurredAt)
      // A user's day marker lives until the day after, long enough for late events of the day.
      const dayEnds = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000)
      const claimed: string[] = [eventMarker]
      try {
        await Promise.all(
          [event.workspaceId, platformScope].map(async (scope) => {
            const scoped = scope === platformScope ? platformCounts(counts) : { ...counts }
            if (userId) {
              const marker = `active#${scope}#${day}#${userId}`
              if (await usage.claim(marker, new Date(Math.max(dayEnds.getTime(), after)))) {
                claimed.push(marker)
                scoped[counterNames.activeUsers] = 1
              }
            }
            if (Object.keys(scoped).length > 0) await usage.add(scope, day, scoped)
          }),
        )
      } catch (error) {
        await Promise.allSettled(claimed.map((marker) => usage.release(marker)))
        throw error
      }
    },
  }
}
