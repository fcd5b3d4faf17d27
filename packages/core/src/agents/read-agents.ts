import { type Acting, assertPermission } from '../audit/acting'
import type { Page, PageRequest } from '../pagination'
import type { Agent, AgentMetrics, AgentRepository } from '../ports/agent-repository'
import { agentNotFound } from './agent-rules'

export interface AgentReadPorts {
  agents: Pick<AgentRepository, 'get' | 'list' | 'metrics'>
}

/** An agent's counters with what a dashboard derives from them. */
export interface AgentMetricsView extends AgentMetrics {
  agentId: string
  /** Per answer (`messages`); 0 before the first one. */
  averageInputTokens: number
  averageOutputTokens: number
  averageToolCalls: number
  /** Thumbs up out of all ratings (0-1); null before the first rating. */
  satisfaction: number | null
}

/** An agent of the current workspace (`read`); another workspace's id is a 404. */
export async function getAgent(
  ports: Pick<AgentReadPorts, 'agents'>,
  acting: Pick<Acting, 'access'>,
  input: { agentId: string },
): Promise<Agent> {
  assertPermission(acting.access, 'read')
  const agent = await ports.agents.get(acting.access.workspaceId, input.agentId)
  if (!agent) throw agentNotFound()
  return agent
}

/** The current workspace's agents, newest first (`read`). */
export function listAgents(
  ports: AgentReadPorts,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<Agent>> {
  assertPermission(acting.access, 'read')
  return ports.agents.list(acting.access.workspaceId, page)
}

/**
 * An agent's metrics (`read`): conversations started with it, answers it gave, their tokens
 * and tool calls, thumbs up and down; with averages per answer and the share of thumbs up.
 */
export async function agentMetrics(
  ports: AgentReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { agentId: string },
): Promise<AgentMetricsView> {
  const agent = await getAgent(ports, acting, input)
  const metrics = await ports.agents.metrics(agent.workspaceId, agent.id)
  const per = (total: number) =>
    metrics.messages === 0 ? 0 : Math.round((total / metrics.messages) * 100) / 100
  const ratings = metrics.feedbackUp + metrics.feedbackDown
  return {
    agentId: agent.id,
    ...metrics,
    averageInputTokens: per(metrics.inputTokens),
    averageOutputTokens: per(metrics.outputTokens),
    averageToolCalls: per(metrics.toolCalls),
    satisfaction: ratings === 0 ? null : Math.round((metrics.feedbackUp / ratings) * 1000) / 1000,
  }
}
