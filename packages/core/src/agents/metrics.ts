import type { AgentMetrics, AgentRepository } from '../ports/agent-repository'
import type { TokenUsage } from '../ports/chat-model'

/** Where agent counters go; absent (a runtime without agents), nothing is counted. */
export interface AgentMetricsPorts {
  agents?: Pick<AgentRepository, 'addMetrics'>
  logger?: { warn(message: string, extra: Record<string, unknown>): void }
}

/**
 * Adds to an agent's counters, never failing the caller: a lost count is better than a lost
 * answer, so a store error is logged and swallowed. Without an agent id it does nothing.
 */
async function addQuietly(
  ports: AgentMetricsPorts,
  workspaceId: string,
  agentId: string | undefined,
  delta: Partial<AgentMetrics>,
): Promise<void> {
  if (!agentId || !ports.agents) return
  try {
    await ports.agents.addMetrics(workspaceId, agentId, delta)
  } catch (error) {
    ports.logger?.warn('Agent metrics were not counted', {
      workspaceId,
      agentId,
      error: error instanceof Error ? error.message : String(error),
    })
  }
}

/**
 * Counts one answered turn of a conversation with an agent: one message, its tokens and tool
 * calls. The answer engine calls it once a turn is saved, with `resolved.agentId` (undefined
 * when the conversation has no agent, or its agent was deleted: then nothing is counted).
 * @example await recordAgentTurn(ports, { workspaceId, agentId: resolved.agentId, usage, toolCalls: 2 })
 */
export function recordAgentTurn(
  ports: AgentMetricsPorts,
  input: {
    workspaceId: string
    agentId: string | undefined
    usage: Pick<TokenUsage, 'inputTokens' | 'outputTokens'>
    toolCalls: number
  },
): Promise<void> {
  const { inputTokens, outputTokens } = input.usage
  return addQuietly(ports, input.workspaceId, input.agentId, {
    messages: 1,
    inputTokens,
    outputTokens,
    toolCalls: input.toolCalls,
  })
}

/** Counts a conversation started with an agent. */
export function recordAgentConversation(
  ports: AgentMetricsPorts,
  input: { workspaceId: string; agentId: string },
): Promise<void> {
  return addQuietly(ports, input.workspaceId, input.agentId, { conversations: 1 })
}

/**
 * Counts a rating of an agent's answer. Rating again replaces the earlier rating, so a changed
 * mind moves one count to the other and the same rating twice counts once.
 */
export function recordAgentFeedback(
  ports: AgentMetricsPorts,
  input: {
    workspaceId: string
    agentId: string | undefined
    rating: 'up' | 'down'
    previous?: 'up' | 'down'
  },
): Promise<void> {
  const { rating, previous } = input
  if (rating === previous) return Promise.resolve()
  const key = (r: 'up' | 'down') => (r === 'up' ? 'feedbackUp' : 'feedbackDown')
  return addQuietly(ports, input.workspaceId, input.agentId, {
    [key(rating)]: 1,
    ...(previous ? { [key(previous)]: -1 } : {}),
  })
}
