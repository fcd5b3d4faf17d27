import type { Page, PageRequest } from '../pagination'

/** What an agent answers with. */
export interface AgentSettings {
  name: string
  /** What it is for; also what routing matches a message against. */
  description: string
  /** Its instructions; ignored when `promptId` is set. */
  systemPrompt: string
  /** A prompt template rendered (with `promptVariables`) as its system prompt. */
  promptId?: string
  promptVariables?: Record<string, string | number | boolean>
  /** The profile (model settings) it answers with; the workspace default when absent. */
  profileId?: string
  /** Model-facing tool names it may call (built-ins and MCP tools); empty = no tools. */
  tools: string[]
  /** Which documents it may retrieve from; absent = no retrieval. */
  knowledge?: { enabled: boolean; tags?: string[]; documentIds?: string[]; topK?: number }
}

export interface Agent extends AgentSettings {
  id: string
  workspaceId: string
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** Per-agent counters, kept on the agent's stats item. */
export interface AgentMetrics {
  conversations: number
  messages: number
  inputTokens: number
  outputTokens: number
  toolCalls: number
  feedbackUp: number
  feedbackDown: number
}

export interface AgentRepository {
  create(agent: Omit<Agent, 'createdAt' | 'updatedAt'>): Promise<Agent>
  get(workspaceId: string, id: string): Promise<Agent | undefined>
  /** Newest first. */
  list(workspaceId: string, page: PageRequest): Promise<Page<Agent>>
  /** Every agent of the workspace (routing reads them all; a workspace has few). */
  listAll(workspaceId: string): Promise<Agent[]>
  update(
    workspaceId: string,
    id: string,
    changes: Partial<AgentSettings>,
  ): Promise<Agent | undefined>
  delete(workspaceId: string, id: string): Promise<boolean>
  /** Atomically adds to the agent's counters. */
  addMetrics(workspaceId: string, id: string, delta: Partial<AgentMetrics>): Promise<void>
  metrics(workspaceId: string, id: string): Promise<AgentMetrics>
}
