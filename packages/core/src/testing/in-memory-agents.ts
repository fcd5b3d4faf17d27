import type { PageRequest } from '../pagination'
import type { Agent, AgentMetrics, AgentRepository, AgentSettings } from '../ports/agent-repository'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, paginate } from './paginate'

export const emptyAgentMetrics = (): AgentMetrics => ({
  conversations: 0,
  messages: 0,
  inputTokens: 0,
  outputTokens: 0,
  toolCalls: 0,
  feedbackUp: 0,
  feedbackDown: 0,
})

/**
 * In-memory agents with their counters, as the DynamoDB store keeps them: an undefined value in
 * an update removes that setting; deleting an agent deletes its counters; a workspace's
 * deletion takes its agents along.
 */
export class InMemoryAgents implements AgentRepository {
  /** By `workspaceId/id`, in creation order. */
  readonly byKey = new Map<string, Agent>()
  readonly counters = new Map<string, AgentMetrics>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const [key, agent] of this.byKey)
          if (agent.workspaceId === id) {
            this.byKey.delete(key)
            this.counters.delete(key)
          }
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(input: Omit<Agent, 'createdAt' | 'updatedAt'>) {
    const key = keyOf(input.workspaceId, input.id)
    if (this.byKey.has(key)) throw conflict('An agent with this id already exists.')
    const now = new Date().toISOString()
    const agent = { ...structuredClone(input), createdAt: now, updatedAt: now }
    this.byKey.set(key, agent)
    return structuredClone(agent)
  }

  async get(workspaceId: string, id: string) {
    const agent = this.byKey.get(keyOf(workspaceId, id))
    return agent && structuredClone(agent)
  }

  async list(workspaceId: string, page: PageRequest) {
    return paginate((await this.listAll(workspaceId)).reverse(), page)
  }

  async listAll(workspaceId: string) {
    return [...this.byKey.values()]
      .filter((agent) => agent.workspaceId === workspaceId)
      .map((agent) => structuredClone(agent))
  }

  async update(workspaceId: string, id: string, changes: Partial<AgentSettings>) {
    const agent = this.byKey.get(keyOf(workspaceId, id))
    if (!agent) return undefined
    for (const [name, value] of Object.entries(structuredClone(changes)))
      if (value === undefined) Reflect.deleteProperty(agent, name)
      else Object.assign(agent, { [name]: value })
    agent.updatedAt = new Date().toISOString()
    return structuredClone(agent)
  }

  async delete(workspaceId: string, id: string) {
    const key = keyOf(workspaceId, id)
    this.counters.delete(key)
    return this.byKey.delete(key)
  }

  async addMetrics(workspaceId: string, id: string, delta: Partial<AgentMetrics>) {
    const key = keyOf(workspaceId, id)
    const counters = this.counters.get(key) ?? emptyAgentMetrics()
    for (const [name, value] of Object.entries(delta))
      counters[name as keyof AgentMetrics] += value ?? 0
    this.counters.set(key, counters)
  }

  async metrics(workspaceId: string, id: string) {
    return { ...(this.counters.get(keyOf(workspaceId, id)) ?? emptyAgentMetrics()) }
  }
}

const keyOf = (workspaceId: string, id: string) => `${workspaceId}/${id}`
