import {
  type Agent,
  type AgentMetrics,
  type AgentRepository,
  type AgentSettings,
  DomainError,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { AgentItem, ChatterTable } from './table'

const optionalSettings = ['promptId', 'promptVariables', 'profileId', 'knowledge'] as const
type OptionalSetting = (typeof optionalSettings)[number]
const counters = [
  'conversations',
  'messages',
  'inputTokens',
  'outputTokens',
  'toolCalls',
  'feedbackUp',
  'feedbackDown',
] as const satisfies readonly (keyof AgentMetrics)[]

function toAgent(item: AgentItem): Agent {
  const { knowledge } = item
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    name: item.name,
    description: item.description,
    systemPrompt: item.systemPrompt,
    ...(item.promptId === undefined ? {} : { promptId: item.promptId }),
    ...(item.promptVariables === undefined
      ? {}
      : { promptVariables: { ...(item.promptVariables as Agent['promptVariables']) } }),
    ...(item.profileId === undefined ? {} : { profileId: item.profileId }),
    tools: [...item.tools],
    ...(knowledge
      ? {
          knowledge: {
            enabled: knowledge.enabled,
            ...(knowledge.tags === undefined ? {} : { tags: [...knowledge.tags] }),
            ...(knowledge.documentIds === undefined
              ? {}
              : { documentIds: [...knowledge.documentIds] }),
            ...(knowledge.topK === undefined ? {} : { topK: knowledge.topK }),
          },
        }
      : {}),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}

/**
 * Agents in their workspace's partition, newest first on gsi1, each with a counters item beside
 * it (`agentStats`, see entities/agent) that only atomic `ADD`s change. An update sets the given
 * settings and removes the optional ones given as undefined (template, variables, profile,
 * knowledge). Deleting an agent deletes its counters.
 * @example const agents = new DynamoAgentRepository(createTable(document, tableName))
 */
export class DynamoAgentRepository implements AgentRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: Omit<Agent, 'createdAt' | 'updatedAt'>): Promise<Agent> {
    const now = this.clock().toISOString()
    try {
      const { data } = await this.table.entities.agent
        .create({ ...structuredClone(input), createdAt: now, updatedAt: now })
        .go()
      return toAgent(data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'An agent with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string): Promise<Agent | undefined> {
    const { data } = await this.table.entities.agent
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toAgent(data) : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<Agent>> {
    const { agent } = this.table.entities
    const toCursor = createConversions(agent).byAccessPattern.byCreation.fromComposite.toCursor
    return queryPage(
      page,
      (options) => agent.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toAgent,
    )
  }

  async listAll(workspaceId: string): Promise<Agent[]> {
    const { data } = await this.table.entities.agent.query
      .byWorkspace({ workspaceId })
      .go({ pages: 'all', consistent: true })
    return data.map(toAgent).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }

  async update(
    workspaceId: string,
    id: string,
    changes: Partial<AgentSettings>,
  ): Promise<Agent | undefined> {
    const set: Record<string, unknown> = {}
    const remove: OptionalSetting[] = []
    for (const [key, value] of Object.entries(structuredClone(changes))) {
      if (value !== undefined) set[key] = value
      else if ((optionalSettings as readonly string[]).includes(key))
        remove.push(key as OptionalSetting)
    }
    try {
      const patch = this.table.entities.agent
        .patch({ workspaceId, id })
        .set({ ...(set as Partial<AgentSettings>), updatedAt: this.clock().toISOString() })
      const { data } = await (remove.length > 0 ? patch.remove(remove) : patch).go({
        response: 'all_new',
      })
      return toAgent(data)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    try {
      await this.table.entities.agent.remove({ workspaceId, id }).go()
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
    await this.table.entities.agentStats.delete({ workspaceId, agentId: id }).go()
    return true
  }

  async addMetrics(workspaceId: string, id: string, delta: Partial<AgentMetrics>): Promise<void> {
    const add: Partial<AgentMetrics> = {}
    for (const name of counters) {
      const value = delta[name]
      if (value !== undefined && value !== 0) add[name] = value
    }
    if (Object.keys(add).length === 0) return
    // UpdateItem creates the counters item on the first count; ADD starts a missing number at 0.
    await this.table.entities.agentStats.update({ workspaceId, agentId: id }).add(add).go()
  }

  async metrics(workspaceId: string, id: string): Promise<AgentMetrics> {
    const { data } = await this.table.entities.agentStats
      .get({ workspaceId, agentId: id })
      .go({ consistent: true })
    const metrics = {} as AgentMetrics
    for (const name of counters) metrics[name] = data?.[name] ?? 0
    return metrics
  }
}

/**
 * Deletes every agent of a workspace with its counters (workspace deletion), found by key in
 * the workspace's partition; resolves how many agents went.
 */
export async function deleteWorkspaceAgents(table: ChatterTable, workspaceId: string) {
  const { agent, agentStats } = table.entities
  const all = { pages: 'all', consistent: true } as const
  const [agents, stats] = await Promise.all([
    agent.query.byWorkspace({ workspaceId }).go(all),
    agentStats.query.byWorkspace({ workspaceId }).go(all),
  ])
  await deleteAll(
    stats.data.map(({ agentId }) => ({ workspaceId, agentId })),
    (batch) => agentStats.delete(batch).go(),
  )
  return deleteAll(
    agents.data.map(({ id }) => ({ workspaceId, id })),
    (batch) => agent.delete(batch).go(),
  )
}
